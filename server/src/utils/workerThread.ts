/** Starts a worker thread from a `<name>.worker.ts` file: the production build's bundle, or in development and tests the same bundle built on first use. */
import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";
import type * as Esbuild from "esbuild";

/** Development bundles already built in this process, by source path. */
const built = new Map<string, URL>();

/**
 * Start the worker `<name>.worker.ts` that sits beside `callerUrl` (the caller's
 * `import.meta.url`). The production build (server/build.mjs) bundles every worker
 * as `dist/<name>.worker.js` beside `dist/main.js`, where the bundled caller runs,
 * so a compiled caller starts that file with plain node. Under tsx or vitest
 * (TypeScript sources, which a Node 20 worker thread cannot load) the worker is
 * bundled the same way with esbuild on first use, into node_modules/.cache.
 */
export function startWorker(name: string, callerUrl: string, options: WorkerOptions = {}): Worker {
  const opts: WorkerOptions = { execArgv: withoutPreloads(process.execArgv), ...options };
  if (callerUrl.endsWith(".js")) return new Worker(new URL(`./${name}.worker.js`, callerUrl), opts);
  return new Worker(devBundle(fileURLToPath(new URL(`./${name}.worker.ts`, callerUrl))), opts);
}

/** Node flags that preload modules: a worker is plain JavaScript and loads no preloads (`--import tsx`, a benchmark's probe in TypeScript). */
const PRELOAD_FLAGS = new Set(["--import", "--require", "-r", "--loader", "--experimental-loader"]);

/** The process's node flags minus module preloads, for a worker thread. */
function withoutPreloads(execArgv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i]!;
    if (PRELOAD_FLAGS.has(arg)) {
      i++; // and its value
      continue;
    }
    if ([...PRELOAD_FLAGS].some((f) => arg.startsWith(`${f}=`))) continue;
    out.push(arg);
  }
  return out;
}

/**
 * Bundle a worker's TypeScript source as server/build.mjs does (our own code inlined, packages
 * imported from node_modules) into node_modules/.cache, where those imports resolve. A manifest
 * beside it lists the inputs with their size and mtime: while none changed, later processes (test
 * files, restarts) reuse the bundle without running esbuild. Files are renamed into place, so
 * parallel processes share them.
 */
function devBundle(source: string): URL {
  const cached = built.get(source);
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const dir = path.join(path.dirname(require.resolve("esbuild/package.json")), "..", ".cache", "jigsaw-workers");
  const key = createHash("sha256").update(source).digest("hex").slice(0, 12);
  const manifestFile = path.join(dir, `${path.basename(source, ".ts")}.${key}.json`);
  const file = upToDate(manifestFile) ?? build(require, source, dir, manifestFile);
  const url = pathToFileURL(file);
  built.set(source, url);
  return url;
}

/** What a development bundle was built from. */
interface Manifest {
  file: string;
  inputs: Array<{ path: string; size: number; mtimeMs: number }>;
}

/** The bundle of a manifest whose inputs are all unchanged, else null. */
function upToDate(manifestFile: string): string | null {
  try {
    const m = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as Manifest;
    for (const i of m.inputs) {
      const st = fs.statSync(i.path);
      if (st.size !== i.size || st.mtimeMs !== i.mtimeMs) return null;
    }
    return fs.existsSync(m.file) ? m.file : null;
  } catch {
    return null;
  }
}

function build(require: NodeJS.Require, source: string, dir: string, manifestFile: string): string {
  // development only: esbuild is a build tool, never installed in production
  const esbuild = require("esbuild") as typeof Esbuild;
  const out = esbuild.buildSync({
    entryPoints: [source],
    bundle: true,
    write: false,
    metafile: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
    // every package from node_modules (the synchronous API takes no plugins, so unlike
    // build.mjs @jigsaw/shared is not inlined: a worker must not import it)
    packages: "external",
  });
  const code = out.outputFiles[0]!.text;
  const hash = createHash("sha256").update(code).digest("hex").slice(0, 16);
  const file = path.join(dir, `${path.basename(source, ".ts")}.${hash}.mjs`);
  fs.mkdirSync(dir, { recursive: true });
  const cwd = process.cwd();
  const inputs = Object.keys(out.metafile.inputs).map((p) => {
    const abs = path.resolve(cwd, p);
    const st = fs.statSync(abs);
    return { path: abs, size: st.size, mtimeMs: st.mtimeMs };
  });
  writeAtomically(file, code);
  writeAtomically(manifestFile, JSON.stringify({ file, inputs } satisfies Manifest));
  return file;
}

function writeAtomically(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}
