import { describe, expect, it } from "vitest";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import { addAction, updateActionField } from "./actions.ts";
import { createPlanDoc } from "./createPlanDoc.ts";
import { setMeta } from "./meta.ts";
import { sequentialIds } from "./newId.ts";
import { planRoots } from "./roots.ts";
import { addSection, moveSection, sectionBody } from "./sections.ts";
import { captureUpdate, forkDoc } from "./testUtils.ts";
import { checkPlanUpdate } from "./validateUpdate.ts";
import type { PlanUpdateCheck } from "./validateUpdate.ts";

function serverDoc(): Y.Doc {
  return createPlanDoc("place_plan", { title: "P", place: "Riverside", now: new Date(0), newId: sequentialIds() });
}

function reasonOf(r: PlanUpdateCheck): string {
  return r.ok ? "ok" : r.reason;
}

/** Deterministic pseudo-random bytes (xorshift32). */
function randomBytes(seed: number, n: number): Uint8Array {
  let x = seed >>> 0 || 1;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

describe("checkPlanUpdate: normal edits", () => {
  it("accepts typing in a section body, then formatting it", () => {
    const server = serverDoc();
    const client = forkDoc(server);
    const id = planRoots(client).sectionOrder.get(0) as string;
    const para = sectionBody(client, id)!.get(0) as Y.XmlElement;
    const text = para.get(0) as Y.XmlText;
    const u1 = captureUpdate(client, () => text.insert(0, "Hello "));
    expect(checkPlanUpdate(server, u1)).toEqual({ ok: true });
    Y.applyUpdate(server, u1);
    const u2 = captureUpdate(client, () => text.format(0, 5, { bold: {} }));
    expect(checkPlanUpdate(server, u2)).toEqual({ ok: true });
    Y.applyUpdate(server, u2);
    const u3 = captureUpdate(client, () => sectionBody(client, id)!.insert(1, [new Y.XmlElement("paragraph")]));
    expect(checkPlanUpdate(server, u3)).toEqual({ ok: true });
  });

  it("accepts accessor edits: new section, reorder, action field, new action", () => {
    const server = serverDoc();
    const client = forkDoc(server);
    const actionId = planRoots(client).actionOrder.get(0) as string;
    const sectionId = planRoots(client).sectionOrder.get(2) as string;
    for (const edit of [
      () => addSection(client, { title: "New" }),
      () => moveSection(client, sectionId, 0),
      () => updateActionField(client, actionId, "status", "at_risk"),
      () => updateActionField(client, actionId, "partnerOrganisations", ["Riverside Fire"]),
      () => addAction(client, { title: "More" }),
    ]) {
      const u = captureUpdate(client, edit);
      expect(checkPlanUpdate(server, u)).toEqual({ ok: true });
      Y.applyUpdate(server, u);
    }
  });

  it("accepts a sync step 2 (all the client's offline edits at once) and a no-op resend", () => {
    const server = serverDoc();
    const client = forkDoc(server);
    const text = (sectionBody(client, planRoots(client).sectionOrder.get(0) as string)!.get(0) as Y.XmlElement).get(0) as Y.XmlText;
    for (let i = 0; i < 50; i++) text.insert(i, "x");
    text.delete(3, 10);
    addSection(client, { title: "Offline" });
    const step2 = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
    expect(checkPlanUpdate(server, step2)).toEqual({ ok: true });
    Y.applyUpdate(server, step2);
    expect(checkPlanUpdate(server, step2)).toEqual({ ok: true });
    // A whole-state update that only repeats what the server has is fine too.
    expect(checkPlanUpdate(server, Y.encodeStateAsUpdate(client))).toEqual({ ok: true });
  });

  it("accepts items inserted between existing ones whose origin is in the doc", () => {
    const server = serverDoc();
    const client = forkDoc(server);
    const order = planRoots(client).sectionOrder;
    const u = captureUpdate(client, () => order.insert(1, ["dangling"]));
    expect(checkPlanUpdate(server, u)).toEqual({ ok: true });
  });
});

describe("checkPlanUpdate: hostile or broken input", () => {
  it("rejects an update that creates a foreign root type", () => {
    const server = serverDoc();
    const client = forkDoc(server);
    const u = captureUpdate(client, () => client.getText("evil").insert(0, "pwned"));
    expect(checkPlanUpdate(server, u)).toMatchObject({ ok: false, reason: "foreign_root", detail: "evil" });
  });

  it("rejects a foreign root hidden among normal edits", () => {
    const server = serverDoc();
    const client = forkDoc(server);
    const u = captureUpdate(client, () =>
      client.transact(() => {
        addSection(client, { title: "Looks fine" });
        client.getMap("settings").set("admin", true);
      }),
    );
    expect(reasonOf(checkPlanUpdate(server, u))).toBe("foreign_root");
  });

  it("rejects edits that inherit a foreign root through their origin (already in the doc)", () => {
    const server = serverDoc();
    const client = forkDoc(server);
    Y.applyUpdate(server, captureUpdate(client, () => client.getText("evil").insert(0, "abc"))); // bypassed the check
    const u = captureUpdate(client, () => client.getText("evil").insert(3, "def"));
    const decodedParent = Y.decodeUpdate(u).structs.find((s) => s instanceof Y.Item)?.parent;
    expect(decodedParent).toBeNull(); // parent is implied by the origin, not written
    expect(reasonOf(checkPlanUpdate(server, u))).toBe("foreign_root");
  });

  it("rejects writes and deletes under the server-owned meta unless allowed", () => {
    const server = serverDoc();
    const client = forkDoc(server);
    const overwrite = captureUpdate(client, () => planRoots(client).meta.set("title", "Hijacked"));
    expect(reasonOf(checkPlanUpdate(server, overwrite))).toBe("server_owned");
    expect(checkPlanUpdate(server, overwrite, { allowMetaWrites: true })).toEqual({ ok: true });
    const client2 = forkDoc(server);
    const newKey = captureUpdate(client2, () => planRoots(client2).meta.set("owner", "me"));
    expect(reasonOf(checkPlanUpdate(server, newKey))).toBe("server_owned");
    const client3 = forkDoc(server);
    const del = captureUpdate(client3, () => planRoots(client3).meta.delete("schemaVersion"));
    expect(Y.decodeUpdate(del).structs).toHaveLength(0);
    expect(reasonOf(checkPlanUpdate(server, del))).toBe("server_owned");
    // The server itself may still change meta directly.
    setMeta(server, { title: "Renamed" });
  });

  it("rejects using a map root as a list and vice versa", () => {
    const server = serverDoc();
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const asMap = new Y.Doc();
    const u1 = captureUpdate(asMap, () => asMap.getMap("sectionOrder").set("x", 1));
    expect(reasonOf(checkPlanUpdate(server, u1))).toBe("wrong_root_shape");
    const asList = new Y.Doc();
    const u2 = captureUpdate(asList, () => asList.getArray("sections").insert(0, ["x"]));
    expect(reasonOf(checkPlanUpdate(server, u2))).toBe("wrong_root_shape");
  });

  it("rejects subdocuments", () => {
    const server = serverDoc();
    const client = forkDoc(server);
    const u = captureUpdate(client, () => planRoots(client).sections.set("sub", new Y.Doc()));
    expect(reasonOf(checkPlanUpdate(server, u))).toBe("subdocument");
  });

  it("rejects updates with missing dependencies unless allowed", () => {
    const server = serverDoc();
    const client = forkDoc(server);
    captureUpdate(client, () => addSection(client, { title: "First" })); // never sent
    const second = captureUpdate(client, () => addSection(client, { title: "Second" }));
    expect(reasonOf(checkPlanUpdate(server, second))).toBe("missing_dependency");
    expect(checkPlanUpdate(server, second, { allowPending: true })).toEqual({ ok: true });
  });

  it("binds authorship to the connection's client ids when given", () => {
    const server = serverDoc();
    const client = forkDoc(server);
    const u = captureUpdate(client, () => addSection(client, { title: "Mine" }));
    expect(checkPlanUpdate(server, u, { clientIds: new Set([client.clientID]) })).toEqual({ ok: true });
    expect(reasonOf(checkPlanUpdate(server, u, { clientIds: new Set([123]) }))).toBe("foreign_client");
    // Structs the server already has may be re-sent by anyone.
    expect(checkPlanUpdate(server, Y.encodeStateAsUpdate(server), { clientIds: new Set([123]) })).toEqual({ ok: true });
  });

  it("rejects oversized updates and non-bytes", () => {
    const server = serverDoc();
    const client = forkDoc(server);
    const u = captureUpdate(client, () => addSection(client, { title: "x" }));
    expect(reasonOf(checkPlanUpdate(server, u, { maxBytes: u.length - 1 }))).toBe("too_large");
    expect(reasonOf(checkPlanUpdate(server, new Uint8Array(3 * 1024 * 1024)))).toBe("too_large");
    expect(reasonOf(checkPlanUpdate(server, "hello" as unknown as Uint8Array))).toBe("not_bytes");
    expect(reasonOf(checkPlanUpdate(server, u, { maxStructs: 1 }))).toBe("too_many_structs");
  });

  it("rejects an absurdly long struct", () => {
    const server = serverDoc();
    const client = forkDoc(server);
    const text = (sectionBody(client, planRoots(client).sectionOrder.get(0) as string)!.get(0) as Y.XmlElement).get(0) as Y.XmlText;
    const u = captureUpdate(client, () => text.insert(0, "x".repeat(1000)));
    expect(reasonOf(checkPlanUpdate(server, u, { maxStructLength: 999 }))).toBe("absurd_length");
  });

  it("rejects a zero-length delete range (issue 18: Yjs throws applying `{client 779: clock 0, len 0}`)", () => {
    const server = serverDoc();
    const update = new Uint8Array([0x00, 0x01, 0x8b, 0x06, 0x01, 0x00, 0x00]);
    expect(() => Y.applyUpdate(forkDoc(server), update)).toThrow();
    expect(reasonOf(checkPlanUpdate(server, update))).toBe("malformed");
    // also beside a range Yjs can apply, and for a client the doc knows
    const known = [...server.store.clients.keys()][0]!;
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 0); // no structs
    encoding.writeVarUint(e, 1); // one client in the delete set
    encoding.writeVarUint(e, known);
    encoding.writeVarUint(e, 2);
    for (const [clock, len] of [[0, 1], [1, 0]]) {
      encoding.writeVarUint(e, clock!);
      encoding.writeVarUint(e, len!);
    }
    expect(reasonOf(checkPlanUpdate(server, encoding.toUint8Array(e), { allowMetaWrites: true }))).toBe("malformed");
  });

  it("rejects empty, truncated and corrupted updates without throwing", () => {
    const server = serverDoc();
    const client = forkDoc(server);
    const u = captureUpdate(client, () => {
      addSection(client, { title: "Truncate me" });
      client.getText("evil").insert(0, "x");
    });
    expect(reasonOf(checkPlanUpdate(server, new Uint8Array(0)))).toBe("malformed");
    for (let n = 0; n < u.length; n++) {
      const r = checkPlanUpdate(server, u.slice(0, n));
      expect(r.ok).toBe(false);
    }
    for (let i = 0; i < u.length; i++) {
      const corrupted = u.slice();
      corrupted[i] ^= 0xff;
      expect(() => checkPlanUpdate(server, corrupted)).not.toThrow();
    }
  });

  it("never throws on random bytes, and what it accepts applies without creating roots", () => {
    const server = serverDoc();
    const rootsBefore = [...server.share.keys()].sort();
    let accepted = 0;
    for (let seed = 1; seed <= 2000; seed++) {
      const bytes = randomBytes(seed, 1 + (seed % 200));
      let r: PlanUpdateCheck = { ok: false, reason: "internal_error" };
      expect(() => {
        r = checkPlanUpdate(server, bytes);
      }).not.toThrow();
      if (r.ok) {
        accepted++;
        const scratch = forkDoc(server);
        Y.applyUpdate(scratch, bytes);
        expect(scratch.store.pendingStructs).toBeNull();
        expect([...scratch.share.keys()].sort()).toEqual(rootsBefore);
      }
    }
    expect(accepted).toBeLessThan(2000);
  });

  it("rejects a re-sent struct whose origin points at an id nobody has (Yjs would park it as pending)", () => {
    const server = serverDoc();
    const client = forkDoc(server);
    const u = captureUpdate(client, () => addSection(client, { title: "Once" }));
    Y.applyUpdate(server, u);
    // the same structs again, but one origin now names an unknown client
    const decoded = Y.decodeUpdate(u);
    const item = decoded.structs.find((s): s is Y.Item => s instanceof Y.Item && s.origin !== null)!;
    item.origin = Y.createID(item.origin!.client ^ 0x40000, item.origin!.clock);
    const forged = encodeStructs(decoded.structs, decoded.ds);
    expect(reasonOf(checkPlanUpdate(server, forged))).toBe("missing_dependency");
  });

  it("rejects a new struct whose right origin (not its origin) is missing", () => {
    const server = serverDoc();
    const client = forkDoc(server);
    const text = (sectionBody(client, planRoots(client).sectionOrder.get(0) as string)!.get(0) as Y.XmlElement).get(0) as Y.XmlText;
    const u = captureUpdate(client, () => text.insert(0, "x"));
    const decoded = Y.decodeUpdate(u);
    const item = decoded.structs.find((s): s is Y.Item => s instanceof Y.Item && s.rightOrigin !== null)!;
    item.rightOrigin = Y.createID(987654, 3);
    expect(reasonOf(checkPlanUpdate(server, encodeStructs(decoded.structs, decoded.ds)))).toBe("missing_dependency");
  });

  it("rejects a struct that refers to a later clock of its own client (Yjs would throw)", () => {
    const server = serverDoc();
    const client = forkDoc(server);
    const u = captureUpdate(client, () => {
      planRoots(client).sectionOrder.push(["a"]);
      planRoots(client).sectionOrder.push(["b"]);
    });
    const decoded = Y.decodeUpdate(u);
    const mine = decoded.structs.filter((s): s is Y.Item => s instanceof Y.Item && s.id.client === client.clientID);
    const last = mine[mine.length - 1]!;
    last.origin = Y.createID(client.clientID, last.id.clock + 50);
    expect(reasonOf(checkPlanUpdate(server, encodeStructs(decoded.structs, decoded.ds)))).toBe("missing_dependency");
  });

  it("whatever it accepts among truncations and bit flips of real edits applies cleanly", () => {
    const base = serverDoc();
    const client = forkDoc(base);
    const first = planRoots(client).sectionOrder.get(0) as string;
    const text = (sectionBody(client, first)!.get(0) as Y.XmlElement).get(0) as Y.XmlText;
    const edits = [
      captureUpdate(client, () => text.insert(0, "Healthy life expectancy ")),
      captureUpdate(client, () => text.insert(5, "ier")),
      captureUpdate(client, () => text.delete(2, 4)),
      captureUpdate(client, () => addSection(client, { title: "Skills" })),
      captureUpdate(client, () => moveSection(client, first, 2)),
    ];
    let x = 20261128;
    const rnd = () => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return (x >>> 0) / 2 ** 32;
    };
    let accepted = 0;
    for (let round = 0; round < 1500; round++) {
      const server = forkDoc(base);
      const upTo = Math.floor(rnd() * edits.length);
      for (let i = 0; i < upTo; i++) Y.applyUpdate(server, edits[i]!);
      const src = edits[Math.floor(rnd() * edits.length)]!;
      const m = src.slice(0, 1 + Math.floor(rnd() * src.length));
      const flips = Math.floor(rnd() * 3);
      for (let f = 0; f < flips; f++) m[Math.floor(rnd() * m.length)]! ^= 1 << Math.floor(rnd() * 8);
      if (!checkPlanUpdate(server, m).ok) continue;
      accepted++;
      expect(() => Y.applyUpdate(server, m)).not.toThrow();
      expect(server.store.pendingStructs).toBeNull();
      expect(server.store.pendingDs).toBeNull();
    }
    expect(accepted).toBeGreaterThan(0);
  });
});

