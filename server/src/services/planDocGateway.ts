import * as Y from "yjs";
import { collabFor } from "../collaboration/collabRegistry.ts";
import { CollabUpdateRefusedError } from "../collaboration/collabApi.ts";
import { ConflictError, NotFoundError, ServiceUnavailableError } from "../errors.ts";
import { log } from "../logging/logger.ts";
import type { ServerContext } from "../services/context.ts";
import { nowIso } from "../utils/clock.ts";

const logger = log("commands");

/**
 * The plan's current state (`Y.encodeStateAsUpdate`): from the running sync
 * endpoint when attached (so it includes every acknowledged edit), else merged
 * from the DocStore. Throws 404 for an unknown plan.
 */
export async function loadPlanState(ctx: ServerContext, planId: string): Promise<Uint8Array> {
  const collab = collabFor(ctx);
  if (collab) {
    const state = await collab.getDocSnapshot(planId);
    if (!state) throw NotFoundError("Plan not found");
    return state;
  }
  const stored = await ctx.storage.docs.load(planId);
  if (!stored) throw NotFoundError("Plan not found");
  const doc = new Y.Doc();
  try {
    doc.transact(() => {
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
      for (const u of stored.updates) Y.applyUpdate(doc, u.data);
    });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/** A plan doc loaded from its current state (caller destroys it). */
export async function loadPlanDoc(ctx: ServerContext, planId: string): Promise<{ doc: Y.Doc; state: Uint8Array }> {
  const state = await loadPlanState(ctx, planId);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return { doc, state };
}

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
 * Make a change to a plan as the server: load the current state into a
 * private doc, run `change` on it, and write the difference as one update
 * through the sync endpoint (`applyServerUpdate`: validated, stored durably,
 * relayed to every connected editor) or, without one, straight to the DocStore.
 * Concurrent edits by others merge (CRDT). `userId` is recorded as the author
 * (null = the system).
 */
export async function changePlan<T>(
  ctx: ServerContext,
  planId: string,
  userId: string | null,
  change: (doc: Y.Doc) => T,
  base?: Uint8Array,
): Promise<PlanChange<T>> {
  const state = base ?? (await loadPlanState(ctx, planId));
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
    await writePlanUpdate(ctx, planId, update, userId);
    return { update, state: Y.encodeStateAsUpdate(doc), changed: true, result };
  } finally {
    doc.destroy();
  }
}

/** Write one server-made update to a plan (sync endpoint if running, else the store). */
export async function writePlanUpdate(ctx: ServerContext, planId: string, update: Uint8Array, userId: string | null): Promise<void> {
  const collab = collabFor(ctx);
  if (!collab) {
    await ctx.storage.docs.append(planId, [{ data: update, userId }], nowIso());
    return;
  }
  try {
    await collab.applyServerUpdate(planId, update, userId);
  } catch (err) {
    if (err instanceof CollabUpdateRefusedError) {
      logger.error({ planId, reason: err.reason }, "server update refused by the sync endpoint");
      throw ConflictError(`The plan could not be changed (${err.reason})`);
    }
    logger.error({ err, planId }, "server update failed");
    throw ServiceUnavailableError("The plan could not be saved; try again");
  }
}
