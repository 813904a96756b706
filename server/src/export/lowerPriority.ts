import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";

/** How far a process's priority could be lowered. */
export type LoweredTo = "idle" | "nice" | "unchanged";

/** Nice value used when SCHED_IDLE is not available. */
const FALLBACK_NICE = 19;

/**
 * Lower `pid` (every thread of it) to SCHED_IDLE with util-linux's `chrt`: it
 * then runs only on CPU time no normal task wants, and a waking server thread
 * preempts it at once. Nice 19 alone is not enough on an EEVDF kernel: the
 * running task may finish its slice (up to a few ms) before a woken server
 * thread gets the core, which shows up in a meeting's latency tail. Falls back
 * to nice 19 where `chrt` is missing or not permitted.
 */
export async function lowerPriority(pid: number): Promise<LoweredTo> {
  let lowered: LoweredTo = "unchanged";
  try {
    // nice is per thread on Linux: every thread there now (GC workers included); later ones inherit it
    for (const id of threadsOf(pid)) os.setPriority(id, FALLBACK_NICE);
    lowered = "nice";
  } catch {
    // gone or not permitted
  }
  if (process.platform !== "linux") return lowered;
  const idle = await new Promise<boolean>((resolve) => {
    execFile("chrt", ["--all-tasks", "--idle", "--pid", "0", String(pid)], { timeout: 5_000 }, (err) => resolve(!err));
  });
  return idle ? "idle" : lowered;
}

/** Thread ids of `pid` (Linux), or just `pid`. */
function threadsOf(pid: number): number[] {
  if (process.platform !== "linux") return [pid];
  return fs.readdirSync(`/proc/${pid}/task`).map(Number);
}
