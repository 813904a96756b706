/**
 * The load generator: a child process (pinned to core 1 by the orchestrator)
 * driving raw y-protocols clients. Controlled over IPC: the parent sends
 * `{id, cmd, args}` and gets `{id, result}` or `{id, error}` back.
 * It samples the server's CPU (/proc) and its own CPU over each measured window.
 */
import * as Y from "yjs";
import { startProfile } from "./loadgenProfile.ts";
import { eldSample, machineCpuTicks, percentile, procCpuSeconds, round, sleep, stealPct } from "./common.ts";
import { netStats } from "./netWebSocket.ts";
import { syncFrame } from "../../utils/yjsClient.ts";
import { AuditClient, markersInDoc, RawClient, scanMarkers, Writer, awarenessFrame, EMPTY_UPDATE, type Target } from "./rawClient.ts";

type Handler = (args: any) => Promise<unknown>;

/** Growable float sample list. */
class Samples {
  private buf = new Float64Array(1 << 16);
  n = 0;
  push(v: number): void {
    if (this.n === this.buf.length) {
      const b = new Float64Array(this.buf.length * 2);
      b.set(this.buf);
      this.buf = b;
    }
    this.buf[this.n++] = v;
  }
  sorted(): Float64Array {
    return this.buf.slice(0, this.n).sort();
  }
}

function stats(s: Samples): { p50: number; p90: number; p99: number; max: number; n: number } {
  const v = s.sorted();
  return { p50: round(percentile(v, 50)), p90: round(percentile(v, 90)), p99: round(percentile(v, 99)), max: round(v.length ? v[v.length - 1]! : NaN), n: s.n };
}