/** Re-encode decoded structs and a delete set as a v1 update (for forging test input). */
function encodeStructs(structs: Array<Y.Item | Y.GC | Y.Skip>, ds: { clients: Map<number, Array<{ clock: number; len: number }>> }): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  const byClient = new Map<number, Array<Y.Item | Y.GC | Y.Skip>>();
  for (const s of structs) {
    const list = byClient.get(s.id.client) ?? [];
    list.push(s);
    byClient.set(s.id.client, list);
  }
  encoding.writeVarUint(encoder.restEncoder, byClient.size);
  for (const [client, list] of byClient) {
    encoding.writeVarUint(encoder.restEncoder, list.length);
    encoder.writeClient(client);
    encoding.writeVarUint(encoder.restEncoder, list[0]!.id.clock);
    for (const s of list) s.write(encoder, 0);
  }
  encoding.writeVarUint(encoder.restEncoder, ds.clients.size);
  for (const [client, ranges] of ds.clients) {
    encoder.resetDsCurVal();
    encoding.writeVarUint(encoder.restEncoder, client);
    encoding.writeVarUint(encoder.restEncoder, ranges.length);
    for (const r of ranges) {
      encoder.writeDsClock(r.clock);
      encoder.writeDsLen(r.len);
    }
  }
  return encoder.toUint8Array();
}
