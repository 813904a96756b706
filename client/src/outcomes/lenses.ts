/** The lenses outcome tags are read through, and their names: apart from the outcomes model, so the plan editor can load before the model. */
import type { Sector } from "@jigsaw/shared/domain/sector";

/** The lenses people can read outcome tags through. */
export const LENSES = ["council", "nhs", "voluntary", "community", "plain"] as const;
/** A lens: a sector's language, or plain English. */
export type Lens = (typeof LENSES)[number];

/** Button labels of the lenses. */
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

/** The default lens for a member's sector (plain English for sectors without a reading). */
export function defaultLens(sector: Sector | null | undefined): Lens {
  return isLens(sector) ? sector : "plain";
}
