import os from "node:os";
import { parentPort } from "node:worker_threads";
import { renderExportToFile, type RenderJob } from "./renderExport.ts";

/*
 * Export worker thread: renders one job at a time off the main event loop
 * (so a meeting on the same server is not slowed) and reports progress.
 * Loaded through tsx by `exportJobs.ts`.
 */

/** Messages the worker sends. */
export type WorkerMessage =
  | { type: "ready" }
  | { type: "progress"; jobId: string; progress: number; stage: string }
  | { type: "done"; jobId: string; size: number }
  | { type: "failed"; jobId: string; error: string };

/**
 * Run at the lowest CPU priority. Exports are background work: when the server shares a
 * core, the main event loop and the storage writer thread (every relayed edit waits for its
 * commit) must win the CPU over a PDF being laid out. On Linux `setpriority(pid 0)` applies
 * to the calling thread only, which is this worker.
 */
function lowerOwnPriority(): void {
  try {
    os.setPriority(0, 19);
  } catch {
    // not permitted here (or not Linux): exports then run at the server's priority
  }
}

const port = parentPort;
if (port) {
  lowerOwnPriority();
  port.on("message", (msg: { jobId: string; job: RenderJob }) => {
    let last = 0;
    renderExportToFile(msg.job, (progress, stage) => {
      // throttle: at most ~50 messages per job
      if (progress - last >= 0.02 || progress >= 1) {
        last = progress;
        port.postMessage({ type: "progress", jobId: msg.jobId, progress, stage } satisfies WorkerMessage);
      }
    }).then(
      (size) => port.postMessage({ type: "done", jobId: msg.jobId, size } satisfies WorkerMessage),
      (err: unknown) => port.postMessage({ type: "failed", jobId: msg.jobId, error: err instanceof Error ? err.message : String(err) } satisfies WorkerMessage),
    );
  });
  port.postMessage({ type: "ready" } satisfies WorkerMessage);
}
