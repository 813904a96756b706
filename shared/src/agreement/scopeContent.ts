import { stableStringify } from "../outcomes/hash.ts";
import { pmText } from "../plan/bodyText.ts";
import { EMPTY_SERIES_FIELDS } from "../plan/indicatorSeries.ts";
import type { ActionSnapshot, IndicatorSnapshot, PlanSnapshot, RiskSnapshot } from "../plan/schema.ts";
import type { StaleResponse } from "./presented.ts";
import type { AgreedPlanItems, AgreedSection, AgreementRound, AgreementScope, ScopeContent } from "./schema.ts";
import { sameOrganisation, scopeSectionIds } from "./stateMachine.ts";

/** A scope's content now and its SHA-256 (hex) over `scopeContentKey` (the server computes the hash). */
export interface ScopeNow {
  hash: string;
  content: ScopeContent;
}

/*
 * What a round agrees: for each covered section its title, body, outcome tags
 * and linked actions; for a whole-plan round also the plan-level indicators,
 * risks and actions not linked to any section. The same content is hashed
 * when an organisation responds (so a response is tied to the text it was
 * given on) and kept at close (so later edits show as "changed since
 * agreement"). Section status is workflow, not content, and is left out.
 */

/** The plan parts scope content is read from. */
export type ScopeSource = Pick<PlanSnapshot, "sections" | "actions" | "indicators" | "risks">;

/** A section's agreed content (title, body, tags, linked actions). */
export function agreedSectionOf(section: PlanSnapshot["sections"][number], actions: readonly ActionSnapshot[]): AgreedSection {
  return {
    id: section.id,
    title: section.title,
    body: section.body,
    outcomes: [...section.outcomes],
    actions: actions.filter((a) => a.sectionId === section.id),
  };
}

/** The content a scope covers in `plan` now. */
export function scopeContentOf(plan: ScopeSource, scope: AgreementScope): ScopeContent {
  const wanted = scopeSectionIds(scope);
  const sections = plan.sections.filter((s) => wanted === null || wanted.includes(s.id)).map((s) => agreedSectionOf(s, plan.actions));
  const planItems: AgreedPlanItems | null =
    wanted === null
      ? { indicators: [...plan.indicators], risks: [...plan.risks], actions: plan.actions.filter((a) => a.sectionId === null || !plan.sections.some((s) => s.id === a.sectionId)) }
      : null;
  return { sections, planItems };
}

/** Canonical JSON of scope content (keys sorted, titles trimmed): equal content, equal key. The server hashes this. */
export function scopeContentKey(content: ScopeContent): string {
  return stableStringify({
    sections: content.sections.map((s) => ({ ...s, title: s.title.trim() })),
    planItems: content.planItems && { ...content.planItems, indicators: content.planItems.indicators.map(withoutEmptySeriesFields) },
  });
}

/**
 * An indicator without the series fields that hold their defaults, so content
 * hashed before indicators had series hashes the same today.
 */
function withoutEmptySeriesFields(i: IndicatorSnapshot): Partial<IndicatorSnapshot> {
  const out: Partial<IndicatorSnapshot> = { ...i };
  for (const [k, v] of Object.entries(EMPTY_SERIES_FIELDS)) {
    const key = k as keyof IndicatorSnapshot;
    if (stableStringify(out[key]) === stableStringify(v)) delete out[key];
  }
  return out;
}

function same(a: unknown, b: unknown): boolean {
  return stableStringify(a) === stableStringify(b);
}

function itemChanges<T extends { id: string }>(
  noun: string,
  label: (x: T) => string,
  before: readonly T[],
  after: readonly T[],
  fields: ReadonlyArray<[keyof T & string, string]>,
): string[] {
  const out: string[] = [];
  const now = new Map(after.map((x) => [x.id, x]));
  const was = new Map(before.map((x) => [x.id, x]));
  for (const b of before) {
    const a = now.get(b.id);
    if (!a) {
      out.push(`${noun} “${label(b)}” removed`);
      continue;
    }
    if (same(a, b)) continue;
    const changed = fields.filter(([k]) => !same(a[k], b[k])).map(([, name]) => name);
    out.push(`${noun} “${label(a)}” changed${changed.length ? ` (${changed.join(", ")})` : ""}`);
  }
  for (const a of after) if (!was.has(a.id)) out.push(`${noun} “${label(a)}” added`);
  return out;
}

