/**
 * One measured meeting window (performance.md §4.2), shared by the meeting
 * benchmarks: N editors on one plan, each sending small edits and awareness
 * updates, a warm-up, the measured window, a drain, then the audit (did every
 * marker reach everyone, does a fresh sync match).
 */
import { procMemMiB } from "./common.ts";
import type { JigsawSeed } from "./jigsawSeed.ts";
import type { LoadGen } from "./loadgenDriver.ts";
import type { Target } from "./rawClient.ts";
import { isHocuspocus, type BenchServer, type ServerKind } from "./servers.ts";

/** The meeting load. */
export interface MeetingConfig {
  /** Editors. */
  n: number;
  /** Measured window (s). */
  seconds: number;
  /** Edits per editor per second. */
  editHz: number;
  /** Awareness updates per editor per second. */
  awHz: number;
}

/** Warm-up before the window (s; BENCH_WARMUP_S, default 3 as in performance.md) and drain after it. */
export const MEETING_WARMUP_S = Number(process.env.BENCH_WARMUP_S ?? 3);
export const MEETING_DRAIN_S = 3;

/**
 * The editors' websocket client (BENCH_TRANSPORT): `net` (default), the harness's raw-socket client,
 * whose reads land in one shared buffer; or `ws`, the ws library's client (sessions 1–6). With `ws`
 * the load generator allocates a buffer per read and pauses for its own GC (a scavenge every
 * ≈ 0.75 s of 6–9 ms and a mark-compact every 2–3 s of 5–10 ms, at 120k deliveries/s). Every
 * delivery in flight waits out those pauses, so they set the latency above p98 for every server
 * measured (session 7: edit p99 13–17 ms with `ws`, 6.5–7.3 ms with `net`, on the same servers).
 */
export const MEETING_TRANSPORT: "net" | "ws" = process.env.BENCH_TRANSPORT === "ws" ? "ws" : "net";

/** The meeting load from BENCH_MEETING_N (200), BENCH_SECONDS (30), BENCH_EDIT_HZ (2), BENCH_AWARENESS_HZ (1). */
export function meetingConfigFromEnv(): MeetingConfig {
  return {
    seconds: Number(process.env.BENCH_SECONDS ?? 30),
    n: Number(process.env.BENCH_MEETING_N ?? 200),
    editHz: Number(process.env.BENCH_EDIT_HZ ?? 2),
    awHz: Number(process.env.BENCH_AWARENESS_HZ ?? 1),
  };
}

/** Targets (URLs, cookies, framing) for `n` editors + auditor on a server. */
export function meetingTargets(kind: ServerKind, origin: string, docUrl: string, docName: string, n: number, seed: JigsawSeed | null): { editors: Target[]; audit: Target; fresh: Target | null } {
  const mk = (i: number): Target => ({
    url: docUrl,
    framing: isHocuspocus(kind) ? "hp" : "y",
    docName,
    headers: kind === "jigsaw" && seed ? { cookie: seed.cookies[i % seed.cookies.length]!, origin } : {},
    relay: kind === "relay" || kind === "crelay",
    transport: MEETING_TRANSPORT,
  });
  return { editors: Array.from({ length: n }, (_, i) => mk(i)), audit: mk(0), fresh: kind === "relay" || kind === "crelay" ? null : mk(1) };
}

/** What the auditor found after the window. */
export interface MeetingAudit {
  auditorComplete: boolean;
  freshSyncMatches: boolean | null;
}

/** One measured window. */
export interface MeetingWindow<T> {
  setup: unknown;
  /** The load generator's measurements (latencies, delivery, CPU, event-loop delay). */
  res: Record<string, any>;
  audit: MeetingAudit;
  /** Why the window is not valid (empty when valid). */
  invalid: string[];
  rssBeforeMiB: number;
  mem: { rss: number; hwm: number };
  /** What `during` returned. */
  during: T | undefined;
}

/** Options of `measureMeeting`. */
export interface MeetingWindowOptions<T> {
  /** Longest the window may last (sizes the load generator's marker tables); default `cfg.seconds`. */
  maxSeconds?: number;
  /**
   * Called when the measured window starts; the window then lasts exactly
   * until it settles (instead of `cfg.seconds`). Keep it under `maxSeconds`.
   */
  during?: () => Promise<T>;
}

/** Why a meeting window is not valid (the meeting benchmark's rules). */
export function meetingValidity(res: Record<string, any>, audit: MeetingAudit): string[] {
  const invalid: string[] = [];
  if (res.delivery.edits !== 1) invalid.push(`edit delivery ${res.delivery.edits}`);
  // awareness is latest-state: intermediate states may be coalesced away, the final one must arrive
  // a load without awareness (M1: edits only) has no final state to deliver
  if ((res.sent?.awareness ?? 0) > 0 && res.delivery.awarenessFinalState !== 1) invalid.push(`final awareness state delivery ${res.delivery.awarenessFinalState}`);
  if (res.loadgenCpuPct >= 70) invalid.push(`load generator at ${res.loadgenCpuPct}% CPU`);
  if (!audit.auditorComplete) invalid.push("auditor is missing edits");
  if (audit.freshSyncMatches === false) invalid.push("fresh sync differs from the auditor");
  return invalid;
}

/** Join the editors, run the load through warm-up, window and drain, then audit. */
export async function measureMeeting<T = undefined>(
  lg: LoadGen,
  server: BenchServer,
  targets: ReturnType<typeof meetingTargets>,
  cfg: MeetingConfig,
  opts: MeetingWindowOptions<T> = {},
): Promise<MeetingWindow<T>> {
  const maxSeq = Math.ceil((MEETING_WARMUP_S + (opts.maxSeconds ?? cfg.seconds) + MEETING_DRAIN_S + 5) * Math.max(cfg.editHz, cfg.awHz)) + 10;
  const rssBeforeMiB = procMemMiB(server.pid).rss;
  const setup = await lg.call("meetingSetup", { targets: targets.editors, auditTarget: targets.audit, maxSeq });
  const runArgs = {
    editHz: cfg.editHz,
    awHz: cfg.awHz,
    warmupS: MEETING_WARMUP_S,
    seconds: cfg.seconds,
    drainS: MEETING_DRAIN_S,
    serverPid: server.pid,
    eldFile: server.eldFile,
  };
  let res: Record<string, any>;
  let during: T | undefined;
  if (opts.during) {
    const running = lg.call<Record<string, any>>("meetingRun", { ...runArgs, seconds: 0, hold: true });
    try {
      // a meetingRun that fails before its window would leave meetingWindowStarted waiting
      await Promise.race([lg.call("meetingWindowStarted"), running.then(() => Promise.reject(new Error("meeting ended before its window")))]);
      during = await opts.during();
    } finally {
      await lg.call("meetingRelease");
    }
    res = await running;
  } else {
    res = await lg.call<Record<string, any>>("meetingRun", runArgs);
  }
  const mem = procMemMiB(server.pid);
  const audit = await lg.call<MeetingAudit>("meetingAudit", { freshTarget: targets.fresh });
  return { setup, res, audit, invalid: meetingValidity(res, audit), rssBeforeMiB, mem, during };
}
