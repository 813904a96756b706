import * as Y from "yjs";
import { collabFor } from "../collaboration/collabRegistry.ts";
import { mergeLogInline } from "../collaboration/mergeLog.ts";
import type { ServerContext } from "../services/context.ts";

/**
 * The plan's current document state as one update: from the sync endpoint
 * when it runs (the live document if loaded), else snapshot + log from
 * storage. Null for an unknown plan.
 */
export async function readPlanState(ctx: ServerContext, planId: string): Promise<Uint8Array | null> {
  const collab = collabFor(ctx);
  if (collab) return collab.getDocSnapshot(planId);
  const stored = await ctx.storage.docs.load(planId);
  if (!stored) return null;
  return mergeLogInline(stored.snapshot, stored.updates.map((u) => u.data)).state;
}

/** The plan's current document as a Y.Doc (caller destroys it), or null. */
export async function readPlanDoc(ctx: ServerContext, planId: string): Promise<Y.Doc | null> {
  const state = await readPlanState(ctx, planId);
  if (!state) return null;
  const doc = new Y.Doc({ gc: false });
  Y.applyUpdate(doc, state);
  return doc;
}

/** Run `fn` on a throwaway copy of the plan's document; null when the plan has none or it cannot be read. */
export async function withPlanDoc<T>(ctx: ServerContext, planId: string, fn: (doc: Y.Doc) => T | Promise<T>): Promise<T | null> {
  let doc: Y.Doc | null = null;
  try {
    doc = await readPlanDoc(ctx, planId);
    return doc ? await fn(doc) : null;
  } finally {
    doc?.destroy();
  }
}
