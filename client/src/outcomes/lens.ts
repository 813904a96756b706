import { getOutcomesModel, indexModel, lens, type Outcome, type OutcomesModel, type Term } from "@jigsaw/shared/outcomes/index";
import type { Lens } from "./lenses.ts";

// The lens names live apart from the outcomes model (./lenses.ts), so the plan editor can load before the model.
export { defaultLens, isLens, LENS_LABELS, LENSES, type Lens } from "./lenses.ts";

/** An outcome tag as read through a lens. */
export interface OutcomeView {
  id: string;
  /** The short tag text in the lens's language. */
  label: string;
  /** A longer explanation (tooltip / details). */
  detail: string;
  /** The neutral shared-outcome name. */
  neutral: string;
  /** false when anything the reading rests on is unconfirmed. */
  verified: boolean;
  /** false when the id is not in the outcomes model. */
  known: boolean;
}

/**
 * Express a shared outcome through a lens with `lens()` from the outcomes
 * model; "plain" uses the outcome's plain-English sentence. Unknown ids are
 * shown as they are, marked unknown.
 */
export function viewOutcome(id: string, which: Lens, model: OutcomesModel = getOutcomesModel()): OutcomeView {
  const outcome = indexModel(model).outcomes.get(id);
  if (!outcome) return { id, label: id, detail: "Not in the outcomes model", neutral: id, verified: false, known: false };
  if (which === "plain") {
    return { id, label: outcome.label, detail: outcome.plainEnglish, neutral: outcome.label, verified: true, known: true };
  }
  const r = lens(id, which, model);
  if (!r) return { id, label: outcome.label, detail: outcome.plainEnglish, neutral: outcome.label, verified: true, known: true };
  return { id, label: r.label, detail: r.text, neutral: outcome.label, verified: r.verified, known: true };
}

/** Every shared outcome in the model (id and neutral label), for pickers. */
export function sharedOutcomes(model: OutcomesModel = getOutcomesModel()): Array<{ id: string; label: string }> {
  return model.outcomes.map((o) => ({ id: o.id, label: o.label }));
}

/** A shared outcome worded for a lens: the short wording and the neutral name under it. */
export interface OutcomeWording {
  /** What to show. */
  text: string;
  /** The neutral shared-outcome name (shown small when it differs). */
  neutral: string;
  /** The plain-English sentence. */
  plain: string;
}

/** How a shared outcome reads through a lens: the sector's reading, or the neutral label for plain English. */
export function outcomeWording(o: Outcome, which: Lens): OutcomeWording {
  const text = which === "plain" ? o.label : (o.readings[which as keyof Outcome["readings"]] ?? o.label);
  return { text, neutral: o.label, plain: o.plainEnglish };
}

/** How a framework term reads through a lens: a one-line translation, or null when the model has no route. */
export function termWording(t: Term, which: Lens, model: OutcomesModel): { label: string; text: string; verified: boolean } | null {
  if (which === "plain") return t.plainEnglish ? { label: t.label, text: t.plainEnglish, verified: t.verified } : null;
  const r = lens(t.id, which, model);
  if (!r || r.confidence === "none") return null;
  return { label: r.label, text: r.text, verified: r.verified };
}
