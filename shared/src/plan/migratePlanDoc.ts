import type * as Y from "yjs";
import { ACTION_SPEC } from "./actions.ts";
import { INDICATOR_SPEC } from "./indicators.ts";
import { readMeta, setMeta } from "./meta.ts";
import { convertRecordTexts } from "./records.ts";
import { RISK_SPEC } from "./risks.ts";
import { PLAN_SCHEMA_VERSION } from "./schema.ts";
import { TEXT_CONVERSION_ORIGIN } from "./textFields.ts";

/** What `migratePlanDoc` did. */
export interface PlanMigration {
  from: number;
  to: number;
  /** Free-text fields converted from plain strings to `Y.Text`. */
  convertedTexts: number;
}

/**
 * Brings a stored plan document up to `PLAN_SCHEMA_VERSION`, server-side (it writes
 * `meta.schemaVersion`, which only the server may). Returns null when the document
 * is already current (or has no version and nothing to convert), so a server can
 * run it on every load and it does its work once per document. Version 1 → 2: every free-text field of actions, risks and
 * indicators held as a plain string becomes a `Y.Text` with the same text, by the
 * deterministic conversion of textFields.ts, so a client converting the same field
 * at the same time (or offline) writes the very same items and nothing is lost.
 * Readers give the same snapshot before and after (agreement hashes do not move).
 * Do not call it inside a transaction.
 */
export function migratePlanDoc(doc: Y.Doc): PlanMigration | null {
  const from = readMeta(doc).schemaVersion;
  if (from >= PLAN_SCHEMA_VERSION) return null;
  let convertedTexts = 0;
  for (const spec of [ACTION_SPEC, RISK_SPEC, INDICATOR_SPEC] as const) convertedTexts += convertRecordTexts(doc, spec as Parameters<typeof convertRecordTexts>[1]);
  // A doc that never had a version (not made by createPlanDoc, e.g. a bare test doc) is left alone if nothing changed.
  if (from === 0 && convertedTexts === 0) return null;
  doc.transact(() => setMeta(doc, { schemaVersion: PLAN_SCHEMA_VERSION }), TEXT_CONVERSION_ORIGIN);
  return { from, to: PLAN_SCHEMA_VERSION, convertedTexts };
}
