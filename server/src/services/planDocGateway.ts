import * as Y from "yjs";
import type { CollabApi } from "../collaboration/collabApi.ts";
import { CollabUpdateRefusedError } from "../collaboration/collabApi.ts";
import { mergeLogInline } from "../collaboration/mergeLog.ts";
import { ConflictError, NotFoundError, ServiceUnavailableError } from "../errors.ts";
import { log } from "../logging/logger.ts";
import type { DocStore } from "../storage/types.ts";
import { nowIso } from "../utils/clock.ts";

const logger = log("commands");

/** What a server-made change produced. */
export interface PlanChange<T> {
  /** The change as one Yjs update (empty array when nothing changed). */
  update: Uint8Array;
  /** The whole state after the change (the loaded state plus `update`). */
  state: Uint8Array;
  changed: boolean;
  result: T;
}

/**
 * The one way commands, queries and subscribers read or change a plan's Yjs
 * document. With the sync endpoint running in this process (the
 * collaboration role) reads include every acknowledged edit and writes are
 * validated, stored durably and relayed to every connected editor; without it
 * the document is read from and written to the DocStore.
 */
export class PlanDocGateway {
  constructor(
    private readonly docs: DocStore,
    /** The running sync endpoint, or null when this process does not run it. */
    private readonly live: CollabApi | null,
  ) {}

  /** The plan's current state as one update (`Y.encodeStateAsUpdate`), or null for an unknown plan. */
  async state(planId: string): Promise<Uint8Array | null> {
    if (this.live) return this.live.getDocSnapshot(planId);
    const stored = await this.docs.load(planId);
    if (!stored) return null;
    return mergeLogInline(stored.snapshot, stored.updates.map((u) => u.data)).state;
  }

  /** The plan's current state; throws 404 for an unknown plan. */
  async requireState(planId: string): Promise<Uint8Array> {
    const state = await this.state(planId);
    if (!state) throw NotFoundError("Plan not found");
    return state;
  }

  /** The plan's current document as a Y.Doc (the caller destroys it), or null for an unknown plan. */
  async doc(planId: string): Promise<Y.Doc | null> {
    const state = await this.state(planId);
    if (!state) return null;
    const doc = new Y.Doc({ gc: false });
    Y.applyUpdate(doc, state);
    return doc;
  }

  /** A plan doc loaded from its current state (the caller destroys it); throws 404 for an unknown plan. */
  async requireDoc(planId: string): Promise<{ doc: Y.Doc; state: Uint8Array }> {
    const state = await this.requireState(planId);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    return { doc, state };
  }

  /** Run `fn` on a throwaway copy of the plan's document; null when the plan has none. */
  async withDoc<T>(planId: string, fn: (doc: Y.Doc) => T | Promise<T>): Promise<T | null> {
    let doc: Y.Doc | null = null;
    try {
      doc = await this.doc(planId);
      return doc ? await fn(doc) : null;
    } finally {
      doc?.destroy();
    }
  }

  /**
   * Make a change to a plan as the server: load the current state (or `base`)
   * into a private doc, run `change` on it, and write the difference as one
   * update. Concurrent edits by others merge (CRDT). `userId` is recorded as
   * the author (null = the system).
   */
  async change<T>(planId: string, userId: string | null, change: (doc: Y.Doc) => T, base?: Uint8Array): Promise<PlanChange<T>> {
    const state = base ?? (await this.requireState(planId));
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, state);
      const before = Y.encodeStateVector(doc);
      let changed = false;
      doc.on("update", () => {
        changed = true;
      });
      const result = change(doc);
      if (!changed) return { update: new Uint8Array(0), state, changed: false, result };
      const update = Y.encodeStateAsUpdate(doc, before);
      await this.write(planId, update, userId);
      return { update, state: Y.encodeStateAsUpdate(doc), changed: true, result };
    } finally {
      doc.destroy();
    }
  }

  /** Write one server-made update to a plan (through the sync endpoint when it runs, else the store). */
  async write(planId: string, update: Uint8Array, userId: string | null): Promise<void> {
    if (!this.live) {
      await this.docs.append(planId, [{ data: update, userId }], nowIso());
      return;
    }
    try {
      await this.live.applyServerUpdate(planId, update, userId);
    } catch (err) {
      if (err instanceof CollabUpdateRefusedError) {
        logger.error({ planId, reason: err.reason }, "server update refused by the sync endpoint");
        throw ConflictError(`The plan could not be changed (${err.reason})`);
      }
      logger.error({ err, planId }, "server update failed");
      throw ServiceUnavailableError("The plan could not be saved; try again");
    }
  }

  /** Resolves once this node's accepted changes to the plan are stored (at once without a sync endpoint). */
  async flushed(planId: string): Promise<void> {
    await this.live?.flushed(planId);
  }

  /** Open editor connections to the plan on this node. */
  connectionCount(planId: string): number {
    return this.live?.connectionCount(planId) ?? 0;
  }
}
