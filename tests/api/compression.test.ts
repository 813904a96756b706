import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedUpClient } from "../utils/apiFixtures.ts";
import { startTestServer, tempDir, type TestServer } from "../utils/testServer.ts";

/** A GET that does not decode the body (fetch would), so the encoding on the wire can be checked. */
function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

describe("compressed responses and cached assets", () => {
  let server: TestServer;
  const js = `export const plan = ${JSON.stringify("x".repeat(20_000))};\n`;
  beforeAll(async () => {
    // a client build as `vite build` writes it: hashed assets with .br and .gz beside them
    const dist = tempDir("jigsaw-dist-");
    fs.mkdirSync(path.join(dist, "assets"));
    fs.writeFileSync(path.join(dist, "index.html"), `<!doctype html><title>Jigsaw</title>${"<!-- padding -->".repeat(200)}`);
    fs.writeFileSync(path.join(dist, "assets/app-abc123.js"), js);
    fs.writeFileSync(path.join(dist, "assets/app-abc123.js.br"), zlib.brotliCompressSync(js));
    fs.writeFileSync(path.join(dist, "assets/app-abc123.js.gz"), zlib.gzipSync(js));
    fs.writeFileSync(path.join(dist, "assets/plain-def456.js"), js);
    server = await startTestServer({ env: { CLIENT_DIST: dist } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("sends a hashed asset's brotli copy to a browser that accepts brotli, cached immutably", async () => {
    const res = await rawGet(`${server.origin}/assets/app-abc123.js`, { "accept-encoding": "gzip, deflate, br" });
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["content-type"]).toMatch(/^text\/javascript/);
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(zlib.brotliDecompressSync(res.body).toString()).toBe(js);
    expect(res.body.length).toBeLessThan(js.length / 10);
  });

  it("falls back to gzip, then to the plain file", async () => {
    const gz = await rawGet(`${server.origin}/assets/app-abc123.js`, { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gz.body).toString()).toBe(js);
    const plain = await rawGet(`${server.origin}/assets/app-abc123.js`, { "accept-encoding": "identity" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(js);
    expect(plain.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  it("compresses on the fly what has no precompressed copy: assets, the app page and API JSON", async () => {
    const asset = await rawGet(`${server.origin}/assets/plain-def456.js`, { "accept-encoding": "gzip" });
    expect(asset.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(asset.body).toString()).toBe(js);
    const page = await rawGet(`${server.origin}/plans/some-plan`, { "accept-encoding": "br" });
    expect(page.headers["content-encoding"]).toBe("br");
    expect(page.headers["cache-control"]).toBe("no-cache");
    const { client } = await signedUpClient(server, "compress");
    const me = await rawGet(`${server.origin}/api/outcomes/model`, { "accept-encoding": "gzip", cookie: client.cookieHeader! });
    expect(me.status).toBe(200);
    expect(me.headers["content-encoding"]).toBe("gzip");
    expect(() => JSON.parse(zlib.gunzipSync(me.body).toString()) as unknown).not.toThrow();
  });
});
