import { stableStringify } from "../outcomes/hash.ts";
import type { PlanSnapshot } from "../plan/schema.ts";
import type { PlanExport } from "./exportSchema.ts";

/**
 * The plan snapshot a JSON export was made from, rebuilt from the export
 * alone: `planMeta`, the sections without their derived `text`, and the
 * actions, indicators and risks as exported.
 */
export function snapshotOfExport(e: Pick<PlanExport, "planMeta" | "sections" | "actions" | "indicators" | "risks">): PlanSnapshot {
  return {
    meta: e.planMeta,
    sections: e.sections.map((s) => ({ id: s.id, title: s.title, status: s.status, outcomes: s.outcomes, body: s.body })),
    actions: e.actions,
    indicators: e.indicators,
    risks: e.risks,
  };
}

/**
 * The exact text whose SHA-256 (hex, UTF-8) is the export's
 * `version.contentHash`: the snapshot as canonical JSON (keys sorted, no
 * spaces, undefined left out).
 */
export function exportHashInput(e: Pick<PlanExport, "planMeta" | "sections" | "actions" | "indicators" | "risks">): string {
  return stableStringify(snapshotOfExport(e));
}
