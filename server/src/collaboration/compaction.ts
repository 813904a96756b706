/** Compaction, in one place: the merge worker, when and how a loaded document compacts its log, and the compaction of a long log at load. */
import type { Worker } from "node:worker_threads";
import { log } from "../logging/logger.ts";
import type { DocClientOwner } from "../domain/planDocument.ts";
import type { DocStore, StoredDoc } from "../storage/types.ts";
import { startWorker } from "../utils/workerThread.ts";
import type { CollabOptions } from "./collabOptions.ts";
import type { MergeJob, MergeReply } from "./logMerge.worker.ts";
import { mergeLogInline, type MergedLog } from "./mergeLog.ts";
import { SeqWatermark } from "./seqWatermark.ts";

const logger = log("collaboration");

type Job = { resolve: (r: MergedLog) => void; reject: (e: Error) => void };

/**
 * Merges snapshot + update log into one state off the event loop, in one
 * lazily started worker thread (logMerge.worker.ts) shared by every document.
 * Used to load long logs and to compact.
 */
export class LogMerger {
  private worker: Worker | null = null;
  private readonly jobs = new Map<number, Job>();
  private nextId = 1;
  private closed = false;

  /** Merge in the worker; falls back to inline when no worker can run. */
  async merge(base: Uint8Array | null, updates: readonly Uint8Array[]): Promise<MergedLog> {
    if (this.closed) return mergeLogInline(base, updates);
    let worker: Worker;
    try {
      worker = this.ensureWorker();
    } catch (err) {
      logger.warn({ err }, "log merge worker unavailable; merging inline");
      return mergeLogInline(base, updates);
    }
    const id = this.nextId++;
    return new Promise<MergedLog>((resolve, reject) => {
      this.jobs.set(id, { resolve, reject });
      worker.postMessage({ id, base, updates } as MergeJob);
    });
  }

  /** Stop the worker; pending merges are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    const w = this.worker;
    this.worker = null;
    this.failAll(new Error("log merger closed"));
    if (w) await w.terminate();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const w = startWorker("logMerge", import.meta.url);
    w.unref();
    w.on("message", (msg: MergeReply) => {
      const job = this.jobs.get(msg.id);
      if (!job) return;
      this.jobs.delete(msg.id);
      if (msg.error !== undefined || !msg.state) job.reject(new Error(msg.error ?? "merge failed"));
      else job.resolve({ state: new Uint8Array(msg.state), skipped: msg.skipped ?? [] });
    });
    w.on("error", (err) => {
      logger.error({ err }, "log merge worker failed");
      if (this.worker === w) this.worker = null;
      this.failAll(err);
    });
    w.on("exit", () => {
      if (this.worker === w) this.worker = null;
      this.failAll(new Error("log merge worker exited"));
    });
    this.worker = w;
    return w;
  }

  private failAll(err: Error): void {
    const jobs = [...this.jobs.values()];
    this.jobs.clear();
    for (const j of jobs) j.reject(err);
  }
}

/** A stored log merged at load: its state, and whether it was compacted into a new snapshot right away. */
export interface MergedAtLoad extends MergedLog {
  compacted: boolean;
}

/**
 * Load-time compaction: a stored log longer than `workerThreshold` is merged in the worker and
 * stored as the new snapshot at once (with the owners `ownersOf` its updates wrote under); a
 * shorter one is merged inline and stays the log.
 */
export async function mergeStoredLog(
  store: DocStore,
  merger: LogMerger,
  planId: string,
  stored: StoredDoc,
  lastSeq: number,
  ownersOf: (updates: readonly Uint8Array[]) => DocClientOwner[],
  workerThreshold: number,
): Promise<MergedAtLoad> {
  const updates = stored.updates.map((u) => u.data);
  const long = updates.length > workerThreshold;
  const merged = long ? await merger.merge(stored.snapshot, updates) : mergeLogInline(stored.snapshot, updates);
  if (merged.skipped.length > 0) {
    logger.error({ planId, skipped: merged.skipped.map((i) => stored.updates[i]!.seq) }, "skipped unreadable stored updates");
  }
  if (long) await store.compact(planId, merged.state, lastSeq, ownersOf(updates));
  return { ...merged, compacted: long };
}

/**
 * A loaded document's log as storage holds it: the last snapshot and the committed updates after
 * it (kept sorted by seq), the seqs held in memory, and when it compacts. Compaction merges the
 * part of the log below the seq watermark in the worker and stores it with the owners of the
 * client ids those updates wrote under (they leave the log); it never goes past `seqs.value`, so
 * another node's updates this node has not seen are never dropped.
 */
export class Compactor {
  private base: Uint8Array | null = null;
  private tail: Array<{ seq: number; data: Uint8Array }> = [];
  /** Storage seqs held in memory (loaded, appended, relayed). */
  seqs = new SeqWatermark();
  /** Bumped when a resync replaced `base` with a newer stored snapshot. */
  private baseEpoch = 0;
  private compacting: Promise<void> | null = null;
  /** performance.now() when the last compaction began (0: never). */
  private compactedAt = 0;

