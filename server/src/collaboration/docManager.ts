/** The document registry: loads each plan's room once, holds it while used, and unloads it after a grace period. */
import { log } from "../logging/logger.ts";
import { countRefusedUpdate } from "../observability/metrics.ts";
import type { DocStore } from "../storage/types.ts";
import type { CollabOptions } from "./collabOptions.ts";
import type { DocRelay } from "./docRelay.ts";
import { LogMerger } from "./compaction.ts";
import { SharedDoc } from "./sharedDoc.ts";

const logger = log("collaboration");

/**
 * Loaded documents by plan id. A document is loaded once, held by its
 * connections and in-process users, and unloaded (compacted first) after
 * `unloadGraceMs` without holders.
 */
export class DocManager {
  private readonly docs = new Map<string, SharedDoc>();
  private readonly unloading = new Map<string, Promise<void>>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  readonly merger = new LogMerger();
  /** Client updates refused (their connection closed, the doc kept), by reason. */
  readonly refused = new Map<string, number>();

  constructor(
    private readonly store: DocStore,
    private readonly options: CollabOptions,
    private readonly touchActivity: (planId: string, at: string) => void,
    /** Cross-node relay (scale-out), null when this node runs alone. */
    private readonly relay: DocRelay | null = null,
  ) {}

  /** Loaded documents (for counts and the heartbeat loop). */
  loaded(): IterableIterator<SharedDoc> {
    return this.docs.values();
  }

  /** The loaded document, if any (no load). */
  peek(planId: string): SharedDoc | undefined {
    const d = this.docs.get(planId);
    return d && d.state !== "failed" && d.state !== "closed" ? d : undefined;
  }

  /** Hold a document that is loaded and ready right now (no wait), or return null. */
  holdLoaded(planId: string): SharedDoc | null {
    if (this.unloading.has(planId)) return null;
    const doc = this.docs.get(planId);
    if (!doc || doc.state !== "ready") return null;
    const t = this.timers.get(planId);
    if (t) {
      clearTimeout(t);
      this.timers.delete(planId);
    }
    doc.holds++;
    return doc;
  }

  /**
   * Hold a document, loading it if needed. Rejects with DocNotFoundError for unknown plans.
   * `onLoading` sees a document that is still loading (a connection that may be answered
   * from the stored snapshot before it is applied); without it the load does not wait for that.
   */
  async acquire(planId: string, onLoading?: (doc: SharedDoc) => void): Promise<SharedDoc> {
    const closing = this.unloading.get(planId);
    if (closing) await closing;
    let doc = this.docs.get(planId);
    if (!doc || doc.state === "failed" || doc.state === "closed") {
      doc = new SharedDoc(planId, {
        store: this.store,
        merger: this.merger,
        options: this.options,
        touchActivity: this.touchActivity,
        onFailed: (d) => this.drop(d),
        onRefused: (reason) => {
          this.refused.set(reason, (this.refused.get(reason) ?? 0) + 1);
          countRefusedUpdate(reason);
        },
        relay: this.relay,
      });
      this.docs.set(planId, doc);
    }
    const t = this.timers.get(planId);
    if (t) {
      clearTimeout(t);
      this.timers.delete(planId);
    }
    doc.holds++;
    if (doc.state === "loading") {
      if (onLoading) onLoading(doc);
      else doc.applyNow();
    }
    try {
      await doc.ready;
    } catch (err) {
      doc.holds--;
      if (this.docs.get(planId) === doc) this.docs.delete(planId);
      throw err;
    }
    return doc;
  }

  /** Called when a document was unloaded because everyone left (not at shutdown). */
  onIdle: ((planId: string) => void) | null = null;

  /** Release a hold; the last release starts the unload grace period. */
  release(doc: SharedDoc): void {
    doc.holds = Math.max(0, doc.holds - 1);
    if (doc.holds > 0 || this.docs.get(doc.planId) !== doc) return;
    const planId = doc.planId;
    const t = setTimeout(() => {
      this.timers.delete(planId);
      if (doc.holds === 0 && this.docs.get(planId) === doc) {
        this.startUnload(doc);
        void this.unloading.get(planId)?.then(() => this.onIdle?.(planId));
      }
    }, this.options.unloadGraceMs);
    t.unref();
    this.timers.set(planId, t);
  }

  private startUnload(doc: SharedDoc): void {
    this.docs.delete(doc.planId);
    const p = doc
      .unload()
      .catch((err: unknown) => logger.error({ err, planId: doc.planId }, "unload failed"))
      .finally(() => {
        if (this.unloading.get(doc.planId) === p) this.unloading.delete(doc.planId);
      });
    this.unloading.set(doc.planId, p);
  }

  private drop(doc: SharedDoc): void {
    if (this.docs.get(doc.planId) === doc) this.docs.delete(doc.planId);
    void doc.unload().catch(() => undefined);
  }

  /** Flush, compact and unload everything (shutdown). */
  async closeAll(): Promise<void> {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const doc of [...this.docs.values()]) this.startUnload(doc);
    await Promise.all([...this.unloading.values()]);
    await this.merger.close();
  }
}
