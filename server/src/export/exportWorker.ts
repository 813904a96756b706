import { renderExportToFile, type RenderJob } from "./renderExport.ts";

/*
 * Export process: renders one job at a time outside the server process (so a
 * meeting on the same server is not slowed) and reports progress over IPC.
 * Forked by `exportJobs.ts` (through tsx from source, plain node when compiled), then lowered to SCHED_IDLE
 * (`lowerPriority.ts`); exits when the server's channel closes.
 */

/** Messages the worker sends. */
export type WorkerMessage =
  | { type: "ready" }
  | { type: "progress"; jobId: string; progress: number; stage: string }
  | { type: "done"; jobId: string; size: number }
  | { type: "failed"; jobId: string; error: string };

type Incoming = { jobId: string; job: RenderJob };

function post(msg: WorkerMessage): void {
  process.send?.(msg);
}

if (process.send) {
  process.on("message", (msg: Incoming) => {
    let last = 0;
    renderExportToFile(msg.job, (progress, stage) => {
      // throttle: at most ~50 messages per job
      if (progress - last >= 0.02 || progress >= 1) {
        last = progress;
        post({ type: "progress", jobId: msg.jobId, progress, stage });
      }
    }).then(
      (size) => post({ type: "done", jobId: msg.jobId, size }),
      (err: unknown) => post({ type: "failed", jobId: msg.jobId, error: err instanceof Error ? err.message : String(err) }),
    );
  });
  process.on("disconnect", () => process.exit(0));
  post({ type: "ready" });
}