/** Connect many clients with at most `inFlight` handshakes at once. */
async function connectAll(clients: RawClient[], inFlight: number, timeoutMs = 60_000): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < clients.length) {
      const c = clients[next++]!;
      await c.connect();
      await c.whenSynced();
    }
  };
  // one deadline for the whole batch (a timer per client costs the load generator CPU in a storm)
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${clients.filter((c) => !c.synced).length} clients did not sync within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([Promise.all(Array.from({ length: Math.min(inFlight, clients.length) }, worker)), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** A one-shot gate: `opened` resolves once `open()` is called. */
interface Latch {
  opened: Promise<void>;
  open(): void;
}

function latch(): Latch {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

async function waitUntil(cond: () => boolean, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) return false;
    await sleep(10);
  }
  return true;
}

// ---------------------------------------------------------------------------
// Meeting: N editors on one document
// ---------------------------------------------------------------------------

interface MeetingState {
  n: number;
  editors: RawClient[];
  writers: Writer[];
  auditor: AuditClient;
  maxSeq: number;
  editSent: Float64Array;
  awSent: Float64Array;
  editSeq: Int32Array;
  awSeq: Int32Array;
  /** bitset per marker of which receivers got it */
  editSeen: Uint8Array;
  awSeen: Uint8Array;
  bytesPerMarker: number;
  window: { t0: number; t1: number } | null;
  editLat: Samples;
  awLat: Samples;
  counters: { editDeliv: number; awDeliv: number; dupes: number; echoes: number; frames: number; bytes: number; unknown: number };
  timers: NodeJS.Timeout[];
  /** Opens when the measured window has started (`meetingWindowStarted` waits for it). */
  windowStarted: Latch;
  /** A held window (`hold`) ends once this opens (`meetingRelease`). */
  released: Latch;
}

let meeting: MeetingState | null = null;

const meetingSetup: Handler = async (args: { targets: Target[]; auditTarget: Target; maxSeq: number }) => {
  const n = args.targets.length;
  const bytesPerMarker = Math.ceil(n / 8);
  const m: MeetingState = {
    n,
    editors: [],
    writers: [],
    auditor: new AuditClient(args.auditTarget),
    maxSeq: args.maxSeq,
    editSent: new Float64Array(n * args.maxSeq),
    awSent: new Float64Array(n * args.maxSeq),
    editSeq: new Int32Array(n),
    awSeq: new Int32Array(n),
    editSeen: new Uint8Array(n * args.maxSeq * bytesPerMarker),
    awSeen: new Uint8Array(n * args.maxSeq * bytesPerMarker),
    bytesPerMarker,
    window: null,
    editLat: new Samples(),
    awLat: new Samples(),
    counters: { editDeliv: 0, awDeliv: 0, dupes: 0, echoes: 0, frames: 0, bytes: 0, unknown: 0 },
    timers: [],
    windowStarted: latch(),
    released: latch(),
  };
  meeting = m;
  const onMarkers = (c: RawClient, buf: Buffer, pos: number) => {
    const now = performance.now();
    const w = m.window;
    scanMarkers(buf, pos, (sender, seq, aw) => {
      if (sender >= n || seq >= m.maxSeq || seq < 1) {
        m.counters.unknown++;
        return;
      }
      if (sender === c.idx) {
        m.counters.echoes++;
        return;
      }
      const k = sender * m.maxSeq + seq;
      const seen = aw ? m.awSeen : m.editSeen;
      const byte = k * bytesPerMarker + (c.idx >> 3);
      const bit = 1 << (c.idx & 7);
      if (seen[byte]! & bit) {
        m.counters.dupes++;
        return;
      }
      seen[byte] = seen[byte]! | bit;
      const sent = (aw ? m.awSent : m.editSent)[k]!;
      if (w && sent >= w.t0 && sent <= w.t1) (aw ? m.awLat : m.editLat).push(now - sent);
      if (w && now >= w.t0 && now <= w.t1) {
        if (aw) m.counters.awDeliv++;
        else m.counters.editDeliv++;
      }
    });
  };
  const onFrame = (_c: RawClient, bytes: number) => {
    const w = m.window;
    if (w) {
      const now = performance.now();
      if (now >= w.t0 && now <= w.t1) {
        m.counters.frames++;
        m.counters.bytes += bytes;
      }
    }
  };
  for (let i = 0; i < n; i++) {
    const writer = new Writer(`bench-${i}-${Math.floor(Math.random() * 1e9)}`);
    m.writers.push(writer);
    const c = new RawClient(i, args.targets[i]!, {
      onMarkers,
      onFrame,
      replyToStep1: (_c, sv) => Y.encodeStateAsUpdate(writer.doc, sv),
    });
    c.sv = Y.encodeStateVector(writer.doc);
    m.editors.push(c);
  }
  const t0 = performance.now();
  await m.auditor.connect();
  await waitUntil(() => m.auditor.synced, 30_000);
  await connectAll(m.editors, 50);
  const joinMs = performance.now() - t0;
  // each editor creates its own section (before anything is measured)
  for (let i = 0; i < n; i++) m.editors[i]!.send(syncFrame(2, m.writers[i]!.created));
  await sleep(1500);
  return { joinMs: round(joinMs), editors: n };
};

/**
 * Run the meeting load: `warmupS`, then the measured window of `seconds`,
 * then `drainS`. With `hold`, the window also lasts until the parent sends
 * `meetingRelease` (it can await `meetingWindowStarted` to act in the window).
 */
const meetingRun: Handler = async (args: { editHz: number; awHz: number; warmupS: number; seconds: number; drainS: number; serverPid: number; eldFile: string; hold?: boolean }) => {
  const m = meeting!;
  const sendEdit = (i: number) => {
    const seq = ++m.editSeq[i]!;
    if (seq >= m.maxSeq) return;
    const u = m.writers[i]!.append(`§${i}.${seq};`);
    m.editSent[i * m.maxSeq + seq] = performance.now();
    m.editors[i]!.send(syncFrame(2, u));
  };
  const sendAw = (i: number) => {
    const seq = ++m.awSeq[i]!;
    if (seq >= m.maxSeq) return;
    const json = JSON.stringify({ cursor: { anchor: seq * 7, head: seq * 7 + (seq % 3) }, m: `§${i}:${seq};` });
    m.awSent[i * m.maxSeq + seq] = performance.now();
    m.editors[i]!.send(awarenessFrame(m.writers[i]!.doc.clientID, seq, json));
  };
  for (let i = 0; i < m.n; i++) {
    const ep = 1000 / args.editHz;
    const ap = 1000 / args.awHz;
    m.timers.push(
      setTimeout(() => {
        sendEdit(i);
        m.timers.push(setInterval(() => sendEdit(i), ep));
      }, Math.random() * ep),
    );
    if (args.awHz > 0) {
      m.timers.push(
        setTimeout(() => {
          sendAw(i);
          m.timers.push(setInterval(() => sendAw(i), ap));
        }, Math.random() * ap),
      );
    }
  }
  await sleep(args.warmupS * 1000);
  const eld0 = await eldSample(args.serverPid, args.eldFile, 0);
  const cpu0 = procCpuSeconds(args.serverPid);
  const own0 = process.cpuUsage();
  const machine0 = machineCpuTicks();
  const t0 = performance.now();
  m.window = { t0, t1: Infinity };
  m.windowStarted.open();
  await sleep(args.seconds * 1000);
  if (args.hold) await m.released.opened;
  const t1 = performance.now();
  m.window.t1 = t1;
  const cpu1 = procCpuSeconds(args.serverPid);
  const own1 = process.cpuUsage(own0);
  const machine1 = machineCpuTicks();
  const eld1 = await eldSample(args.serverPid, args.eldFile, eld0?.n ?? 0);
  for (const t of m.timers) clearInterval(t);
  m.timers = [];
  await sleep(args.drainS * 1000);
  const wall = (t1 - t0) / 1000;
  // delivery over every marker sent (warm-up included)
  let editExpected = 0;
  let editDelivered = 0;
  let awExpected = 0;
  let awDelivered = 0;
  let awFinalExpected = 0;
  let awFinalDelivered = 0;
  const popcount = (seen: Uint8Array, k: number) => {
    let c = 0;
    for (let b = 0; b < m.bytesPerMarker; b++) {
      let v = seen[k * m.bytesPerMarker + b]!;
      while (v) {
        c += v & 1;
        v >>= 1;
      }
    }
    return c;
  };
  for (let i = 0; i < m.n; i++) {
    for (let q = 1; q <= Math.min(m.editSeq[i]!, m.maxSeq - 1); q++) {
      editExpected += m.n - 1;
      editDelivered += popcount(m.editSeen, i * m.maxSeq + q);
    }
    const lastAw = Math.min(m.awSeq[i]!, m.maxSeq - 1);
    for (let q = 1; q <= lastAw; q++) {
      awExpected += m.n - 1;
      awDelivered += popcount(m.awSeen, i * m.maxSeq + q);
    }
    if (lastAw > 0) {
      // awareness is a latest-state channel: the final state must reach everyone
      awFinalExpected += m.n - 1;
      awFinalDelivered += popcount(m.awSeen, i * m.maxSeq + lastAw);
    }
  }
  const serverCpu = (cpu1 - cpu0) / wall;
  const deliveries = m.counters.editDeliv + m.counters.awDeliv;
  return {
    seconds: round(wall),
    sent: { edits: m.editSeq.reduce((a, b) => a + b, 0), awareness: m.awSeq.reduce((a, b) => a + b, 0) },
    delivery: {
      edits: round(editDelivered / Math.max(1, editExpected), 5),
      awareness: round(awDelivered / Math.max(1, awExpected), 5),
      awarenessFinalState: round(awFinalDelivered / Math.max(1, awFinalExpected), 5),
      editExpected,
      editDelivered,
      awExpected,
      awDelivered,
      duplicates: m.counters.dupes,
      echoes: m.counters.echoes,
      unknownMarkers: m.counters.unknown,
    },
    editLatencyMs: stats(m.editLat),
    awarenessLatencyMs: stats(m.awLat),
    deliveriesPerSec: { edits: round(m.counters.editDeliv / wall, 0), awareness: round(m.counters.awDeliv / wall, 0) },
    framesPerSec: round(m.counters.frames / wall, 0),
    framesPerDelivery: round(m.counters.frames / Math.max(1, deliveries), 3),
    bytesPerDelivery: round(m.counters.bytes / Math.max(1, deliveries), 1),
    serverCpuPct: round(serverCpu * 100, 1),
    usPerDelivery: round(((cpu1 - cpu0) * 1e6) / Math.max(1, deliveries), 2),
    loadgenCpuPct: round(((own1.user + own1.system) / 1e6 / wall) * 100, 1),
    /** Share of the machine's CPU time the hypervisor gave to other guests during the window. */
    stealPct: stealPct(machine0, machine1),
    eventLoopDelayMs: eld1 ? { p50: eld1.p50, p99: eld1.p99, max: eld1.max } : null,
  };
};

/** Resolves when the running meeting's measured window has started. */
const meetingWindowStarted: Handler = async () => {
  if (!meeting) throw new Error("no meeting set up");
  await meeting.windowStarted.opened;
  return null;
};

/** Let a held meeting window end. */
const meetingRelease: Handler = async () => {
  meeting?.released.open();
  return null;
};

const meetingAudit: Handler = async (args: { freshTarget: Target | null }) => {
  const m = meeting!;
  const auditMarkers = markersInDoc(m.auditor.doc);
  const expected = new Map<string, number>();
  for (let i = 0; i < m.n; i++) expected.set(m.writers[i]!.key, Math.min(m.editSeq[i]!, m.maxSeq - 1));
  let auditorComplete = true;
  for (const [k, v] of expected) if (auditMarkers.get(k) !== v) auditorComplete = false;
  let freshMatches: boolean | null = null;
  if (args.freshTarget) {
    const fresh = new AuditClient(args.freshTarget);
    await fresh.connect();
    await waitUntil(() => fresh.synced, 30_000);
    await sleep(300);
    const a = Y.decodeStateVector(Y.encodeStateVector(m.auditor.doc));
    const b = Y.decodeStateVector(Y.encodeStateVector(fresh.doc));
    let same = a.size === b.size;
    for (const [k, v] of a) if (b.get(k) !== v) same = false;
    const freshMarkers = markersInDoc(fresh.doc);
    for (const [k, v] of expected) if (freshMarkers.get(k) !== v) same = false;
    freshMatches = same;
    fresh.close();
  }
  for (const c of m.editors) c.terminate();
  m.auditor.close();
  meeting = null;
  return { auditorComplete, freshSyncMatches: freshMatches };
};

// ---------------------------------------------------------------------------
// Fleet: many small documents, idle members, reconnect storm
// ---------------------------------------------------------------------------

interface FleetState {
  clients: RawClient[];
  seed: Uint8Array;
  seedSv: Map<number, number>;
  awTimer: NodeJS.Timeout | null;
  awClock: Int32Array;
}
let fleet: FleetState | null = null;

function mergeSv(a: Map<number, number>, b: Map<number, number>): Uint8Array {
  const m = new Map(a);
  for (const [k, v] of b) m.set(k, Math.max(v, m.get(k) ?? 0));
  return encodeSvMap(m);
}

function encodeSvMap(m: Map<number, number>): Uint8Array {
  const bytes: number[] = [];
  const writeVar = (n: number) => {
    while (n > 0x7f) {
      bytes.push(0x80 | (n & 0x7f));
      n = Math.floor(n / 128);
    }
    bytes.push(n);
  };
  writeVar(m.size);
  for (const [k, v] of m) {
    writeVar(k);
    writeVar(v);
  }
  return new Uint8Array(bytes);
}

const fleetSetup: Handler = async (args: { targets: Target[][]; seed: Uint8Array }) => {
  const seed = new Uint8Array(args.seed);
  const seedSv = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(seed));
  const f: FleetState = { clients: [], seed, seedSv, awTimer: null, awClock: new Int32Array(0) };
  fleet = f;
  // members of one plan see the same server state vector: answer each distinct one once
  const replies = new Map<string, { sv: Uint8Array; reply: Uint8Array }>();
  const replyToStep1 = (c: RawClient, sv: Uint8Array) => {
    const key = Buffer.from(sv.buffer, sv.byteOffset, sv.byteLength).toString("latin1");
    let hit = replies.get(key);
    if (!hit) {
      const server = Y.decodeStateVector(sv);
      let reply = EMPTY_UPDATE;
      for (const [client, clock] of seedSv) if ((server.get(client) ?? 0) < clock) reply = seed;
      hit = { sv: mergeSv(server, seedSv), reply };
      replies.set(key, hit);
    }
    c.sv = hit.sv;
    return hit.reply;
  };
  const joins = new Samples();
  const onSynced = (c: RawClient) => joins.push(c.syncedAt - c.connectStartedAt);
  let idx = 0;
  const firsts: RawClient[] = [];
  const rest: RawClient[] = [];
  for (const members of args.targets) {
    members.forEach((t, j) => {
      const c = new RawClient(idx++, t, { replyToStep1, onSynced });
      c.sv = encodeSvMap(seedSv);
      (j === 0 ? firsts : rest).push(c);
      f.clients.push(c);
    });
  }
  f.awClock = new Int32Array(f.clients.length);
  const t0 = performance.now();
  await connectAll(firsts, 100);
  await sleep(500);
  await connectAll(rest, 100);
  const connectS = (performance.now() - t0) / 1000;
  // awareness once, renewed every 15 s like y-protocols
  const sendAw = (c: RawClient) => {
    const clock = ++f.awClock[c.idx]!;
    c.send(awarenessFrame(100_000 + c.idx, clock, JSON.stringify({ cursor: null, user: { name: `m${c.idx}` } })));
  };
  for (const c of f.clients) sendAw(c);
  f.awTimer = setInterval(() => {
    for (const c of f.clients) sendAw(c);
  }, 15_000);
  return { connections: f.clients.length, connectS: round(connectS), joinMs: stats(joins) };
};

