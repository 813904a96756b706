/**
 * Property-based fuzzing of the sync endpoint's update path (issue 18): fast-check builds random and
 * mutated y-websocket sync frames (hand-built delete sets with empty, huge and unknown ranges; real
 * edits truncated, bit-flipped, spliced; random bytes), an editor's raw socket sends each, and two
 * stock y-websocket observers must stay connected the whole time (a dropped document closes them
 * with 4500) and converge with the server's live document afterwards.
 * Used by tests/collaboration/collabUpdateFuzz.test.ts (fixed seeds) and the `updateFuzz` bench (many seeds).
 */
import fc from "fast-check";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import { addSection, removeSection, sectionIds, setSectionTitle } from "@jigsaw/shared/plan/index";
import type { TestServer } from "./testServer.ts";
import { closeCode, connectYjs, rawCollabSocket, syncFrame, waitFor, waitForConvergence, waitForSync, type CollabFixture, type YClient } from "./yjsClient.ts";

/** One fuzz case: a sync subtype and the payload it carries (or a whole raw message). */
export type FuzzFrame = { raw: Uint8Array } | { sub: 1 | 2; update: Uint8Array };

/** Encode a V1 update with no structs and the given delete set (ranges as written, unsorted, unchecked). */
export function deleteSetUpdate(ds: ReadonlyArray<{ client: number; ranges: ReadonlyArray<readonly [number, number]> }>): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, ds.length);
  for (const { client, ranges } of ds) {
    encoding.writeVarUint(e, client);
    encoding.writeVarUint(e, ranges.length);
    for (const [clock, len] of ranges) {
      encoding.writeVarUint(e, clock);
      encoding.writeVarUint(e, len);
    }
  }
  return encoding.toUint8Array(e);
}

type Mutation = { kind: "flip"; at: number; bit: number } | { kind: "cut"; at: number } | { kind: "insert"; at: number; byte: number } | { kind: "drop"; at: number };

function mutate(bytes: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let out = Array.from(bytes);
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % (out.length + (m.kind === "insert" ? 1 : 0));
    if (m.kind === "flip" && out.length > 0) out[at] = out[at]! ^ (1 << m.bit);
    else if (m.kind === "cut") out = out.slice(0, at);
    else if (m.kind === "insert") out.splice(at, 0, m.byte);
    else if (m.kind === "drop") out.splice(at, 1);
  }
  return new Uint8Array(out);
}

/**
 * Frames built from `bases` (valid updates against the live doc) and the doc's `clients`
 * (client ids it holds, with their clocks).
 */
export function fuzzFrameArbitrary(bases: readonly Uint8Array[], clients: ReadonlyArray<{ client: number; clock: number }>): fc.Arbitrary<FuzzFrame> {
  // clocks at and around each client's state: where Yjs switches from applying a deletion to keeping it pending
  const len = fc.oneof({ weight: 2, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 6 }) }, { weight: 1, arbitrary: fc.constantFrom(2 ** 31, 2 ** 53 - 1) });
  const entryFor = (client: number, clock: number) =>
    fc.record({
      client: fc.constant(client),
      ranges: fc.array(fc.tuple(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(0, clock, Math.max(0, clock - 1), clock + 1) }, { weight: 1, arbitrary: fc.nat(clock + 8) }), len), { minLength: 1, maxLength: 2 }),
    });
  const entry = fc.oneof(
    ...clients.map((c) => entryFor(c.client, c.clock)),
    fc.integer({ min: 0, max: 2 ** 32 - 1 }).chain((client) => entryFor(client, 0)),
    fc.constantFrom(0, 779, 2 ** 31).chain((client) => entryFor(client, 0)),
  );
  const deleteSet = fc.array(entry, { minLength: 1, maxLength: 2 }).map((ds) => deleteSetUpdate(ds));
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ kind: fc.constant("flip" as const), at: fc.nat(), bit: fc.nat(7) }),
    fc.record({ kind: fc.constant("cut" as const), at: fc.nat() }),
    fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), byte: fc.nat(255) }),
    fc.record({ kind: fc.constant("drop" as const), at: fc.nat() }),
  );
  const base = fc.constantFrom(...bases);
  const mutated = fc.tuple(base, fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([b, ms]) => mutate(b, ms));
  const spliced = fc.tuple(base, base, fc.nat(), fc.nat()).map(([a, b, i, j]) => new Uint8Array([...a.slice(0, i % (a.length + 1)), ...b.slice(j % (b.length + 1))]));
  const update = fc.oneof(
    { weight: 4, arbitrary: deleteSet },
    { weight: 4, arbitrary: mutated },
    { weight: 1, arbitrary: spliced },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 48 }) },
    { weight: 1, arbitrary: fc.tuple(deleteSet, base).map(([ds, b]) => mergedOr(b, ds)) },
  );
  return fc.oneof(
    { weight: 9, arbitrary: fc.record({ sub: fc.constantFrom<1 | 2>(2, 2, 2, 1), update }) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...bases), fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([b, ms]) => ({ raw: mutate(syncFrame(2, b), ms) })) },
  );
}

/** A real edit and a hand-built delete set in one update (the delete set alone when Yjs cannot merge them). */
function mergedOr(base: Uint8Array, ds: Uint8Array): Uint8Array {
  try {
    return Y.mergeUpdates([base, ds]);
  } catch {
    return ds;
  }
}

