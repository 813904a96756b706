import { stableStringify } from "../outcomes/hash.ts";
import { pmText } from "../plan/bodyText.ts";
import type { ActionSnapshot, SectionSnapshot, SectionStatus } from "../plan/schema.ts";
import { hasChanges, wordDiff, type TextChange } from "../versions/textDiff.ts";
import type { AgreedSection, AgreementRound } from "./schema.ts";
import { agreedSectionOf, planItemChanges, sectionChanges, type ScopeSource } from "./scopeContent.ts";

/** A section's latest agreement and whether it still holds. */
export interface SectionAgreementState {
  sectionId: string;
  /** Title now (or as agreed, when the section was deleted). */
  title: string;
  roundId: string;
  agreedAt: string;
  /** The content now differs from the agreed content. */
  changed: boolean;
  /** The section was deleted after agreement. */
  removed: boolean;
  /** Title change since agreement, if any. */
  titleChange: { from: string; to: string } | null;
  /** Word diff of the body text, agreed → now (empty when only formatting changed or nothing did). */
  diff: TextChange[];
  /** Everything that changed since agreement (title, text, tags, linked actions), as short sentences. */
  changes: string[];
}

/** Whether the plan-level items (indicators, risks, unlinked actions) of the latest whole-plan agreement still hold. */
export interface PlanItemsAgreementState {
  roundId: string;
  agreedAt: string;
  changed: boolean;
  changes: string[];
}

/** The title and body of a section, canonically (the text part of what agreement fixes; see `scopeContent.ts` for the whole). */
export function agreedContentKey(s: { title: string; body: unknown }): string {
  return stableStringify({ title: s.title.trim(), body: s.body });
}

/**
 * The most recent agreed content of every section, from agreed rounds (a
 * later agreement of a section supersedes an earlier one).
 */
export function latestAgreements(rounds: readonly AgreementRound[]): Map<string, { round: AgreementRound; section: AgreedSection }> {
  const out = new Map<string, { round: AgreementRound; section: AgreedSection }>();
  const agreed = rounds.filter((r) => r.status === "agreed" && r.closedAt).sort((a, b) => a.closedAt!.localeCompare(b.closedAt!));
  for (const round of agreed) for (const section of round.agreedSections) out.set(section.id, { round, section });
  return out;
}

/**
 * Compares each agreed section with its content now. A section counts as
 * changed when its title, body (text or formatting), outcome tags or linked
 * actions differ from what was agreed; the diff is of the text.
 */
export function sectionAgreementStates(
  rounds: readonly AgreementRound[],
  current: readonly SectionSnapshot[],
  actions: readonly ActionSnapshot[] = [],
): SectionAgreementState[] {
  const byId = new Map(current.map((s) => [s.id, s]));
  const out: SectionAgreementState[] = [];
  for (const [sectionId, { round, section }] of latestAgreements(rounds)) {
    const now = byId.get(sectionId) ?? null;
    const changes = sectionChanges(section, now === null ? null : agreedSectionOf(now, actions));
    const changed = changes.length > 0;
    const diff = now === null ? wordDiff(pmText(section.body), "") : changed ? wordDiff(pmText(section.body), pmText(now.body)) : [];
    out.push({
      sectionId,
      title: now?.title ?? section.title,
      roundId: round.id,
      agreedAt: round.closedAt!,
      changed,
      removed: now === null,
      titleChange: now && now.title.trim() !== section.title.trim() ? { from: section.title, to: now.title } : null,
      diff: hasChanges(diff) ? diff : [],
      changes,
    });
  }
  return out;
}

/** The plan-level items of the latest agreed whole-plan round that kept them, compared with the plan now (null when none). */
export function planItemsAgreementState(rounds: readonly AgreementRound[], plan: ScopeSource): PlanItemsAgreementState | null {
  const round = rounds
    .filter((r) => r.status === "agreed" && r.closedAt && r.scope.kind === "plan")
    .sort((a, b) => b.closedAt!.localeCompare(a.closedAt!))[0];
  if (!round?.agreedPlanItems) return null;
  const now = {
    indicators: plan.indicators,
    risks: plan.risks,
    actions: plan.actions.filter((a) => a.sectionId === null || !plan.sections.some((s) => s.id === a.sectionId)),
  };
  const changes = planItemChanges(round.agreedPlanItems, now);
  return { roundId: round.id, agreedAt: round.closedAt!, changed: changes.length > 0, changes };
}

/**
 * The status each section should have given the agreements and content now,
 * where it differs from its current status: agreed-and-unchanged → `agreed`,
 * agreed-then-edited → `changed_since_agreement`. "Agreed" and "Changed since
 * agreement" come from closed rounds only: a section typed as either without
 * an agreement goes back to `draft` (or `in_review` under an open round).
 * Other statuses of sections under an open round or never agreed are left alone.
 */
export function sectionStatusCorrections(
  states: readonly SectionAgreementState[],
  current: readonly SectionSnapshot[],
  inOpenRound: ReadonlySet<string>,
): Array<{ sectionId: string; from: SectionStatus; to: SectionStatus }> {
  const byId = new Map(current.map((s) => [s.id, s]));
  const out: Array<{ sectionId: string; from: SectionStatus; to: SectionStatus }> = [];
  const derived = new Set<string>(["agreed", "changed_since_agreement"]);
  const agreed = new Set(states.map((s) => s.sectionId));
  for (const st of states) {
    const now = byId.get(st.sectionId);
    if (!now || inOpenRound.has(st.sectionId)) continue;
    const want: SectionStatus = st.changed ? "changed_since_agreement" : "agreed";
    if (now.status !== want) out.push({ sectionId: st.sectionId, from: now.status, to: want });
  }
  for (const now of current) {
    if (!derived.has(now.status)) continue;
    if (inOpenRound.has(now.id)) out.push({ sectionId: now.id, from: now.status, to: "in_review" });
    else if (!agreed.has(now.id)) out.push({ sectionId: now.id, from: now.status, to: "draft" });
  }
  return out;
}