const fleetIdle: Handler = async (args: { seconds: number; serverPid: number }) => {
  const cpu0 = procCpuSeconds(args.serverPid);
  const t0 = performance.now();
  await sleep(args.seconds * 1000);
  const wall = (performance.now() - t0) / 1000;
  return { idleCpuPct: round(((procCpuSeconds(args.serverPid) - cpu0) / wall) * 100, 2) };
};

const fleetStorm: Handler = async (args: { serverPid: number; eldFile: string; inFlight: number; pauseMs: number }) => {
  const f = fleet!;
  if (f.awTimer) clearInterval(f.awTimer);
  for (const c of f.clients) c.terminate();
  await sleep(args.pauseMs);
  const rejoin = new Samples();
  for (const c of f.clients) {
    (c.hooks as { onSynced?: (c: RawClient) => void }).onSynced = (cl) => rejoin.push(cl.syncedAt - cl.connectStartedAt);
  }
  const eld0 = await eldSample(args.serverPid, args.eldFile, 0);
  const profiler = await startProfile();
  const cpu0 = procCpuSeconds(args.serverPid);
  const net0 = { ...netStats };
  const own0 = process.cpuUsage();
  const t0 = performance.now();
  let failed = 0;
  try {
    await connectAll(f.clients, args.inFlight);
  } catch {
    failed++;
  }
  const allSynced = (performance.now() - t0) / 1000;
  const cpu1 = procCpuSeconds(args.serverPid);
  const own1 = process.cpuUsage(own0);
  await profiler?.stop("fleet-storm");
  const eld1 = await eldSample(args.serverPid, args.eldFile, eld0?.n ?? 0);
  const synced = f.clients.filter((c) => c.synced).length;
  return {
    allSyncedS: round(allSynced, 3),
    synced,
    failed,
    rejoinMs: stats(rejoin),
    serverCpuPct: round(((cpu1 - cpu0) / allSynced) * 100, 1),
    loadgenCpuPct: round(((own1.user + own1.system) / 1e6 / allSynced) * 100, 1),
    loadgenUserPct: round((own1.user / 1e6 / allSynced) * 100, 1),
    loadgenSystemPct: round((own1.system / 1e6 / allSynced) * 100, 1),
    // what each rejoin cost the clients: socket reads, websocket frames and bytes received
    perRejoin: {
      reads: round((netStats.reads - net0.reads) / f.clients.length, 2),
      frames: round((netStats.frames - net0.frames) / f.clients.length, 2),
      bytes: round((netStats.bytes - net0.bytes) / f.clients.length, 0),
    },
    eventLoopDelayMs: eld1 ? { p50: eld1.p50, p99: eld1.p99, max: eld1.max } : null,
  };
};

