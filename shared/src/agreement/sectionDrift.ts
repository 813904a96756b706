import { stableStringify } from "../outcomes/hash.ts";
import { pmText } from "../plan/bodyText.ts";
import type { SectionSnapshot, SectionStatus } from "../plan/schema.ts";
import { hasChanges, wordDiff, type TextChange } from "../versions/textDiff.ts";
import type { AgreedSection, AgreementRound } from "./schema.ts";

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
}

/** The content that agreement fixes: title and body (status and outcomes are workflow/metadata). */
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
 * changed when its title or body (text or formatting) differs from what was
 * agreed; the diff is of the text.
 */
export function sectionAgreementStates(rounds: readonly AgreementRound[], current: readonly SectionSnapshot[]): SectionAgreementState[] {
  const byId = new Map(current.map((s) => [s.id, s]));
  const out: SectionAgreementState[] = [];
  for (const [sectionId, { round, section }] of latestAgreements(rounds)) {
    const now = byId.get(sectionId) ?? null;
    const changed = now === null || agreedContentKey(now) !== agreedContentKey(section);
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
    });
  }
  return out;
}

/**
 * The status each section should have given the agreements and content now,
 * where it differs from its current status: agreed-and-unchanged → `agreed`,
 * agreed-then-edited → `changed_since_agreement`. Sections under an open round
 * are left alone (they are `in_review`), and so are sections never agreed.
 */
export function sectionStatusCorrections(
  states: readonly SectionAgreementState[],
  current: readonly SectionSnapshot[],
  inOpenRound: ReadonlySet<string>,
): Array<{ sectionId: string; from: SectionStatus; to: SectionStatus }> {
  const byId = new Map(current.map((s) => [s.id, s]));
  const out: Array<{ sectionId: string; from: SectionStatus; to: SectionStatus }> = [];
  for (const st of states) {
    const now = byId.get(st.sectionId);
    if (!now || inOpenRound.has(st.sectionId)) continue;
    const want: SectionStatus = st.changed ? "changed_since_agreement" : "agreed";
    if (now.status !== want) out.push({ sectionId: st.sectionId, from: now.status, to: want });
  }
  return out;
}
