import { describe, expect, it } from "vitest";
import { AwarenessRoom, type AwarenessPeer } from "./awareness.ts";
import { parseClientFrame } from "./protocol.ts";

const peer = (id: string): AwarenessPeer => ({
  identity: { id, name: `Name ${id}`, sector: "nhs", organisation: "Trust", colour: "#005eb8" },
  ownedClientId: null,
});

function decode(frame: Uint8Array | null) {
  if (!frame) return [];
  const f = parseClientFrame(frame);
  if (f.kind !== "awareness") throw new Error("not awareness");
  return f.entries;
}

describe("AwarenessRoom", () => {
  it("overwrites identity fields and binds the first client id", () => {
    const room = new AwarenessRoom(8192);
    const a = peer("ua");
    room.apply(a, [{ clientId: 11, clock: 1, state: { user: { id: "evil", name: "CEO" }, cursor: 3 } }]);
    const [e] = decode(room.flushChanges());
    expect(e!.clientId).toBe(11);
    expect(e!.state).toMatchObject({ cursor: 3, user: { id: "ua", name: "Name ua", sector: "nhs" } });
    expect(a.ownedClientId).toBe(11);
    // another id from the same peer is ignored
    room.apply(a, [{ clientId: 12, clock: 1, state: { cursor: 1 } }]);
    expect(room.flushChanges()).toBeNull();
  });

  it("refuses writes and removals of another peer's client id", () => {
    const room = new AwarenessRoom(8192);
    const a = peer("ua");
    const b = peer("ub");
    room.apply(a, [{ clientId: 11, clock: 1, state: { x: 1 } }]);
    room.flushChanges();
    room.apply(b, [
      { clientId: 11, clock: 5, state: { x: 2 } },
      { clientId: 11, clock: 6, state: null },
    ]);
    expect(room.flushChanges()).toBeNull();
    expect(b.ownedClientId).toBeNull();
    expect(room.size).toBe(1);
  });

  it("asks before binding a client id and leaves it unbound when refused", () => {
    const room = new AwarenessRoom(8192);
    const a = peer("ua");
    const asked: number[] = [];
    room.apply(a, [{ clientId: 11, clock: 1, state: { x: 1 } }], (id) => (asked.push(id), false));
    expect(a.ownedClientId).toBeNull();
    expect(room.flushChanges()).toBeNull();
    room.apply(a, [{ clientId: 12, clock: 1, state: { x: 1 } }], (id) => (asked.push(id), true));
    expect(a.ownedClientId).toBe(12);
    expect(asked).toEqual([11, 12]);
    expect(decode(room.flushChanges()).map((e) => e.clientId)).toEqual([12]);
  });

  it("batches unchanged heartbeats separately from changes", () => {
    const room = new AwarenessRoom(8192);
    const a = peer("ua");
    room.apply(a, [{ clientId: 11, clock: 1, state: { x: 1 } }]);
    room.flushChanges();
    room.apply(a, [{ clientId: 11, clock: 2, state: { x: 1 } }]);
    expect(room.flushChanges()).toBeNull();
    const hb = decode(room.flushHeartbeats());
    expect(hb.map((e) => [e.clientId, e.clock])).toEqual([[11, 2]]);
    expect(room.flushHeartbeats()).toBeNull();
  });

  it("removes a departed peer's state and ignores stale echoes of it", () => {
    const room = new AwarenessRoom(8192);
    const a = peer("ua");
    const b = peer("ub");
    room.apply(a, [{ clientId: 11, clock: 3, state: { x: 1 } }]);
    room.flushChanges();
    room.removePeer(a);
    expect(decode(room.flushChanges())).toEqual([{ clientId: 11, clock: 4, state: null }]);
    room.apply(b, [{ clientId: 11, clock: 3, state: { x: 1 } }]);
    expect(room.size).toBe(0);
    expect(b.ownedClientId).toBeNull();
  });

  it("refuses oversized states", () => {
    const room = new AwarenessRoom(100);
    expect(room.apply(peer("ua"), [{ clientId: 1, clock: 1, state: { big: "x".repeat(200) } }])).toBe("too_large");
  });
});
