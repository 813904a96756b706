import type * as Y from "yjs";
import { PlanTemplateSchema } from "../domain/plan.ts";
import { planRoots } from "./roots.ts";
import type { PlanMeta } from "./schema.ts";
import { readString } from "./yValues.ts";

/** Reads `meta` defensively (missing or wrong values become defaults; schemaVersion 0 = unknown). */
export function readMeta(doc: Y.Doc): PlanMeta {
  const m = planRoots(doc).meta;
  const v = m.get("schemaVersion");
  const template = PlanTemplateSchema.safeParse(m.get("template"));
  return {
    schemaVersion: typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : 0,
    title: readString(m.get("title")),
    template: template.success ? template.data : "blank",
    place: readString(m.get("place")),
    createdAt: readString(m.get("createdAt")),
  };
}

/**
 * Sets meta fields. Server-side only: `checkPlanUpdate` rejects client writes under
 * `meta` by default (e.g. call this when the plan is renamed through the REST API).
 */
export function setMeta(doc: Y.Doc, patch: Partial<Omit<PlanMeta, "schemaVersion">> & { schemaVersion?: number }): void {
  const m = planRoots(doc).meta;
  doc.transact(() => {
    for (const [k, v] of Object.entries(patch)) if (v !== undefined && m.get(k) !== v) m.set(k, v);
  });
}
