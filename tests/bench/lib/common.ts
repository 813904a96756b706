/**
 * Shared helpers for the collaboration benchmarks: machine description,
 * percentiles, /proc sampling, core pinning and result files.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** tests/bench */
export const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** Repository root. */
export const repoRoot = path.resolve(benchDir, "../..");

/** Machine description stored with every result. */
export interface MachineInfo {
  cpu: string;
  cores: number;
  memGb: number;
  node: string;
  platform: string;
  loadAvg: number[];
  taskset: boolean;
}

/** Describe this machine (load average at call time). */
export function machine(): MachineInfo {
  return {
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    memGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAvg: os.loadavg().map((v) => Math.round(v * 100) / 100),
    taskset: hasTaskset(),
  };
}

let tasksetCache: boolean | null = null;
/** True when `taskset` is available and there are at least 2 cores. */
export function hasTaskset(): boolean {
  if (tasksetCache === null) {
    try {
      execFileSync("taskset", ["-V"], { stdio: "ignore" });
      tasksetCache = os.cpus().length >= 2;
    } catch {
      tasksetCache = false;
    }
  }
  return tasksetCache;
}

/** `node -e source args…` pinned to `core` (unpinned without taskset), its stdout piped. */
export function spawnNodeOnCore(core: number, source: string, args: readonly string[] = []): ChildProcess {
  const node = [process.execPath, "-e", source, ...args];
  return hasTaskset() ? spawn("taskset", ["-c", String(core), ...node], { stdio: ["ignore", "pipe", "ignore"] }) : spawn(node[0]!, node.slice(1), { stdio: ["ignore", "pipe", "ignore"] });
}

/** The machine's CPU time so far (all cores, in clock ticks) and the part of it the hypervisor gave to other guests (steal). */
export function machineCpuTicks(): { total: number; steal: number } {
  try {
    const line = fs.readFileSync("/proc/stat", "utf8").split("\n", 1)[0]!;
    // cpu user nice system idle iowait irq softirq steal guest guest_nice
    const f = line.trim().split(/\s+/).slice(1).map(Number);
    return { total: f.slice(0, 8).reduce((a, b) => a + b, 0), steal: f[7] ?? 0 };
  } catch {
    return { total: NaN, steal: NaN };
  }
}

/** Percent of the machine's CPU time stolen by the hypervisor between two `machineCpuTicks` readings. */
export function stealPct(before: { total: number; steal: number }, after: { total: number; steal: number }): number {
  const total = after.total - before.total;
  return total > 0 ? round((100 * (after.steal - before.steal)) / total, 1) : NaN;
}

/** Priority given to benchmarked processes (the box is shared with other work; root may raise it). */
export const BENCH_NICE = Number(process.env.BENCH_NICE ?? -20);

/**
 * Pin every thread of `pid` to `core` (no-op without taskset) and raise its
 * scheduling priority (and its autogroup's) to BENCH_NICE when permitted, so
 * that other processes on a shared box do not starve the pinned core. Spawn
 * `pid` detached (own session) so the autogroup holds only that process.
 */
export function pin(pid: number, core: number): void {
  try {
    // With sched_autogroup, nice only matters inside a session's group: the
    // benchmarked processes run in their own session (spawned detached) and
    // that group gets the priority.
    fs.writeFileSync(`/proc/${pid}/autogroup`, String(BENCH_NICE));
  } catch {
    // no autogroup or not permitted
  }
  try {
    execFileSync("renice", ["-n", String(BENCH_NICE), "-p", String(pid)], { stdio: "ignore" });
    const tasks = fs.readdirSync(`/proc/${pid}/task`);
    for (const t of tasks) execFileSync("renice", ["-n", String(BENCH_NICE), "-p", t], { stdio: "ignore" });
  } catch {
    // not permitted: keep the default priority
  }
  if (!hasTaskset()) return;
  try {
    execFileSync("taskset", ["-a", "-cp", String(core), String(pid)], { stdio: "ignore" });
  } catch {
    // process gone or not permitted: the run is still valid, just unpinned
  }
}

const CLK_TCK = 100;
/** CPU seconds (user+system, all threads) of a process from /proc/<pid>/stat. */
export function procCpuSeconds(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // fields[0] is field 3 (state); utime is field 14, stime field 15
    return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
  } catch {
    return NaN;
  }
}

/** CPU seconds (user+system) of each thread of a process, by thread id (the main thread's id is the pid). */
export function procThreadCpuSeconds(pid: number): Map<number, number> {
  const out = new Map<number, number>();
  let tasks: string[];
  try {
    tasks = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const t of tasks) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/task/${t}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      out.set(Number(t), (Number(fields[11]) + Number(fields[12])) / CLK_TCK);
    } catch {
      // thread ended
    }
  }
  return out;
}

