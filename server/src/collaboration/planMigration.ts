/** Plan schema migration on load: brings a plan stored under an older schema up to date, once, as the server's own validated update. */
import * as Y from "yjs";
import { migratePlanDoc, PLAN_SCHEMA_VERSION, readMeta, type PlanMigration } from "@jigsaw/shared/plan/index";
import { log } from "../logging/logger.ts";
import type { UpdateRefusal } from "./messageRouter.ts";

const logger = log("collaboration");

/**
 * What a loaded plan needs to reach the current schema, as one update the server
 * applies as its own (validated, stored, relayed like any server change), or null
 * when the plan is current. Worked out on a copy so the live doc changes only
 * through that update. Once applied, `meta.schemaVersion` records it: the next
 * load finds nothing to do. The conversion is deterministic (see
 * shared/src/plan/textFields.ts), so clients converting the same fields
 * meanwhile, online or offline, write the same items and lose nothing.
 */
export function planMigrationUpdate(doc: Y.Doc): { update: Uint8Array; migration: PlanMigration } | null {
  if (readMeta(doc).schemaVersion >= PLAN_SCHEMA_VERSION) return null;
  const copy = new Y.Doc({ gc: doc.gc });
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    const before = Y.encodeStateVector(copy);
    const migration = migratePlanDoc(copy);
    return migration && { update: Y.encodeStateAsUpdate(copy, before), migration };
  } finally {
    copy.destroy();
  }
}

/** Bring a loaded plan stored under an older schema up to date, once, through `accept` (the server's own change). */
export function migrateOnLoad(doc: Y.Doc, planId: string, accept: (update: Uint8Array) => UpdateRefusal | null): void {
  const m = planMigrationUpdate(doc);
  if (!m) return;
  const refused = accept(m.update);
  if (refused) logger.error({ planId, ...refused }, "plan migration refused");
  else logger.info({ planId, ...m.migration }, "plan migrated");
}
