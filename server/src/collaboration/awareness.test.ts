/** Unit tests of the awareness room. */
import { describe, expect, it } from "vitest";
import { AwarenessRoom, type AwarenessPeer } from "./awareness.ts";
import { parseClientFrame, type AwarenessEntry } from "./protocol.ts";

const peer = (id: string): AwarenessPeer => ({
  identity: { id, name: `Name ${id}`, sector: "nhs", organisation: "Trust", colour: "#005eb8" },
  ownedClientId: null,
});

function decode(frame: Uint8Array | null) {
  if (!frame) return [];
  const f = parseClientFrame(frame);
  if (f.kind !== "awareness") throw new Error("not awareness");
  return f.entries.map((e) => ({ clientId: e.clientId, clock: e.clock, state: JSON.parse(new TextDecoder().decode(e.raw)) as unknown }));
}

/** An awareness entry as a client sends it: the state as JSON bytes. */
function entry(clientId: number, clock: number, state: unknown): AwarenessEntry {
  return { clientId, clock, raw: new TextEncoder().encode(typeof state === "string" ? state : JSON.stringify(state)) };
}

describe("AwarenessRoom", () => {
  it("overwrites identity fields and binds the first client id", () => {
    const room = new AwarenessRoom(8192);
    const a = peer("ua");
    room.apply(a, [entry(11, 1, { user: { id: "evil", name: "CEO" }, cursor: 3 })]);
    const [e] = decode(room.flushChanges());
    expect(e!.clientId).toBe(11);
    expect(e!.state).toMatchObject({ cursor: 3, user: { id: "ua", name: "Name ua", sector: "nhs" } });
    expect(a.ownedClientId).toBe(11);
    // another id from the same peer is ignored
    room.apply(a, [entry(12, 1, { cursor: 1 })]);
    expect(room.flushChanges()).toBeNull();
  });

  it("refuses writes and removals of another peer's client id", () => {
    const room = new AwarenessRoom(8192);
    const a = peer("ua");
    const b = peer("ub");
    room.apply(a, [entry(11, 1, { x: 1 })]);
    room.flushChanges();
    room.apply(b, [
      entry(11, 5, { x: 2 }),
      entry(11, 6, null),
    ]);
    expect(room.flushChanges()).toBeNull();
    expect(b.ownedClientId).toBeNull();
    expect(room.size).toBe(1);
  });

  it("asks before binding a client id and leaves it unbound when refused", () => {
    const room = new AwarenessRoom(8192);
    const a = peer("ua");
    const asked: number[] = [];
    room.apply(a, [entry(11, 1, { x: 1 })], (id) => (asked.push(id), false));
    expect(a.ownedClientId).toBeNull();
    expect(room.flushChanges()).toBeNull();
    room.apply(a, [entry(12, 1, { x: 1 })], (id) => (asked.push(id), true));
    expect(a.ownedClientId).toBe(12);
    expect(asked).toEqual([11, 12]);
    expect(decode(room.flushChanges()).map((e) => e.clientId)).toEqual([12]);
  });

  it("batches unchanged heartbeats separately from changes", () => {
    const room = new AwarenessRoom(8192);
    const a = peer("ua");
    room.apply(a, [entry(11, 1, { x: 1 })]);
    room.flushChanges();
    room.apply(a, [entry(11, 2, { x: 1 })]);
    expect(room.flushChanges()).toBeNull();
    const hb = decode(room.flushHeartbeats());
    expect(hb.map((e) => [e.clientId, e.clock])).toEqual([[11, 2]]);
    expect(room.flushHeartbeats()).toBeNull();
  });

  it("removes a departed peer's state and ignores stale echoes of it", () => {
    const room = new AwarenessRoom(8192);
    const a = peer("ua");
    const b = peer("ub");
    room.apply(a, [entry(11, 3, { x: 1 })]);
    room.flushChanges();
    room.removePeer(a);
    expect(decode(room.flushChanges())).toEqual([{ clientId: 11, clock: 4, state: null }]);
    room.apply(b, [entry(11, 3, { x: 1 })]);
    expect(room.size).toBe(0);
    expect(b.ownedClientId).toBeNull();
  });

  it("drops echoes of other clients' states without reading them", () => {
    const room = new AwarenessRoom(8192);
    const a = peer("ua");
    const b = peer("ub");
    room.apply(a, [entry(11, 3, { x: 1 })]);
    room.apply(b, [entry(12, 1, { y: 1 })]);
    room.flushChanges();
    // b echoes a's state (stock y-websocket clients re-send every change they receive), here with bytes that are not even JSON
    expect(room.apply(b, [entry(11, 4, "{not json"), entry(12, 2, { y: 2 })])).toBeNull();
    expect(decode(room.flushChanges())).toEqual([{ clientId: 12, clock: 2, state: expect.objectContaining({ y: 2 }) as unknown }]);
  });

  it("refuses an unreadable state of the peer's own", () => {
    const room = new AwarenessRoom(8192);
    const a = peer("ua");
    room.apply(a, [entry(11, 1, { x: 1 })]);
    expect(room.apply(a, [entry(11, 2, "{not json")])).toBe("malformed");
    expect(room.apply(a, [entry(11, 3, "[1,2]")])).toBe("malformed");
  });

  it("refuses oversized states", () => {
    const room = new AwarenessRoom(100);
    expect(room.apply(peer("ua"), [entry(1, 1, { big: "x".repeat(200) })])).toBe("too_large");
  });
});
