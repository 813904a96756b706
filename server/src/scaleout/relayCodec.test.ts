import { describe, expect, it } from "vitest";
import { encodeAwarenessFrame } from "../collaboration/protocol.ts";
import { awarenessFrameEntries, decodeRelayMessage, encodeRelayMessage, relayMessageNode, type RelayMessage } from "./relayCodec.ts";

const frame = encodeAwarenessFrame([
  { clientId: 7, clock: 3, json: '{"user":{"name":"A"}}' },
  { clientId: 9, clock: 1, json: "null" },
]);

describe("relay codec", () => {
  it("round-trips runs of updates with seqs and authors, then awareness frames", () => {
    const m: RelayMessage = {
      node: "node-a",
      runs: [
        { firstSeq: 41, updates: [{ data: new Uint8Array([1, 2, 3]), userId: "u1" }, { data: new Uint8Array([]), userId: null }] },
        { firstSeq: 50, updates: [{ data: new Uint8Array([4]), userId: "u2" }] },
      ],
      frames: [frame, encodeAwarenessFrame([])],
    };
    expect(decodeRelayMessage(encodeRelayMessage(m))).toEqual(m);
  });

  it("carries updates alone or presence alone, and reads a frame's entries", () => {
    const updates: RelayMessage = { node: "n", runs: [{ firstSeq: 1, updates: [{ data: new Uint8Array([5]), userId: null }] }], frames: [] };
    const presence: RelayMessage = { node: "n", runs: [], frames: [frame] };
    expect(decodeRelayMessage(encodeRelayMessage(updates))).toEqual(updates);
    expect(decodeRelayMessage(encodeRelayMessage(presence))).toEqual(presence);
    expect(awarenessFrameEntries(frame)).toEqual([
      { clientId: 7, clock: 3, json: '{"user":{"name":"A"}}' },
      { clientId: 9, clock: 1, json: "null" },
    ]);
  });

  it("reads the sending node without decoding the rest", () => {
    expect(relayMessageNode(encodeRelayMessage({ node: "node-b", runs: [], frames: [frame] }))).toBe("node-b");
    expect(() => relayMessageNode(new Uint8Array([2, 5, 110]))).toThrow();
  });

  it("refuses garbage, other kinds, trailing bytes, empty messages and empty ranges", () => {
    const ok = encodeRelayMessage({ node: "n", runs: [{ firstSeq: 1, updates: [{ data: new Uint8Array([5]), userId: null }] }], frames: [] });
    expect(decodeRelayMessage(ok).runs).toHaveLength(1);
    expect(() => decodeRelayMessage(new Uint8Array([9, 1, 110]))).toThrow(/kind/);
    // the earlier one-kind-per-message format is not read (its nodes resync from storage)
    expect(() => decodeRelayMessage(new Uint8Array([0, 1, 110, 1, 1, 1, 5, 0]))).toThrow(/kind/);
    expect(() => decodeRelayMessage(new Uint8Array([...ok, 0]))).toThrow(/trailing/);
    expect(() => decodeRelayMessage(ok.subarray(0, ok.length - 2))).toThrow();
    expect(() => decodeRelayMessage(encodeRelayMessage({ node: "n", runs: [], frames: [] }))).toThrow(/empty/);
    expect(() => decodeRelayMessage(encodeRelayMessage({ node: "n", runs: [{ firstSeq: 0, updates: [{ data: new Uint8Array([5]), userId: null }] }], frames: [] }))).toThrow(/range/);
    expect(() => decodeRelayMessage(encodeRelayMessage({ node: "n", runs: [{ firstSeq: 3, updates: [] }], frames: [] }))).toThrow(/range/);
    expect(() => awarenessFrameEntries(new Uint8Array([0, 0]))).toThrow();
  });
});
