/** Starts a worker thread from a `<name>.worker.ts` file: compiled JavaScript in production, the TypeScript source in development and tests. */
import { Worker, type WorkerOptions } from "node:worker_threads";

/** Loads a TypeScript worker through tsx (development and tests only; never shipped). */
const TS_BOOTSTRAP = new URL("./tsWorkerBootstrap.mjs", import.meta.url);

/**
 * Start the worker `<name>.worker.ts` that sits beside `callerUrl` (the caller's
 * `import.meta.url`). The production build (server/build.mjs) bundles every worker
 * as `dist/<name>.worker.js` beside `dist/main.js`, where the bundled caller runs,
 * so a compiled caller starts the compiled worker with plain node; under tsx or
 * vitest the source is loaded through tsx in the worker thread.
 */
export function startWorker(name: string, callerUrl: string, options: WorkerOptions = {}): Worker {
  if (callerUrl.endsWith(".js")) return new Worker(new URL(`./${name}.worker.js`, callerUrl), options);
  const entry = new URL(`./${name}.worker.ts`, callerUrl).href;
  return new Worker(TS_BOOTSTRAP, { ...options, argv: [...(options.argv ?? []), entry] });
}
