/// <reference types="node" />
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";

/** Absolute path of shared/src, so `@jigsaw/shared/<path>` resolves to TypeScript source. */
const sharedSrc = decodeURIComponent(new URL("../shared/src/", import.meta.url).pathname);

/** The Jigsaw API/realtime server the dev server proxies to. */
const backend = "http://localhost:3000";

/**
 * Rebuilds keep the previous build's hashed assets for a few minutes instead
 * of emptying dist first, so a page that is open (or a browser test running)
 * while the client is rebuilt can still lazy-load its chunks. Older leftovers
 * are deleted after each build.
 */
function pruneOldAssets(maxAgeMs = 10 * 60_000): Plugin {
  let outDir = "";
  return {
    name: "jigsaw-prune-old-assets",
    apply: "build",
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir, config.build.assetsDir);
    },
    writeBundle(_options, bundle) {
      const fresh = new Set(Object.keys(bundle).map((f) => path.basename(f)));
      if (!fs.existsSync(outDir)) return;
      const cutoff = Date.now() - maxAgeMs;
      for (const name of fs.readdirSync(outDir)) {
        const file = path.join(outDir, name);
        // a precompressed copy (`x.js.br`) lives as long as its asset
        if (!fresh.has(name.replace(/\.(br|gz)$/, "")) && fs.statSync(file).mtimeMs < cutoff) fs.rmSync(file, { force: true });
      }
    },
  };
}

/**
 * Write a brotli (`.br`, quality 11) and a gzip (`.gz`, level 9) copy beside
 * every JavaScript, CSS and SVG asset over 1 KiB: the server sends them to
 * browsers that accept them (server/src/middlewares/precompressedAssets.ts),
 * compressed once here at the highest level rather than on every request.
 */
function precompress(): Plugin {
  let outDir = "";
  return {
    name: "jigsaw-precompress",
    apply: "build",
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    writeBundle(_options, bundle) {
      for (const file of Object.keys(bundle)) {
        if (!/\.(js|css|svg)$/.test(file)) continue;
        const full = path.join(outDir, file);
        const body = fs.readFileSync(full);
        if (body.length < 1024) continue;
        fs.writeFileSync(`${full}.br`, zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
        fs.writeFileSync(`${full}.gz`, zlib.gzipSync(body, { level: 9 }));
      }
    },
  };
}

export default defineConfig(({ command, mode }) => {
  // Builds are production builds of React even when NODE_ENV=test (the test
  // runner builds the client before browser tests). Vite reads NODE_ENV after
  // loading this file, so setting it here is the supported way.
  if (command === "build" && mode === "production") process.env.NODE_ENV = "production";
  return {
    plugins: [react(), pruneOldAssets(), precompress()],
    resolve: {
      alias: [{ find: /^@jigsaw\/shared\/(.+)$/, replacement: `${sharedSrc}$1.ts` }],
    },
    server: {
      port: 5173,
      strictPort: true,
      proxy: {
        "/api": { target: backend },
        "/collab": { target: backend, ws: true },
        "/socket.io": { target: backend, ws: true },
      },
    },
    build: {
      outDir: "dist",
      emptyOutDir: false,
      sourcemap: true,
      // dist/.vite/manifest.json: which chunks each route loads up front (the size budget test reads it).
      manifest: true,
      target: "es2022",
    },
  };
});
