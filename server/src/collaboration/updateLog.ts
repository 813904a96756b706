/** The update log: group-commits every accepted change (one `append` per event-loop turn) and tracks what is durable. */
import * as Y from "yjs";
import { CloseEvents } from "@jigsaw/shared/realtime/closeEvents";
import { log } from "../logging/logger.ts";
import { observeCommit, secondsSince } from "../observability/metrics.ts";
import type { DocStore } from "../storage/types.ts";
import type { DocConnection } from "./docConnection.ts";

const logger = log("collaboration");

/** A caller waiting for its change to be durable. */
export interface Durability {
  resolve: () => void;
  reject: (e: Error) => void;
}

/** One accepted change waiting for its commit. */
export interface PendingUpdate {
  data: Uint8Array;
  userId: string | null;
  origin: DocConnection | null;
  done?: Durability;
}

/** What the log tells its document, in this order, around each commit. */
export interface UpdateLogHooks {
  /** The document can still commit (not failed or closed). */
  isReady(): boolean;
  /** `batch` is stored as seqs `first..`: record it, relay it to other nodes and to connections (before callers learn it is durable). */
  onCommitted(batch: readonly PendingUpdate[], first: number): void;
  /** After a commit and its callers were released: follow-up work (activity, held relayed updates, compaction). */
  afterCommitted(at: string): void;
  /** Storing failed: the document must be dropped. */
  onStoreFailed(err: Error): void;
}

/**
 * Every change applied to the document goes through here (the doc's `update` event): it is
 * numbered (`generation`), stored with the others of the same turn in one `append`, and only
 * then relayed; `durable` is the generation known to be committed, and work that must not run
 * before (sync answers, callers waiting for their change) waits for it.
 */
export class UpdateLog {
  /** Count of accepted changes; `durable` is the count known to be committed. */
  generation = 0;
  durable = 0;
  private pending: PendingUpdate[] = [];
  private inFlight = false;
  private flushScheduled = false;
  private readonly afterDurable: Array<{ gen: number; fn: () => void }> = [];
  /** Author of the change being applied (`record`). */
  private capture: { userId: string | null; origin: DocConnection | null; done?: Durability } | null = null;

  constructor(
    private readonly doc: Y.Doc,
    private readonly planId: string,
    private readonly store: DocStore,
    private readonly hooks: UpdateLogHooks,
  ) {}

  /** Start logging the doc's changes (after the stored state was applied). */
  start(): void {
    this.doc.on("update", this.onDocUpdate);
  }

  /** Stop logging (unload). */
  stop(): void {
    this.doc.off("update", this.onDocUpdate);
  }

  /** Run `apply`, attributing the changes it makes to `userId` / `origin` (and `done` to the first). */
  record(userId: string | null, origin: DocConnection | null, done: Durability | undefined, apply: () => void): void {
    this.capture = done ? { userId, origin, done } : { userId, origin };
    try {
      apply();
    } finally {
      this.capture = null;
    }
  }

  /** Run `fn` once generation `gen` is durable. */
  whenGenerationDurable(gen: number, fn: () => void): void {
    this.afterDurable.push({ gen, fn });
    this.releaseDurable();
  }

  /** Resolves once everything accepted so far is committed. */
  whenDurable(): Promise<void> {
    if (this.generation <= this.durable) return Promise.resolve();
    return new Promise((resolve) => this.afterDurable.push({ gen: this.generation, fn: resolve }));
  }

  /**
   * Apply already-durable updates (another node stored them) in one transaction, not logged:
   * the doc's update listener is off, so Yjs does not encode their effect either. Returns
   * whether the doc changed, or (logged) the error it must be dropped for.
   */
  applyDurable(updates: readonly Uint8Array[], origin: symbol): boolean | Error {
    let tr = null as Y.Transaction | null; // set in the callback
    this.stop();
    try {
      this.doc.transact((t) => {
        tr = t;
        for (const u of updates) Y.applyUpdate(this.doc, u, origin);
      }, origin);
    } catch (err) {
      logger.error({ err, planId: this.planId }, "relayed update threw while applying");
      return new Error("relayed apply failed");
    } finally {
      this.start();
    }
    // the after state is set once the transaction has been cleaned up
    const changed = tr !== null && transactionChanged(tr);
    if (this.doc.store.pendingStructs !== null || this.doc.store.pendingDs !== null) {
      logger.error({ planId: this.planId }, "relayed update left pending structs");
      return new Error("pending structs");
    }
    if (changed) this.generation++;
    if (this.pending.length === 0 && !this.inFlight) this.durable = this.generation;
    this.releaseDurable();
    return changed;
  }

  /** The document failed: callers waiting for durability are rejected, nothing more is committed. */
  fail(err: Error): void {
    for (const p of this.pending) p.done?.reject(err);
    this.pending = [];
    this.afterDurable.length = 0;
  }

  private readonly onDocUpdate = (update: Uint8Array): void => {
    const c = this.capture;
    const entry: PendingUpdate = { data: update, userId: c?.userId ?? null, origin: c?.origin ?? null };
    if (c?.done) {
      entry.done = c.done;
      c.done = undefined;
    }
    this.pending.push(entry);
    this.generation++;
    this.scheduleFlush();
  };

  private scheduleFlush(): void {
    if (this.flushScheduled || this.inFlight) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      void this.flush();
    });
  }

  /** Group commit: everything pending in one `append`, then relayed, then its callers released. */
  private async flush(): Promise<void> {
    if (this.inFlight || this.pending.length === 0 || !this.hooks.isReady()) return;
    const batch = this.pending;
    this.pending = [];
    this.inFlight = true;
    const gen = this.generation;
    const at = new Date().toISOString();
    const started = performance.now();
    let seq: number;
    try {
      seq = await this.store.append(
        this.planId,
        batch.map((b) => ({ data: b.data, userId: b.userId })),
        at,
      );
    } catch (err) {
      this.inFlight = false;
      logger.error({ err, planId: this.planId, updates: batch.length }, "storing updates failed");
      for (const b of batch) {
        b.origin?.close(CloseEvents.StorageFailed);
        b.done?.reject(new Error("storage failed"));
      }
      this.hooks.onStoreFailed(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    this.inFlight = false;
    observeCommit(secondsSince(started));
    if (!this.hooks.isReady()) return;
    // nothing of ours left uncommitted: everything applied (relayed changes included) is durable
    this.durable = this.pending.length === 0 ? this.generation : Math.max(this.durable, gen);
    this.hooks.onCommitted(batch, seq - batch.length + 1);
    for (const b of batch) b.done?.resolve();
    this.releaseDurable();
    this.hooks.afterCommitted(at);
    if (this.pending.length > 0) this.scheduleFlush();
  }

  private releaseDurable(): void {
    if (this.afterDurable.length === 0) return;
    const ready = this.afterDurable.filter((w) => w.gen <= this.durable);
    if (ready.length === 0) return;
    const rest = this.afterDurable.filter((w) => w.gen > this.durable);
    this.afterDurable.length = 0;
    this.afterDurable.push(...rest);
    for (const w of ready) w.fn();
  }
}

/** Whether a transaction changed the doc: inserted anything or deleted anything (as Yjs decides whether to emit an update). */
function transactionChanged(tr: Y.Transaction): boolean {
  if (tr.deleteSet.clients.size > 0) return true;
  for (const [client, clock] of tr.afterState) if (tr.beforeState.get(client) !== clock) return true;
  return false;
}
