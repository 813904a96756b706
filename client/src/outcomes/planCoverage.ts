import { coverage, indexModel, type Framework, type OutcomesModel, type Term } from "@jigsaw/shared/outcomes/index";

/** The frameworks the plan's coverage view reports on, in this order. */
export const PLAN_COVERAGE_FRAMEWORKS = ["FW-GOV2024", "FW-LU", "FW-C20A", "FW-C20C", "FW-MARMOT", "FW-NHS5"] as const;

/** Link kinds that tie an indicator directly to a framework item. */
const DIRECT_INDICATOR_KINDS = new Set(["headline_metric", "supporting_metric", "indicator_for", "same_concept", "same_data_source", "measured_by"]);

/** What the plan holds that coverage reads: sections and actions with their outcomes, indicators with their model id. */
export interface CoveragePlan {
  sections: ReadonlyArray<{ id: string; title: string; outcomes: readonly string[] }>;
  actions: ReadonlyArray<{ id: string; outcomes: readonly string[] }>;
  indicators: ReadonlyArray<{ id: string; label: string; indicatorRef: string | null }>;
}

/** One framework item and what in the plan covers it. */
export interface PlanCoverageItem {
  term: Term;
  covered: boolean;
  /** Sections whose shared outcomes the item serves. */
  sections: Array<{ id: string; title: string }>;
  /** How many actions carry such an outcome. */
  actions: number;
  /** Plan indicators linked to the item, directly or through a shared outcome it serves. */
  indicators: Array<{ id: string; label: string }>;
  /** Shared outcomes in the plan the item serves. */
  outcomes: string[];
  /** false when a link the coverage rests on is unconfirmed or a proposal. */
  confirmed: boolean;
}

/** One framework's coverage. */
export interface PlanFrameworkCoverage {
  framework: Framework;
  items: PlanCoverageItem[];
  covered: number;
}

/**
 * Per framework (national missions, Levelling Up missions, Core20PLUS5 adults and CYP, Marmot principles, NHS
 * priorities): which items the plan covers, through the shared outcomes its sections and actions carry (the
 * `serves` links `coverage()` follows) or through an indicator in the plan linked to the item, and which it leaves
 * uncovered.
 */
export function planCoverage(plan: CoveragePlan, model: OutcomesModel): PlanFrameworkCoverage[] {
  const idx = indexModel(model);
  const planOutcomes = new Set([...plan.sections.flatMap((s) => s.outcomes), ...plan.actions.flatMap((a) => a.outcomes)]);
  const result = coverage([...planOutcomes], model);
  const byFw = new Map(result.frameworks.map((f) => [f.frameworkId, f]));
  const out: PlanFrameworkCoverage[] = [];
  for (const fwId of PLAN_COVERAGE_FRAMEWORKS) {
    const fw = idx.frameworks.get(fwId);
    const cov = byFw.get(fwId);
    if (!fw || !cov) continue;
    const items = [...cov.addressed, ...cov.uncovered]
      .map((c) => {
        const term = idx.terms.get(c.termId)!;
        const outcomes = c.via.map((v) => v.outcomeId);
        const viaOutcomes = new Set(outcomes);
        const sections = plan.sections.filter((s) => s.outcomes.some((o) => viaOutcomes.has(o))).map((s) => ({ id: s.id, title: s.title }));
        const actions = plan.actions.filter((a) => a.outcomes.some((o) => viaOutcomes.has(o))).length;
        const indicatorIds = new Set<string>();
        for (const l of idx.linksOf.get(term.id) ?? []) {
          if (l.from === term.id && DIRECT_INDICATOR_KINDS.has(l.kind) && idx.indicators.has(l.to)) indicatorIds.add(l.to);
        }
        for (const o of viaOutcomes) {
          for (const l of idx.linksOf.get(o) ?? []) if (l.from === o && l.kind === "measured_by") indicatorIds.add(l.to);
        }
        const indicators = plan.indicators
          .filter((i) => i.indicatorRef !== null && indicatorIds.has(i.indicatorRef))
          .map((i) => ({ id: i.id, label: i.label || idx.indicators.get(i.indicatorRef!)?.name || "Indicator" }));
        const covered = sections.length > 0 || actions > 0 || indicators.length > 0;
        const confirmed = c.via.every((v) => {
          const link = idx.links.get(v.linkId);
          return link !== undefined && link.verified && link.sourced;
        });
        return { term, covered, sections, actions, indicators, outcomes, confirmed };
      })
      .sort((a, b) => model.terms.indexOf(a.term) - model.terms.indexOf(b.term));
    out.push({ framework: fw, items, covered: items.filter((i) => i.covered).length });
  }
  return out;
}