  constructor(
    private readonly planId: string,
    private readonly store: DocStore,
    private readonly merger: LogMerger,
    private readonly options: CollabOptions,
    /** The owners a compaction of these updates records. */
    private readonly ownersOf: (updates: readonly Uint8Array[]) => DocClientOwner[],
  ) {}

  /** The log as loaded: snapshot, the updates after it and their seqs. */
  loaded(base: Uint8Array | null, tail: readonly Uint8Array[], tailSeqs: readonly number[], lastSeq: number): void {
    this.base = base;
    this.tail = tail.map((data, i) => ({ seq: tailSeqs[i]!, data }));
    this.seqs = new SeqWatermark(lastSeq);
  }

  /** This node committed `updates` as seqs `first..`; `alone`: nobody else writes the doc, every seq up to them is held. */
  committed(first: number, updates: readonly Uint8Array[], alone: boolean): void {
    updates.forEach((data, i) => this.add(first + i, data));
    const last = first + updates.length - 1;
    this.seqs.addRange(first, last);
    if (alone) this.seqs.raiseTo(last);
  }

  /** Another node stored `data` as `seq` (relayed or re-read). */
  stored(seq: number, data: Uint8Array): void {
    this.add(seq, data);
    this.seqs.addRange(seq, seq);
  }

  /** A snapshot another node compacted past our seqs became the base (resync). */
  rebase(snapshot: Uint8Array, snapshotSeq: number): void {
    this.base = snapshot;
    this.baseEpoch++;
    this.tail = this.tail.filter((e) => e.seq > snapshotSeq);
    this.seqs.raiseTo(snapshotSeq);
  }

  /** The log is long enough to compact, and the last compaction long enough ago (or the log very long). */
  due(): boolean {
    const { compactAfterUpdates, compactMinIntervalMs, compactAlwaysAfterUpdates } = this.options;
    const n = this.tail.length;
    if (n < compactAfterUpdates) return false;
    return n >= compactAlwaysAfterUpdates || this.compactedAt === 0 || performance.now() - this.compactedAt >= compactMinIntervalMs;
  }

  /** Compact the log into a snapshot: merged in the worker, then stored with the owners of the client ids it pruned. */
  compact(): Promise<void> {
    if (this.compacting) return this.compacting;
    const uptoSeq = this.seqs.value;
    let n = 0;
    while (n < this.tail.length && this.tail[n]!.seq <= uptoSeq) n++;
    if (n === 0) return Promise.resolve();
    const updates = this.tail.slice(0, n).map((e) => e.data);
    const owners = this.ownersOf(updates);
    const epoch = this.baseEpoch;
    this.compactedAt = performance.now();
    this.compacting = (async () => {
      try {
        const merged = await this.merger.merge(this.base, updates);
        await this.store.compact(this.planId, merged.state, uptoSeq, owners);
        if (this.baseEpoch === epoch) {
          this.base = merged.state;
          this.tail = this.tail.filter((e) => e.seq > uptoSeq);
        }
      } catch (err) {
        logger.error({ err, planId: this.planId }, "compaction failed; the log is kept");
      } finally {
        this.compacting = null;
      }
    })();
    return this.compacting;
  }

  /** Unload: compact until the log is empty (a compaction may be running for an older part of it). */
  async compactAll(): Promise<void> {
    for (let i = 0; i < 3 && this.tail.length > 0; i++) await this.compact();
  }

  /** Keep the tail sorted by seq (relayed and own appends may interleave). */
  private add(seq: number, data: Uint8Array): void {
    let i = this.tail.length;
    while (i > 0 && this.tail[i - 1]!.seq > seq) i--;
    this.tail.splice(i, 0, { seq, data });
  }
}
