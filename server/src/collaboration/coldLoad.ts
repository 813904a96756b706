/** Cold load: reads a plan document from storage and answers its first joiners from the stored snapshot before the slow apply. */
import type { DocStore } from "../storage/types.ts";
import { ownersToRecord, storedOwners } from "./clientOwners.ts";
import { mergeStoredLog, type LogMerger } from "./compaction.ts";

/**
 * Longest a cold load waits for its first connections' sync step 1 (and for those answered from
 * the stored snapshot to take it) before applying the snapshot. Anything that needs the applied
 * doc applies it at once, so this only bounds how long a silent or slow socket delays our step 1.
 */
const EARLY_ANSWER_WAIT_MS = 3_000;

/** A document as loaded from storage. */
export interface LoadedDoc {
  /** Full state to apply into the live doc. */
  state: Uint8Array;
  /** Stored snapshot the `tail` applies on top of. */
  base: Uint8Array | null;
  /** Stored updates after `base`. */
  tail: Uint8Array[];
  /** Seq of each `tail` entry. */
  tailSeqs: number[];
  /** Seq of the last stored update (or of the snapshot). */
  lastSeq: number;
  /**
   * Who first wrote under each Yjs client id: the owners recorded when the log
   * was compacted, then the authors in the log (null = the server).
   */
  owners: Map<number, string | null>;
}

/**
 * Load a plan document: snapshot + log applied into a doc. Long logs are
 * applied in the worker and compacted right away (`mergeStoredLog`). Poisoned
 * log entries are skipped (logged) rather than making the plan unloadable.
 * Null when the plan has no document.
 */
export async function loadDoc(store: DocStore, merger: LogMerger, planId: string, workerThreshold: number): Promise<LoadedDoc | null> {
  const stored = await store.load(planId);
  if (!stored) return null;
  const updates = stored.updates.map((u) => u.data);
  const lastSeq = stored.updates.length > 0 ? stored.updates[stored.updates.length - 1]!.seq : stored.snapshotSeq;
  const owners = storedOwners(stored);
  if (updates.length === 0 && stored.snapshot) {
    // nothing to merge: the snapshot is the state (no apply + re-encode on the event loop)
    return { state: stored.snapshot, base: stored.snapshot, tail: [], tailSeqs: [], lastSeq, owners };
  }
  const merged = await mergeStoredLog(store, merger, planId, stored, lastSeq, (u) => ownersToRecord(owners, u), workerThreshold);
  if (merged.compacted) return { state: merged.state, base: merged.state, tail: [], tailSeqs: [], lastSeq, owners };
  return { state: merged.state, base: stored.snapshot, tail: updates, tailSeqs: stored.updates.map((u) => u.seq), lastSeq, owners };
}

/**
 * The early answer of a loading document: connections whose first frame may be answered from the
 * stored snapshot hold the apply back, so that the answer leaves before the event loop is busy
 * applying it; the apply waits for them at most EARLY_ANSWER_WAIT_MS.
 */
export class EarlyAnswer {
  private holds = 0;
  private started = false;
  private openApply: (() => void) | null = null;
  private readonly early = deferred<Uint8Array | null>();
  /** State vector of the stored state right after it was applied (what early answers held). */
  appliedStateVector: Uint8Array | null = null;

  /** The full-state sync step 2 of a bare stored snapshot for the holders, or null. */
  get fullState(): Promise<Uint8Array | null> {
    return this.early.promise;
  }

  /** Someone holds the apply back. */
  get held(): boolean {
    return this.holds > 0;
  }

  /** Hold the apply; the returned release is idempotent. Null once the apply started or `max` hold already. */
  hold(max: number): (() => void) | null {
    if (this.started || this.holds >= max) return null;
    this.holds++;
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      this.holds--;
      if (this.holds === 0) this.openApply?.();
    };
  }

  /** Something needs the applied doc: stop waiting. */
  applyNow(): void {
    this.openApply?.();
  }

  /** Hand the holders `frame`, then wait until they let go (or the wait limit passed). */
  offer(frame: Uint8Array): Promise<void> {
    this.early.resolve(frame);
    return new Promise((resolve) => {
      const open = () => {
        clearTimeout(timer);
        this.openApply = null;
        resolve();
      };
      const timer = setTimeout(open, EARLY_ANSWER_WAIT_MS);
      timer.unref();
      this.openApply = open;
    });
  }

  /** The apply starts (or the load ended): no more holds, holders that got nothing early are told so. */
  start(): void {
    this.early.resolve(null);
    this.started = true;
  }
}

/** A promise with its resolve (later calls are no-ops). */
function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** The plan has no stored document. */
export class DocNotFoundError extends Error {
  constructor(planId: string) {
    super(`no document for plan ${planId}`);
    this.name = "DocNotFoundError";
  }
}
