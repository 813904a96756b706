import { getOutcomesModel } from "./model.ts";
import { indexModel, otherEnd } from "./modelIndex.ts";
import type { OutcomesModel, Strength, TermKind, TermStatus } from "./schema.ts";
import { strengthRank } from "./strength.ts";

/** Term kinds a plan can "address" (missions, principles, priorities, clinical areas, ...). */
export const COVERABLE_KINDS: ReadonlySet<TermKind> = new Set<TermKind>([
  "mission",
  "population",
  "clinical_area",
  "cross_cutting",
  "priority",
  "principle",
  "high_level_outcome",
  "mission_target",
  "national_mission",
  "shift",
]);

/** A framework item and how the selected outcomes reach it. */
export interface CoverageItem {
  termId: string;
  label: string;
  kind: TermKind;
  verified: boolean;
  /** Selected outcomes the term serves, strongest first (empty when uncovered). */
  via: { outcomeId: string; linkId: string; strength: Strength; sourced: boolean }[];
}

/** Coverage of one framework. */
export interface FrameworkCoverage {
  frameworkId: string;
  name: string;
  shortName: string;
  status: TermStatus;
  addressed: CoverageItem[];
  uncovered: CoverageItem[];
  total: number;
  /** addressed / total, 0..1. */
  ratio: number;
  /** The framework's indicators that measure a selected outcome, and how many it has in all. */
  indicators: { addressed: string[]; total: number };
}

/** Per-framework coverage of a plan's selected shared outcomes. */
export interface CoverageResult {
  selected: string[];
  /** Selected ids that are not shared outcomes in the model. */
  unknown: string[];
  frameworks: FrameworkCoverage[];
}

/**
 * For each policy framework, which of its items (missions, principles, priorities, clinical areas, ...) the
 * selected shared outcomes address through `serves` links, and which they leave uncovered.
 */
export function coverage(selectedOutcomeIds: readonly string[], model: OutcomesModel = getOutcomesModel()): CoverageResult {
  const idx = indexModel(model);
  const selected = [...new Set(selectedOutcomeIds)];
  const chosen = new Set(selected.filter((id) => idx.outcomes.has(id)));
  const unknown = selected.filter((id) => !idx.outcomes.has(id));
  const frameworks: FrameworkCoverage[] = [];
  for (const fw of model.frameworks) {
    if (fw.kind !== "policy") continue;
    const items = (idx.termsByFramework.get(fw.id) ?? []).filter((t) => COVERABLE_KINDS.has(t.kind));
    const inds = model.indicators.filter((i) => i.framework === fw.id);
    if (items.length === 0 && inds.length === 0) continue;
    const addressed: CoverageItem[] = [];
    const uncovered: CoverageItem[] = [];
    for (const t of items) {
      const via = (idx.linksOf.get(t.id) ?? [])
        .filter((l) => l.kind === "serves" && l.from === t.id && chosen.has(l.to))
        .sort((a, b) => strengthRank(b.strength) - strengthRank(a.strength))
        .map((l) => ({ outcomeId: l.to, linkId: l.id, strength: l.strength, sourced: l.sourced }));
      const item = { termId: t.id, label: t.label, kind: t.kind, verified: t.verified, via };
      (via.length > 0 ? addressed : uncovered).push(item);
    }
    const indicatorIds = new Set(inds.map((i) => i.id));
    const addressedInds = new Set<string>();
    for (const o of chosen) {
      for (const l of idx.linksOf.get(o) ?? []) {
        const other = otherEnd(l, o);
        if (indicatorIds.has(other)) addressedInds.add(other);
      }
    }
    frameworks.push({
      frameworkId: fw.id,
      name: fw.name,
      shortName: fw.shortName,
      status: fw.status,
      addressed,
      uncovered,
      total: items.length,
      ratio: items.length === 0 ? 0 : addressed.length / items.length,
      indicators: { addressed: inds.filter((i) => addressedInds.has(i.id)).map((i) => i.id), total: inds.length },
    });
  }
  return { selected, unknown, frameworks };
}