/** Numeric fields of `/proc/<pid>/<file>` ("Name: value" lines) by name (NaN for each when the process is gone or a field is missing). */
function procFields<K extends string>(pid: number, keys: readonly K[], file: "status" | "io" = "status"): Record<K, number> {
  let status = "";
  try {
    status = fs.readFileSync(`/proc/${pid}/${file}`, "utf8");
  } catch {
    // gone: every field NaN
  }
  const out = {} as Record<K, number>;
  for (const k of keys) out[k] = Number(new RegExp(`^${k}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? NaN);
  return out;
}

/** Context switches of a process's main thread so far: voluntary (it blocked, e.g. the event loop waiting) and involuntary (preempted). */
export function procCtxSwitches(pid: number): { voluntary: number; involuntary: number } {
  const f = procFields(pid, ["voluntary_ctxt_switches", "nonvoluntary_ctxt_switches"]);
  return { voluntary: f.voluntary_ctxt_switches, involuntary: f.nonvoluntary_ctxt_switches };
}

/**
 * Write-family system calls a process has made (`syscw` of /proc/PID/io: write, writev…), NaN when
 * unreadable. A server's fan-out costs per write more than per byte, so this counts its writes.
 */
export function procWriteSyscalls(pid: number): number {
  return procFields(pid, ["syscw"], "io").syscw;
}

/** Resident and peak resident memory of a process in MiB. */
export function procMemMiB(pid: number): { rss: number; hwm: number } {
  const f = procFields(pid, ["VmRSS", "VmHWM"]);
  return { rss: f.VmRSS / 1024, hwm: f.VmHWM / 1024 };
}

/** Percentile of an ascending-sorted numeric array (nearest rank). */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/** Median of numbers (NaN-free). */
export function median(xs: readonly number[]): number {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const m = v.length >> 1;
  return v.length % 2 ? v[m]! : (v[m - 1]! + v[m]!) / 2;
}

/** Round to `d` decimals. */
export function round(x: number, d = 2): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** d;
  return Math.round(x * f) / f;
}

/** Sleep. */
export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Write `tests/bench/results/<name>.json`. */
export function writeResult(name: string, data: unknown): string {
  const dir = path.join(benchDir, "results");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.json`);
  fs.writeFileSync(file, JSON.stringify(data, null, 2) + "\n");
  return file;
}

/** Versions of the peers and Yjs as installed (the `npm ls` the harness rules ask for). */
export function peerVersions(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of ["yjs", "y-protocols", "ws", "@hocuspocus/server", "@y/websocket-server", "better-sqlite3"]) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, "node_modules", p, "package.json"), "utf8")) as { version: string };
      out[p] = pkg.version;
    } catch {
      out[p] = "missing";
    }
  }
  return out;
}

/** Log a progress line to stderr (stdout carries nothing machine-read). */
export function say(msg: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
}

/** Signal a server's event-loop preload (SIGUSR2) and read the stats it writes (null if none). */
export async function eldSample(pid: number, file: string, after: number): Promise<{ n: number; p50: number; p99: number; max: number; mean: number } | null> {
  try {
    process.kill(pid, "SIGUSR2");
  } catch {
    return null;
  }
  for (let i = 0; i < 50; i++) {
    await sleep(20);
    try {
      const v = JSON.parse(fs.readFileSync(file, "utf8")) as { n: number; p50: number; p99: number; max: number; mean: number };
      if (v.n > after) return v;
    } catch {
      // not written yet
    }
  }
  return null;
}

/**
 * Run every kind once per repetition, alternating the order (ABAB: reversed on
 * even repetitions) so that drift on the machine falls on every kind alike.
 * A run that throws is reported and recorded by `failed`; the others go on.
 */
export async function alternating<K extends string, R>(
  bench: string,
  reps: number,
  kinds: readonly K[],
  run: (kind: K, rep: number) => Promise<R>,
  failed: (kind: K, rep: number, why: string) => R | Promise<R>,
): Promise<R[]> {
  const runs: R[] = [];
  for (let rep = 1; rep <= reps; rep++) {
    for (const kind of rep % 2 === 1 ? kinds : [...kinds].reverse()) {
      try {
        runs.push(await run(kind, rep));
      } catch (err) {
        say(`${bench} rep ${rep} ${kind} failed: ${String(err)}`);
        runs.push(await failed(kind, rep, `failed: ${String(err)}`));
      }
    }
  }
  return runs;
}

/** Run `main` when `moduleUrl` is the script node was started with (exit 0, or 1 with the error). */
export function runIfMain(moduleUrl: string, main: () => Promise<unknown>): void {
  if (moduleUrl !== pathToFileURL(process.argv[1] ?? "").href) return;
  main().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
