/** Unit tests of server websocket frames. */
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import WebSocket, { WebSocketServer } from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { wireFrame } from "./wireFrame.ts";

/** A server that writes `wireFrame` bytes straight to the upgraded socket, read by a real `ws` client. */
let server: http.Server;
let url: string;
const sockets: Duplex[] = [];

beforeAll(async () => {
  server = http.createServer();
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  server.on("upgrade", (req, socket, head) => wss.handleUpgrade(req, socket, head, () => sockets.push(socket)));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((r) => server.close(r));
});

/** Write the frames of `payloads` on the server side; resolve with what the client received. */
async function roundTrip(payloads: Uint8Array[]): Promise<Buffer[]> {
  const client = new WebSocket(url, { perMessageDeflate: false });
  const got: Buffer[] = [];
  await new Promise<void>((resolve, reject) => {
    client.on("error", reject);
    client.on("message", (data: Buffer, isBinary) => {
      expect(isBinary).toBe(true);
      got.push(Buffer.from(data));
      if (got.length === payloads.length) resolve();
    });
    client.on("open", () => {
      const waitForSocket = (): void => {
        const socket = sockets.at(-1);
        if (!socket) {
          setImmediate(waitForSocket);
          return;
        }
        for (const p of payloads) socket.write(wireFrame(p));
      };
      waitForSocket();
    });
  });
  client.close();
  sockets.length = 0;
  return got;
}

describe("wireFrame", () => {
  it("frames payloads of every length class as a ws client reads them", async () => {
    const sizes = [0, 1, 125, 126, 127, 65535, 65536, 300_000];
    const payloads = sizes.map((n) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) & 0xff));
    const got = await roundTrip(payloads);
    expect(got.map((b) => b.length)).toEqual(sizes);
    got.forEach((b, i) => expect(b.equals(Buffer.from(payloads[i]!))).toBe(true));
  });

  it("frames a view into a larger buffer by its own bytes only", async () => {
    const big = Uint8Array.from({ length: 64 }, (_, i) => i);
    const view = big.subarray(10, 20);
    const [got] = await roundTrip([view]);
    expect(got!.equals(Buffer.from(view))).toBe(true);
  });
});