/** Valid updates against `doc`'s current state (not applied to it), to be mutated. */
export function baseUpdates(state: Uint8Array): Uint8Array[] {
  const fork = (fn: (d: Y.Doc) => void): Uint8Array => {
    const d = new Y.Doc();
    Y.applyUpdate(d, state);
    const sv = Y.encodeStateVector(d);
    fn(d);
    return Y.encodeStateAsUpdate(d, sv);
  };
  const out = [
    fork((d) => addSection(d, { title: "Fuzzed section" })),
    fork((d) => {
      const id = sectionIds(d)[0];
      if (id) setSectionTitle(d, id, "Renamed by the fuzzer");
    }),
    fork((d) => {
      const id = sectionIds(d).at(-1);
      if (id) removeSection(d, id);
    }),
  ];
  return out.filter((u) => u.byteLength > 2);
}

/** What one fuzz run saw. */
export interface UpdateFuzzResult {
  seeds: number[];
  frames: number;
  /** Close codes of the fuzzing sockets (0: left open, the frame was applied or ignored). */
  closes: Record<string, number>;
  /** The server's refused-update counters after the run. */
  refused: Record<string, number>;
  /** Counterexamples (seed, path, frame hex) of the property, empty when it held. */
  failures: string[];
}

/**
 * Run the property for each seed (`runs` frames each) against `fx`'s plan on `server`, as `editorCookie`.
 * Two observers stay connected throughout and converge with the live doc at the end.
 */
export async function runUpdateFuzz(server: TestServer, fx: CollabFixture, editorCookie: string | null, seeds: readonly number[], runs: number): Promise<UpdateFuzzResult> {
  const collab = server.collab!;
  const observers: YClient[] = [connectYjs(server, fx.facilitator, fx.planId), connectYjs(server, fx.facilitator, fx.planId)];
  const closes: Record<string, number> = {};
  const failures: string[] = [];
  let frames = 0;
  try {
    await Promise.all(observers.map((o) => waitForSync(o)));
    for (const seed of seeds) {
      const state = (await collab.getDocSnapshot(fx.planId))!;
      const doc = new Y.Doc();
      Y.applyUpdate(doc, state);
      const clients = [...doc.store.clients.entries()].map(([client, structs]) => {
        const last = structs[structs.length - 1]!;
        return { client, clock: last.id.clock + last.length };
      });
      const property = fc.asyncProperty(fuzzFrameArbitrary(baseUpdates(state), clients), async (f) => {
        frames++;
        const bytes = "raw" in f ? f.raw : syncFrame(f.sub, f.update);
        const sock = await rawCollabSocket(server, fx.planId, { cookie: editorCookie, origin: server.origin });
        await sock.next((m) => m[0] === 0 && m[1] === 0);
        const closed = closeCode(sock.ws, 5_000).catch(() => -1);
        sock.ws.send(bytes);
        // a sync step 1 after it: answered (step 2) only if the socket is still open once the frame was handled
        sock.ws.send(syncFrame(0, Y.encodeStateVector(new Y.Doc())));
        const code = await Promise.race([closed, sock.next((m) => m[0] === 0 && m[1] === 1, 5_000).then(() => 0, () => -1)]);
        if (code === 0 || code === -1) sock.ws.close();
        closes[String(code)] = (closes[String(code)] ?? 0) + 1;
        const dropped = observers.some((o) => o.closeCodes.length > 0 || !o.provider.wsconnected);
        if (dropped) throw new Error(`an observer was disconnected (${observers.map((o) => o.closeCodes.join(",")).join(" / ")})`);
        if (code !== 0 && ![4400, 4413].includes(code)) throw new Error(`fuzzing socket closed with ${code}`);
        if (collab.connectionCount(fx.planId) < observers.length) throw new Error("document no longer loaded with its observers");
      });
      const out = await fc.check(property, { seed, numRuns: runs, endOnFailure: true });
      if (out.failed) failures.push(`seed ${seed} path ${out.counterexamplePath}: ${String(out.errorInstance)} frame ${Buffer.from(frameBytes(out.counterexample?.[0])).toString("hex")}`);
      if (out.failed) break;
    }
    // everyone carries on: an observer's edit reaches the other and both equal the live doc
    await waitForConvergence(observers, () => collab.getDocSnapshot(fx.planId));
    addSection(observers[0]!.doc, { title: `After fuzzing ${seeds.join(",")}` });
    await waitFor(() => sectionIds(observers[1]!.doc).length === sectionIds(observers[0]!.doc).length, "edit after fuzzing reaches the other observer");
    await waitForConvergence(observers, () => collab.getDocSnapshot(fx.planId));
    if (observers.some((o) => o.closeCodes.length > 0)) failures.push(`observers closed: ${observers.map((o) => o.closeCodes.join(",")).join(" / ")}`);
  } finally {
    for (const o of observers) o.destroy();
  }
  return { seeds: [...seeds], frames, closes, refused: collab.refusedUpdateCounts(), failures };
}

function frameBytes(f: FuzzFrame | undefined): Uint8Array {
  if (!f) return new Uint8Array(0);
  return "raw" in f ? f.raw : syncFrame(f.sub, f.update);
}
