/** The log merger's worker thread: merges snapshot + update log (mergeLogInline) off the main event loop. */
import { parentPort } from "node:worker_threads";
import { mergeLogInline } from "./mergeLog.ts";

/** A merge posted to the thread. */
export interface MergeJob {
  id: number;
  base: Uint8Array | null;
  updates: Uint8Array[];
}

/** The thread's answer to one job. */
export interface MergeReply {
  id: number;
  state?: Uint8Array;
  skipped?: number[];
  error?: string;
}

const port = parentPort!;

port.on("message", (job: MergeJob) => {
  let reply: MergeReply;
  try {
    const merged = mergeLogInline(job.base, job.updates);
    reply = { id: job.id, state: merged.state, skipped: merged.skipped };
  } catch (e) {
    port.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) } satisfies MergeReply);
    return;
  }
  port.postMessage(reply, [reply.state!.buffer as ArrayBuffer]);
});
