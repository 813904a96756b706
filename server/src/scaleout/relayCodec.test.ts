import { describe, expect, it } from "vitest";
import { encodeAwarenessFrame } from "../collaboration/protocol.ts";
import { awarenessFrameEntries, decodeRelayMessage, encodeRelayMessage, relayMessageNode } from "./relayCodec.ts";

describe("relay codec", () => {
  it("round-trips updates with seqs and authors", () => {
    const m = {
      kind: "updates" as const,
      node: "node-a",
      firstSeq: 41,
      updates: [
        { data: new Uint8Array([1, 2, 3]), userId: "u1" },
        { data: new Uint8Array([]), userId: null },
      ],
    };
    expect(decodeRelayMessage(encodeRelayMessage(m))).toEqual(m);
  });

  it("round-trips an awareness frame and reads its entries", () => {
    const frame = encodeAwarenessFrame([
      { clientId: 7, clock: 3, json: '{"user":{"name":"A"}}' },
      { clientId: 9, clock: 1, json: "null" },
    ]);
    const m = decodeRelayMessage(encodeRelayMessage({ kind: "awareness", node: "n", frame }));
    expect(m).toEqual({ kind: "awareness", node: "n", frame });
    expect(awarenessFrameEntries(frame)).toEqual([
      { clientId: 7, clock: 3, json: '{"user":{"name":"A"}}' },
      { clientId: 9, clock: 1, json: "null" },
    ]);
  });

  it("reads the sending node of either kind without decoding the rest", () => {
    const updates = encodeRelayMessage({ kind: "updates", node: "node-a", firstSeq: 3, updates: [{ data: new Uint8Array([1]), userId: "u" }] });
    const awareness = encodeRelayMessage({ kind: "awareness", node: "node-b", frame: encodeAwarenessFrame([]) });
    expect(relayMessageNode(updates)).toBe("node-a");
    expect(relayMessageNode(awareness)).toBe("node-b");
    expect(() => relayMessageNode(new Uint8Array([0, 5, 110]))).toThrow();
  });

  it("refuses garbage, unknown kinds, trailing bytes and empty ranges", () => {
    const ok = encodeRelayMessage({ kind: "updates", node: "n", firstSeq: 1, updates: [{ data: new Uint8Array([5]), userId: null }] });
    expect(() => decodeRelayMessage(new Uint8Array([9, 1, 110]))).toThrow();
    expect(() => decodeRelayMessage(new Uint8Array([...ok, 0]))).toThrow();
    expect(() => decodeRelayMessage(ok.subarray(0, ok.length - 2))).toThrow();
    expect(() => decodeRelayMessage(encodeRelayMessage({ kind: "updates", node: "n", firstSeq: 0, updates: [{ data: new Uint8Array([5]), userId: null }] }))).toThrow();
    expect(() => awarenessFrameEntries(new Uint8Array([0, 0]))).toThrow();
  });
});
