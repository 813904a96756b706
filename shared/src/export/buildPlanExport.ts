import { indexModel } from "../outcomes/modelIndex.ts";
import { getOutcomesModel } from "../outcomes/model.ts";
import { lens as lensOf, type LensTerm } from "../outcomes/lens.ts";
import { linkMark, weakerMark, type TrustMark } from "../outcomes/marks.ts";
import type { OutcomesModel } from "../outcomes/schema.ts";
import type { PlanTemplate } from "../domain/plan.ts";
import { pmText } from "../plan/bodyText.ts";
import type { PlanSnapshot } from "../plan/schema.ts";
import type { SignOffRecord, VersionKind } from "../versions/schema.ts";
import { EXPORT_FORMAT_ID, EXPORT_SCHEMA_VERSION, type ExportLens, type PlanExport } from "./exportSchema.ts";

/** Sectors shown when the lens is "all". */
export const ALL_LENS_SECTORS = ["council", "nhs", "voluntary", "community"] as const;

/** An open comment thread for the appendix. */
export interface ExportCommentThread {
  id: string;
  sectionId: string | null;
  quote: string | null;
  comments: Array<{ author: string; organisation: string | null; at: string; text: string }>;
}

/** Everything an export is made from (plain JSON: it crosses into the export worker). */
export interface PlanExportInput {
  generatedAt: string;
  partnership: { name: string; place: string };
  plan: { id: string; title: string; template: PlanTemplate };
  version: { id: string | null; kind: VersionKind | "draft"; name: string; createdAt: string; contentHash: string };
  snapshot: PlanSnapshot;
  signOff: SignOffRecord | null;
  lens: ExportLens;
  /** null = comments not asked for. */
  comments: ExportCommentThread[] | null;
}

/**
 * The export document (the JSON format, and the model every other format
 * renders): plan content in display order, the outcomes the plan uses, a
 * crosswalk of those outcomes and of the plan's model-linked indicators in
 * the chosen lens (or every sector's), the sign-off record and, when asked,
 * the open comment threads.
 */
export function buildPlanExport(input: PlanExportInput, model: OutcomesModel = getOutcomesModel()): PlanExport {
  const idx = indexModel(model);
  const snap = input.snapshot;
  const lenses: string[] = input.lens === "all" ? [...ALL_LENS_SECTORS] : [input.lens];

  const usedBy = new Map<string, string[]>();
  const use = (outcomeId: string, by: string) => {
    const list = usedBy.get(outcomeId) ?? [];
    if (!list.includes(by)) list.push(by);
    usedBy.set(outcomeId, list);
  };
  for (const s of snap.sections) for (const o of s.outcomes) use(o, s.id);
  for (const a of snap.actions) for (const o of a.outcomes) use(o, a.id);

  const outcomes = [...usedBy].map(([id, by]) => {
    const o = idx.outcomes.get(id);
    return { id, label: o?.label ?? id, plainEnglish: o?.plainEnglish ?? "Not in the outcomes model", usedBy: by };
  });

  type Cell = PlanExport["crosswalk"]["rows"][number]["cells"][number];
  const termMark = (t: LensTerm): TrustMark => (!t.verified || t.confidence === "unconfirmed" ? "unconfirmed" : t.confidence === "proposal" || !t.sourced ? "proposed" : "verified");
  const none = (target: string, label: string, text: string): Cell => ({ lens: target, label, text, confidence: "none", mark: "none", terms: [] });
  const cell = (itemId: string, fallback: string, target: string): Cell => {
    const r = lensOf(itemId, target, model);
    if (!r) return none(target, fallback, "Not in the outcomes model");
    const mark: Cell["mark"] = r.confidence === "none" ? "none" : !r.verified ? "unconfirmed" : r.sourced ? "verified" : "proposed";
    const terms = r.terms.map((t) => ({ id: t.termId, label: t.label, framework: t.framework, status: idx.terms.get(t.termId)?.status ?? "current", mark: termMark(t) }));
    return { lens: target, label: r.label, text: r.text, confidence: r.confidence, mark, terms };
  };
  const rows: PlanExport["crosswalk"]["rows"] = [];
  for (const o of outcomes) rows.push({ item: { type: "outcome", id: o.id, label: o.label }, cells: lenses.map((l) => cell(o.id, o.label, l)) });
  // An indicator reads, in each lens, as the shared outcome it measures.
  const measuredBy = (ref: string) =>
    (idx.linksOf.get(ref) ?? []).find((l) => l.to === ref && l.kind === "measured_by" && idx.outcomes.has(l.from)) ?? null;
  for (const i of snap.indicators) {
    if (!i.indicatorRef) continue;
    const link = measuredBy(i.indicatorRef);
    const indicator = idx.indicators.get(i.indicatorRef);
    const cells = lenses.map((l): Cell => {
      if (!link) return none(l, i.label, "Not linked to a shared outcome in the model");
      const c = cell(link.from, i.label, l);
      // The cell is no surer than the link from the outcome to the indicator, nor than the indicator itself.
      let routeMark = linkMark(link);
      if (indicator && !indicator.verified) routeMark = weakerMark(routeMark, "unconfirmed");
      const mark = c.mark === "none" ? routeMark : weakerMark(c.mark, routeMark);
      return { ...c, mark, text: `Measures: ${c.label}. ${c.text}` };
    });
    rows.push({ item: { type: "indicator", id: i.id, label: i.label }, cells });
  }

  const titles = new Map(snap.sections.map((s) => [s.id, s.title]));
  return {
    format: EXPORT_FORMAT_ID,
    schemaVersion: EXPORT_SCHEMA_VERSION,
    generatedAt: input.generatedAt,
    partnership: input.partnership,
    plan: { id: input.plan.id, title: snap.meta.title || input.plan.title, template: input.plan.template, place: snap.meta.place || input.partnership.place },
    planMeta: snap.meta,
    version: { ...input.version, agreed: input.version.kind === "agreed" },
    sections: snap.sections.map((s) => ({ id: s.id, title: s.title, status: s.status, outcomes: s.outcomes, body: s.body, text: pmText(s.body) })),
    actions: snap.actions,
    indicators: snap.indicators,
    risks: snap.risks,
    outcomes,
    crosswalk: { lenses, rows },
    signOff: input.signOff,
    comments: {
      included: input.comments !== null,
      threads: (input.comments ?? []).map((t) => ({ ...t, sectionTitle: t.sectionId ? (titles.get(t.sectionId) ?? null) : null })),
    },
  };
}
