import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";

/** Directory of the committed malformed-message corpus. */
export const CORPUS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/malformed");

/** One corpus entry: a raw websocket message (hex file) and the close code it must produce. */
export interface CorpusEntry {
  file: string;
  expectedCode: number;
  bytes: Uint8Array;
}

/** Read every `<code>-<name>.hex` file of the corpus. */
export function readCorpus(dir = CORPUS_DIR): CorpusEntry[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".hex"))
    .sort()
    .map((file) => {
      const hex = fs.readFileSync(path.join(dir, file), "utf8").replace(/\s+/g, "");
      return { file, expectedCode: Number(file.split("-")[0]), bytes: new Uint8Array(Buffer.from(hex, "hex")) };
    });
}

function frame(type: number, ...parts: Array<number | Uint8Array>): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, type);
  for (const p of parts) {
    if (typeof p === "number") encoding.writeVarUint(e, p);
    else encoding.writeVarUint8Array(e, p);
  }
  return encoding.toUint8Array(e);
}
const syncUpdate = (u: Uint8Array) => frame(0, 2, u);
const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

function awareness(entries: Array<{ id: number; clock: number; json: string }>): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, entries.length);
  for (const en of entries) {
    encoding.writeVarUint(inner, en.id);
    encoding.writeVarUint(inner, en.clock);
    encoding.writeVarString(inner, en.json);
  }
  return frame(1, encoding.toUint8Array(inner));
}

function updateOf(fn: (doc: Y.Doc) => void, v2 = false): Uint8Array {
  const doc = new Y.Doc();
  fn(doc);
  return v2 ? Y.encodeStateAsUpdateV2(doc) : Y.encodeStateAsUpdate(doc);
}