const ACTION_FIELDS: ReadonlyArray<[keyof ActionSnapshot & string, string]> = [
  ["title", "title"],
  ["leadOrganisation", "lead organisation"],
  ["partnerOrganisations", "partners"],
  ["sector", "sector"],
  ["dueDate", "due date"],
  ["status", "status"],
  ["outcomes", "outcomes"],
  ["indicators", "indicators"],
];
const INDICATOR_FIELDS: ReadonlyArray<[keyof IndicatorSnapshot & string, string]> = [
  ["label", "label"],
  ["indicatorRef", "reference"],
  ["unit", "unit"],
  ["baseline", "baseline"],
  ["target", "target"],
  ["latest", "latest"],
  ["notes", "notes"],
  ["series", "values"],
  ["baselinePeriod", "baseline period"],
  ["targetYear", "target year"],
  ["polarity", "polarity"],
  ["comparator", "comparator"],
  ["area", "area"],
  ["source", "source"],
];
const RISK_FIELDS: ReadonlyArray<[keyof RiskSnapshot & string, string]> = [
  ["title", "title"],
  ["likelihood", "likelihood"],
  ["impact", "impact"],
  ["mitigation", "mitigation"],
  ["owner", "owner"],
];

/**
 * What changed in one section between `agreed` and `now` (null: the section
 * was deleted), as short sentences. Tags and actions are compared only when
 * the agreed record kept them.
 */
export function sectionChanges(agreed: AgreedSection, now: AgreedSection | null): string[] {
  if (now === null) return [`Section “${agreed.title}” removed`];
  const out: string[] = [];
  if (agreed.title.trim() !== now.title.trim()) out.push(`Title changed from “${agreed.title}” to “${now.title}”`);
  if (!same(agreed.body, now.body)) out.push(pmText(agreed.body) === pmText(now.body) ? "Text formatting changed" : "Text changed");
  if (agreed.outcomes !== undefined && !same(agreed.outcomes, now.outcomes ?? [])) out.push("Outcome tags changed");
  if (agreed.actions !== undefined) out.push(...itemChanges<ActionSnapshot>("Action", (a) => a.title, agreed.actions, now.actions ?? [], ACTION_FIELDS));
  return out;
}

/** What changed in the plan-level items (indicators, risks, unlinked actions). */
export function planItemChanges(agreed: AgreedPlanItems, now: AgreedPlanItems): string[] {
  return [
    ...itemChanges<IndicatorSnapshot>("Indicator", (i) => i.label, agreed.indicators, now.indicators, INDICATOR_FIELDS),
    ...itemChanges<RiskSnapshot>("Risk", (r) => r.title, agreed.risks, now.risks, RISK_FIELDS),
    ...itemChanges<ActionSnapshot>("Action", (a) => a.title, agreed.actions, now.actions, ACTION_FIELDS),
  ];
}

/** Everything that changed between two contents of the same scope, as short sentences ("Section “Vision”: Text changed"). */
export function scopeChanges(before: ScopeContent, after: ScopeContent): string[] {
  const out: string[] = [];
  const now = new Map(after.sections.map((s) => [s.id, s]));
  for (const b of before.sections) {
    for (const c of sectionChanges(b, now.get(b.id) ?? null)) out.push(c.startsWith("Section ") ? c : `Section “${b.title}”: ${c}`);
  }
  for (const a of after.sections) if (!before.sections.some((b) => b.id === a.id)) out.push(`Section “${a.title}” added`);
  if (before.planItems && after.planItems) out.push(...planItemChanges(before.planItems, after.planItems));
  return out;
}

/**
 * The responses of an open round given on other content than `now`, each with
 * what changed since (from the content kept at response time).
 */
export function staleResponses(round: AgreementRound, now: ScopeNow): StaleResponse[] {
  const out: StaleResponse[] = [];
  for (const r of round.responses) {
    if (r.contentHash === null || r.contentHash === now.hash) continue;
    const then = round.contents.find((c) => c.hash === r.contentHash)?.content;
    out.push({
      organisation: r.organisation,
      kind: r.kind,
      at: r.at,
      by: r.by.displayName,
      changes: then ? scopeChanges(then, now.content) : ["The text changed since this response"],
    });
  }
  return out.sort((a, b) => round.requiredOrganisations.findIndex((o) => sameOrganisation(o, a.organisation)) - round.requiredOrganisations.findIndex((o) => sameOrganisation(o, b.organisation)));
}
