import type { ChildProcess } from "node:child_process";
import { median, spawnNodeOnCore } from "./common.ts";

/*
 * The probe: every 100 ms, a fixed piece of work (integer and array arithmetic), timed in CPU time
 * (getrusage), not wall time, so a preemption in the middle does not count. Prints "epochMs cpuUs".
 */
const PROBE_SOURCE = `
const a = new Float64Array(4096);
function work() {
  let x = 0;
  for (let r = 0; r < 40; r++) for (let i = 0; i < a.length; i++) { a[i] = a[i] * 0.5 + ((i * 2654435761) >>> 0) % 97; x += a[i]; }
  return x;
}
for (let i = 0; i < 50; i++) work(); // optimized before the first sample
setInterval(() => {
  const u0 = process.cpuUsage();
  work();
  const u = process.cpuUsage(u0);
  process.stdout.write(Date.now() + " " + (u.user + u.system) + "\\n");
}, 100);
`;

/** A running speed probe on one core. */
export interface SpeedProbe {
  /** Median CPU µs of the probe's fixed work between two epoch-ms instants (NaN without samples). */
  workUs(fromMs: number, toMs: number): number;
  stop(): void;
}

/**
 * How fast a core is right now, measured beside the benchmarked processes. On a shared VM the same
 * work can take 1.5× the CPU time from one minute to the next (another guest on the physical core),
 * which swamps a CPU comparison between runs made minutes apart. Each run's CPU can be scaled by the
 * probe's median work time in its window (reported beside the raw figure, never instead of it).
 * The probe costs ≈ 1 % of the core.
 */
export function startSpeedProbe(core: number): SpeedProbe {
  const proc: ChildProcess = spawnNodeOnCore(core, PROBE_SOURCE);
  const samples: Array<{ at: number; us: number }> = [];
  let rest = "";
  proc.stdout!.setEncoding("utf8");
  proc.stdout!.on("data", (chunk: string) => {
    const lines = (rest + chunk).split("\n");
    rest = lines.pop() ?? "";
    for (const line of lines) {
      const [at, us] = line.split(" ").map(Number);
      if (Number.isFinite(at) && Number.isFinite(us)) samples.push({ at: at!, us: us! });
    }
  });
  return {
    workUs(fromMs, toMs) {
      const inWindow = samples.filter((s) => s.at >= fromMs && s.at <= toMs).map((s) => s.us);
      return inWindow.length > 0 ? median(inWindow) : NaN;
    },
    stop() {
      proc.kill("SIGKILL");
    },
  };
}