/** The corpus: name, expected close code, description, bytes. */
export function buildCorpus(): Array<{ name: string; code: number; about: string; bytes: Uint8Array }> {
  const sectionsUpdate = updateOf((d) => {
    const s = new Y.Map();
    d.getMap("sections").set("abc", s);
    s.set("title", "A section with a reasonably long title to make the update longer");
  });
  const withDeletes = (() => {
    const d = new Y.Doc();
    const arr = d.getArray("sectionOrder");
    arr.insert(0, ["a", "b", "c", "d"]);
    arr.delete(1, 2);
    return Y.encodeStateAsUpdate(d);
  })();
  const future = (() => {
    const d = new Y.Doc();
    const updates: Uint8Array[] = [];
    d.on("update", (u: Uint8Array) => updates.push(u));
    for (let i = 0; i < 5; i++) d.getArray("sectionOrder").insert(0, [`s${i}`]);
    return updates[4]!;
  })();
  const bigUpdate = updateOf((d) => d.getArray("sectionOrder").insert(0, ["x".repeat(600)]));
  const L = 64;
  return [
    { name: "empty-frame", code: 4400, about: "zero-length message (yjs#498 class)", bytes: new Uint8Array(0) },
    { name: "garbagedoc", code: 4400, about: 'base64 "garbagedoc" as a raw frame (yjs#479: hung readVarUint)', bytes: new Uint8Array(Buffer.from("garbagedoc", "base64")) },
    { name: "unknown-type-4", code: 4400, about: "message type 4 (unknown)", bytes: new Uint8Array([4, 0]) },
    { name: "unknown-type-255", code: 4400, about: "message type 255 (varuint 0xff01)", bytes: new Uint8Array([0xff, 0x01, 0, 0]) },
    { name: "auth-from-client", code: 4400, about: "auth message (type 2) sent by a client", bytes: new Uint8Array([2, 0, 4, 0x6e, 0x6f, 0x70, 0x65]) },
    { name: "sync-unknown-subtype", code: 4400, about: "sync message with subtype 3", bytes: new Uint8Array([0, 3, 0]) },
    { name: "truncated-varuint", code: 4400, about: "a lone continuation byte", bytes: new Uint8Array([0x80]) },
    { name: "varuint-overflow", code: 4400, about: "type varuint longer than 53 bits", bytes: new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]) },
    { name: "length-lie-2e53", code: 4400, about: "sync update whose payload length claims ~2^53 bytes", bytes: new Uint8Array([0, 2, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2, 3]) },
    { name: "length-lie-short", code: 4400, about: "sync update claiming 100 bytes, carrying 3", bytes: new Uint8Array([0, 2, 100, 1, 2, 3]) },
    { name: "step1-trailing-byte", code: 4400, about: "valid SyncStep1 followed by a stray byte", bytes: new Uint8Array([0, 0, 1, 0, 9]) },
    { name: "two-frames-in-one", code: 4400, about: "two valid SyncStep1 messages concatenated in one websocket message", bytes: new Uint8Array([0, 0, 1, 0, 0, 0, 1, 0]) },
    { name: "step1-empty-payload", code: 4400, about: "SyncStep1 whose state vector is zero bytes (not even a client count)", bytes: new Uint8Array([0, 0, 0]) },
    { name: "step1-bad-state-vector", code: 4400, about: "SyncStep1 whose state vector claims 5 clients and has 1 byte", bytes: frame(0, 0, new Uint8Array([5, 1])) },
    { name: "update-empty-payload", code: 4400, about: "sync update with a zero-length update (yjs#498)", bytes: syncUpdate(new Uint8Array(0)) },
    { name: "update-garbage", code: 4400, about: "sync update whose payload is random bytes", bytes: syncUpdate(new Uint8Array(Buffer.from("9f3c77a1e2b4c5d6e7f80112233445566778899aabbccddeeff", "hex"))) },
    { name: "update-truncated-structs", code: 4400, about: "valid update cut in the middle of its structs", bytes: syncUpdate(sectionsUpdate.slice(0, Math.floor(sectionsUpdate.length / 2))) },
    { name: "update-truncated-deleteset", code: 4400, about: "valid update cut inside its delete set (partial-apply class)", bytes: syncUpdate(withDeletes.slice(0, withDeletes.length - 1)) },
    { name: "step2-truncated", code: 4400, about: "SyncStep2 carrying a truncated update", bytes: frame(0, 1, sectionsUpdate.slice(0, sectionsUpdate.length - 3)) },
    { name: "update-future-clock", code: 4400, about: "update depending on structs the server never saw (would stay pending)", bytes: syncUpdate(future) },
    { name: "update-foreign-root", code: 4400, about: 'update creating a root type "evil" that is not part of a plan', bytes: syncUpdate(updateOf((d) => d.getText("evil").insert(0, "pwned"))) },
    { name: "update-meta-write", code: 4400, about: "update writing the server-owned meta root (title)", bytes: syncUpdate(updateOf((d) => d.getMap("meta").set("title", "hijacked"))) },
    { name: "update-subdocument", code: 4400, about: "update embedding a subdocument", bytes: syncUpdate(updateOf((d) => d.getMap("sections").set("sub", new Y.Doc()))) },
    { name: "update-wrong-root-shape", code: 4400, about: "update using the sectionOrder array root as a map", bytes: syncUpdate(updateOf((d) => d.getMap("sectionOrder").set("k", 1))) },
    { name: "update-delete-unknown-client", code: 4400, about: "update whose only content deletes 5 items of a client the doc never saw", bytes: syncUpdate(new Uint8Array([0, 1, 123, 1, 0, 5])) },
    { name: "update-v2-on-v1", code: 1000, about: "a V2-encoded update on the V1 channel: decodes as an empty V1 update, so it is a no-op (connection stays open, document unchanged)", bytes: syncUpdate(updateOf((d) => d.getArray("sectionOrder").insert(0, ["a", "b"]), true)) },
    { name: "update-trailing-garbage", code: 4400, about: "sync update frame followed by garbage bytes", bytes: concat(syncUpdate(bigUpdate), new Uint8Array([1, 2, 3])) },
    { name: "awareness-not-json", code: 4400, about: "awareness state that is not JSON", bytes: awareness([{ id: 7, clock: 1, json: "{not json" }]) },
    { name: "awareness-array-state", code: 4400, about: "awareness state that is a JSON array", bytes: awareness([{ id: 7, clock: 1, json: "[1,2]" }]) },
    { name: "awareness-too-many-entries", code: 4400, about: `awareness update with ${L + 1} client entries`, bytes: awareness(Array.from({ length: L + 1 }, (_, i) => ({ id: i + 1, clock: 1, json: "{}" }))) },
    { name: "awareness-truncated", code: 4400, about: "awareness update cut after the client id", bytes: frame(1, new Uint8Array([1, 7])) },
    { name: "awareness-huge-state", code: 4413, about: "awareness state of 20,000 characters (cap 8 KiB)", bytes: awareness([{ id: 9, clock: 1, json: JSON.stringify({ name: "x".repeat(20_000) }) }]) },
    { name: "awareness-proto-pollution", code: 1000, about: "awareness state with __proto__ keys: accepted as data, never pollutes (connection stays open; test closes it)", bytes: awareness([{ id: 7, clock: 1, json: '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}' }]) },
  ];
}

/** Write the corpus files and README (run with `node --import tsx tests/utils/malformedCorpus.ts`). */
export function writeCorpus(dir = CORPUS_DIR): void {
  fs.mkdirSync(dir, { recursive: true });
  const lines = [
    "# Malformed y-websocket messages",
    "",
    "Each `<code>-<name>.hex` file is ONE raw websocket message (hex). `tests/collaboration/collabMalformed.test.ts`",
    "replays each over a fresh editor connection and expects the connection to close with `<code>` while the",
    "document stays byte-identical and the server stays up. Regenerate with",
    "`node --import tsx tests/utils/malformedCorpus.ts` (add past crashers by hand; never delete them).",
    "A frame above the 2 MiB `maxPayload` is generated in the test (ws closes it with 1009).",
    "",
  ];
  for (const c of buildCorpus()) {
    const file = `${c.code}-${c.name}.hex`;
    fs.writeFileSync(path.join(dir, file), (Buffer.from(c.bytes).toString("hex").match(/.{1,64}/g) ?? [""]).join("\n") + "\n");
    lines.push(`- \`${file}\`: ${c.about}`);
  }
  fs.writeFileSync(path.join(dir, "README.md"), lines.join("\n") + "\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  writeCorpus();
}
