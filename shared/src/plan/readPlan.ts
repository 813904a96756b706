import type * as Y from "yjs";
import { readActions } from "./actions.ts";
import { readIndicators } from "./indicators.ts";
import { readMeta } from "./meta.ts";
import { readRisks } from "./risks.ts";
import { planRoots } from "./roots.ts";
import type { PlanSnapshot, SectionSnapshot } from "./schema.ts";
import { readSectionMap, sectionIds } from "./sections.ts";

/** All sections in display order. */
export function readSections(doc: Y.Doc): SectionSnapshot[] {
  const sections = planRoots(doc).sections;
  return sectionIds(doc).map((id) => readSectionMap(id, sections.get(id) as Y.Map<unknown>));
}

/**
 * Plain JSON read of the whole plan, in display order. Reads defensively: whatever
 * a peer wrote, the result always matches `PlanSnapshotSchema` (invalid fields fall
 * back to defaults, duplicate/dangling order ids are ignored). Never throws on content.
 */
export function readPlan(doc: Y.Doc): PlanSnapshot {
  return {
    meta: readMeta(doc),
    sections: readSections(doc),
    actions: readActions(doc),
    indicators: readIndicators(doc),
    risks: readRisks(doc),
  };
}
