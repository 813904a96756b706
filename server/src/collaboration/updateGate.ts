/** The update gate: validates an update (plan rules, client-id ownership) and applies it into the document, or says why it is refused. */
import * as Y from "yjs";
import { checkPlanUpdate } from "@jigsaw/shared/plan/index";
import type { ClientOwners } from "./clientOwners.ts";
import type { DocConnection } from "./docConnection.ts";
import type { UpdateRefusal } from "./messageRouter.ts";
import type { Durability, UpdateLog } from "./updateLog.ts";

/** Origin of server-made changes (restore a version). */
const SERVER_ORIGIN = Symbol("server");

/**
 * Validate and apply `update` by `userId` (from `origin`, null for the server, which alone may
 * write `meta`): the update log records what it changed for this turn's group commit. Returns
 * why it was refused; the doc is then unchanged.
 */
export function admitUpdate(
  doc: Y.Doc,
  log: UpdateLog,
  owners: ClientOwners,
  update: Uint8Array,
  userId: string | null,
  origin: DocConnection | null,
  done?: Durability,
): UpdateRefusal | null {
  const check = checkPlanUpdate(doc, update, { allowMetaWrites: origin === null });
  if (!check.ok) return check.detail === undefined ? { reason: check.reason } : { reason: check.reason, detail: check.detail };
  let meta: { to: Map<number, number> };
  try {
    meta = Y.parseUpdateMeta(update);
  } catch {
    return { reason: "malformed" };
  }
  const writers = owners.newWriters(doc, meta, userId);
  if ("foreign" in writers) return { reason: "foreign_client", detail: String(writers.foreign) };
  const before = log.generation;
  try {
    log.record(userId, origin, done, () => Y.applyUpdate(doc, update, origin ?? SERVER_ORIGIN));
  } catch (err) {
    // Refused for this sender only. Yjs cleans up its transaction even when it throws: what it
    // integrated before the throw (if anything) was logged as an ordinary update, so it is
    // committed and relayed like any other and the doc stays what storage holds.
    dropPending(doc);
    return { reason: "apply_failed", detail: err instanceof Error ? err.message : String(err) };
  }
  if (dropPending(doc)) {
    // never integrated (Yjs keeps them aside): forgetting them leaves the doc as it was
    return { reason: "missing_dependency", detail: "left pending after validation" };
  }
  owners.wrote(writers.clients, userId);
  // nothing new (already contained): durable already, once earlier changes are
  if (log.generation === before && done) log.whenGenerationDurable(before, done.resolve);
  return null;
}

/** Forget structs or deletions an update left pending (never integrated). True when there were some. */
function dropPending(doc: Y.Doc): boolean {
  const store = doc.store;
  if (store.pendingStructs === null && store.pendingDs === null) return false;
  store.pendingStructs = null;
  store.pendingDs = null;
  return true;
}
