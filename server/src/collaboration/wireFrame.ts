/** Builds a server websocket frame's wire bytes once, for every connection a broadcast goes to. */
/**
 * A binary websocket message as it goes on the wire from a server (RFC 6455
 * §5.2: FIN, opcode 2, no mask, 7/16/64-bit length, payload), built once.
 * A broadcast sends the same frame to every connection of a document; built
 * per send (as `ws.send` does) that is a header allocation, a buffer view and
 * a two-part write per connection, instead of one write of shared bytes.
 */
export function wireFrame(payload: Uint8Array): Buffer {
  const n = payload.byteLength;
  const head = n < 126 ? 2 : n < 65536 ? 4 : 10;
  const out = Buffer.allocUnsafe(head + n);
  out[0] = 0x82;
  if (n < 126) out[1] = n;
  else if (n < 65536) {
    out[1] = 126;
    out.writeUInt16BE(n, 2);
  } else {
    out[1] = 127;
    out.writeUInt32BE(Math.floor(n / 2 ** 32), 2);
    out.writeUInt32BE(n >>> 0, 6);
  }
  out.set(payload, head);
  return out;
}
