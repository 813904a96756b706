import fs from "node:fs";
import path from "node:path";
import type { RequestHandler } from "express";

/** Encodings the client build writes beside each asset (see client/vite.config.ts), best first. */
const ENCODINGS = [
  { name: "br", ext: ".br" },
  { name: "gzip", ext: ".gz" },
] as const;

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".map": "application/json; charset=utf-8",
};

/**
 * Serve the build's hashed assets precompressed (brotli, else gzip) when the
 * browser accepts it: compressed once at build time at the highest level, not
 * on every request. Anything without a compressed copy falls through to
 * `express.static`. Hashed names never change content, so they are cached
 * for a year (immutable).
 */
export function precompressedAssets(dist: string): RequestHandler {
  const assets = path.join(dist, "assets");
  const exists = new Map<string, boolean>();
  const has = (file: string): boolean => {
    let known = exists.get(file);
    if (known === undefined) {
      known = fs.existsSync(file);
      exists.set(file, known);
    }
    return known;
  };
  return (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    if (!req.path.startsWith("/assets/")) return next();
    const name = path.basename(req.path);
    const type = TYPES[path.extname(name)];
    if (!type || name !== req.path.slice("/assets/".length)) return next();
    // best first, whatever order the browser lists them in
    const enc = ENCODINGS.find((e) => req.acceptsEncodings(e.name) === e.name);
    res.vary("Accept-Encoding");
    if (!enc || !has(path.join(assets, name + enc.ext))) return next();
    res.setHeader("Content-Encoding", enc.name);
    res.setHeader("Content-Type", type);
    res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    res.sendFile(name + enc.ext, { root: assets, dotfiles: "deny" }, (err) => {
      if (err && !res.headersSent) {
        res.removeHeader("Content-Encoding");
        next();
      }
    });
  };
}
