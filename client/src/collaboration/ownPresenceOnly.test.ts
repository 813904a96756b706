import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from "y-protocols/awareness";
import * as decoding from "lib0/decoding";
import { ownPresenceOnly } from "./ownPresenceOnly.ts";

/** Client ids of every awareness frame the provider would send (frames are `[1][update]`). */
function sentClientIds(provider: WebsocketProvider): number[][] {
  const sent: number[][] = [];
  // The provider broadcasts through its socket when connected; watch the handler's output instead.
  const ws = { OPEN: 1, readyState: 1, send: (frame: Uint8Array) => sent.push(awarenessIds(frame)), close: () => undefined };
  Object.assign(provider, { ws, wsconnected: true });
  return sent as number[][];
}

function awarenessIds(frame: Uint8Array): number[] {
  const d = decoding.createDecoder(frame);
  if (decoding.readVarUint(d) !== 1) return [];
  const inner = decoding.createDecoder(decoding.readVarUint8Array(d));
  const n = decoding.readVarUint(inner);
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    ids.push(decoding.readVarUint(inner));
    decoding.readVarUint(inner);
    decoding.readVarString(inner);
  }
  return ids;
}

function remoteChange(provider: WebsocketProvider): void {
  const other = new Awareness(new Y.Doc());
  other.setLocalState({ cursor: 7 });
  applyAwarenessUpdate(provider.awareness, encodeAwarenessUpdate(other, [other.clientID]), provider);
  other.destroy();
}

describe("ownPresenceOnly", () => {
  // never connects: the frames it would send are caught on a stand-in socket
  const make = () =>
    new WebsocketProvider("ws://127.0.0.1:9", "plan", new Y.Doc(), { connect: false, disableBc: true, WebSocketPolyfill: class {} as unknown as typeof WebSocket });

  it("a stock provider echoes a remote presence change (what this guards against)", () => {
    const provider = make();
    const sent = sentClientIds(provider);
    remoteChange(provider);
    expect(sent).toHaveLength(1);
    expect(sent[0]).not.toContain(provider.awareness.clientID);
    provider.destroy();
  });

  it("sends its own changes and never re-sends remote ones", () => {
    const provider = make();
    ownPresenceOnly(provider);
    const sent = sentClientIds(provider);
    remoteChange(provider);
    expect(sent).toEqual([]);
    provider.awareness.setLocalStateField("cursor", 3);
    expect(sent).toEqual([[provider.awareness.clientID]]);
    provider.destroy();
  });

  it("does not send a field set to the value it already has, and still sends the keep-alive renewal", () => {
    const provider = make();
    ownPresenceOnly(provider);
    const sent = sentClientIds(provider);
    provider.awareness.setLocalStateField("user", { name: "Amara", color: "#123456" });
    provider.awareness.setLocalStateField("user", { name: "Amara", color: "#123456" });
    expect(sent).toHaveLength(1);
    // clearing a caret that was never set: receivers read "none" either way
    provider.awareness.setLocalStateField("cursor", null);
    expect(sent).toHaveLength(1);
    provider.awareness.setLocalStateField("user", { name: "Amara", color: "#654321" });
    expect(sent).toHaveLength(2);
    // a caret re-set to the same relative positions (new objects, same JSON on the wire)
    const ydoc = new Y.Doc();
    const text = ydoc.getText("t");
    text.insert(0, "hello");
    const caret = () => ({ anchor: Y.createRelativePositionFromTypeIndex(text, 2), head: Y.createRelativePositionFromTypeIndex(text, 3) });
    provider.awareness.setLocalStateField("cursor", caret());
    expect(sent).toHaveLength(3);
    provider.awareness.setLocalStateField("cursor", caret());
    expect(sent).toHaveLength(3);
    provider.awareness.setLocalStateField("cursor", null);
    expect(sent).toHaveLength(4);
    // what the provider's check interval does to stay present
    provider.awareness.setLocalState(provider.awareness.getLocalState());
    expect(sent).toHaveLength(5);
    provider.destroy();
  });
});
