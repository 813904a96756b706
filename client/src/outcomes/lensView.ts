import type { Sector } from "@jigsaw/shared/domain/sector";
import { lens, type Outcome, type OutcomesModel, type Term } from "@jigsaw/shared/outcomes/index";

/** The lenses outcomes can be read through: a sector's language, or plain English. */
export const LENSES = ["council", "nhs", "voluntary", "community", "plain"] as const;
/** A lens. */
export type Lens = (typeof LENSES)[number];

/** Labels of the lenses. */
export const LENS_LABELS: Record<Lens, string> = {
  council: "Council",
  nhs: "NHS",
  voluntary: "Voluntary sector",
  community: "Community",
  plain: "Plain English",
};

/** True for a known lens value. */
export function isLens(v: unknown): v is Lens {
  return typeof v === "string" && (LENSES as readonly string[]).includes(v);
}

/** The default lens for a member's sector (plain English for sectors without their own reading). */
export function defaultLensFor(sector: Sector | null | undefined): Lens {
  return isLens(sector) ? sector : "plain";
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