const fleetClose: Handler = async () => {
  const f = fleet;
  if (f) {
    if (f.awTimer) clearInterval(f.awTimer);
    for (const c of f.clients) c.terminate();
  }
  fleet = null;
  return null;
};

// ---------------------------------------------------------------------------
// Join storm: many clients fetch a large document at once
// ---------------------------------------------------------------------------

const joinStorm: Handler = async (args: { targets: Target[]; holder: Target | null; holderState: Uint8Array | null; serverPid: number; eldFile: string }) => {
  let holder: RawClient | null = null;
  if (args.holder) {
    const state = args.holderState ? new Uint8Array(args.holderState) : EMPTY_UPDATE;
    holder = new RawClient(-1, args.holder, { replyToStep1: () => state });
    await connectAll([holder], 1);
    await sleep(1500);
  }
  const joins = new Samples();
  let bytes = 0;
  const clients = args.targets.map(
    (t, i) =>
      new RawClient(i, t, {
        onSynced: (c, b) => {
          joins.push(c.syncedAt - c.connectStartedAt);
          bytes += b;
        },
      }),
  );
  const eld0 = await eldSample(args.serverPid, args.eldFile, 0);
  const cpu0 = procCpuSeconds(args.serverPid);
  const own0 = process.cpuUsage();
  const t0 = performance.now();
  let error: string | null = null;
  try {
    await connectAll(clients, clients.length);
  } catch (e) {
    error = String(e);
  }
  const all = (performance.now() - t0) / 1000;
  const cpu1 = procCpuSeconds(args.serverPid);
  const own1 = process.cpuUsage(own0);
  const eld1 = await eldSample(args.serverPid, args.eldFile, eld0?.n ?? 0);
  for (const c of clients) c.terminate();
  holder?.terminate();
  return {
    allSyncedS: round(all, 3),
    synced: clients.filter((c) => c.synced).length,
    error,
    joinMs: stats(joins),
    avgStep2Bytes: round(bytes / Math.max(1, joins.n), 0),
    serverCpuS: round(cpu1 - cpu0, 2),
    loadgenCpuPct: round(((own1.user + own1.system) / 1e6 / all) * 100, 1),
    eventLoopDelayMs: eld1 ? { p50: eld1.p50, p99: eld1.p99, max: eld1.max } : null,
  };
};

const handlers: Record<string, Handler> = {
  meetingSetup,
  meetingRun,
  meetingWindowStarted,
  meetingRelease,
  meetingAudit,
  fleetSetup,
  fleetIdle,
  fleetStorm,
  fleetClose,
  joinStorm,
  exit: async () => {
    setTimeout(() => process.exit(0), 10);
    return null;
  },
};

process.on("message", (msg: { id: number; cmd: string; args: unknown }) => {
  const h = handlers[msg.cmd];
  if (!h) {
    process.send!({ id: msg.id, error: `unknown command ${msg.cmd}` });
    return;
  }
  h(msg.args).then(
    (result) => process.send!({ id: msg.id, result }),
    (err: unknown) => process.send!({ id: msg.id, error: String((err as Error)?.stack ?? err) }),
  );
});
process.send!({ ready: true });
