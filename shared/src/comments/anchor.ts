import { z } from "zod";
import { PlanItemIdSchema } from "../plan/schema.ts";

/** Most characters of the quoted text kept with a text anchor. */
export const QUOTE_MAX = 1000;

/** A base64-encoded Yjs relative position (`Y.encodeRelativePosition`). */
export const EncodedPositionSchema = z
  .string()
  .min(4)
  .max(400)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, "Not a valid position");

/**
 * A comment anchored to a range of a section's text: Yjs relative positions
 * for start (assoc 0) and end (assoc -1), plus the text quoted when the
 * comment was made (shown if the range is later deleted: "detached").
 */
export const TextAnchorSchema = z.strictObject({
  kind: z.literal("text"),
  sectionId: PlanItemIdSchema,
  start: EncodedPositionSchema,
  end: EncodedPositionSchema,
  quote: z.string().trim().min(1, "Select some text to comment on").max(QUOTE_MAX),
});
/** A text-range anchor. */
export type TextAnchor = z.infer<typeof TextAnchorSchema>;

/** A comment on a whole section. */
export const SectionAnchorSchema = z.strictObject({ kind: z.literal("section"), sectionId: PlanItemIdSchema });
/** A comment on an action. */
export const ActionAnchorSchema = z.strictObject({ kind: z.literal("action"), actionId: PlanItemIdSchema });
/** A comment on an indicator. */
export const IndicatorAnchorSchema = z.strictObject({ kind: z.literal("indicator"), indicatorId: PlanItemIdSchema });
/** A comment on one outcome tag of a section or action. */
export const OutcomeAnchorSchema = z.strictObject({
  kind: z.literal("outcome"),
  ownerKind: z.enum(["section", "action"]),
  ownerId: PlanItemIdSchema,
  outcomeId: z.string().trim().min(1).max(64),
});

/** Where a comment thread is anchored. */
export const CommentAnchorSchema = z.discriminatedUnion("kind", [
  TextAnchorSchema,
  SectionAnchorSchema,
  ActionAnchorSchema,
  IndicatorAnchorSchema,
  OutcomeAnchorSchema,
]);
/** Where a comment thread is anchored. */
export type CommentAnchor = z.infer<typeof CommentAnchorSchema>;

/** The section an anchor belongs to, if any (text, section, and section outcome anchors). */
export function anchorSectionId(anchor: CommentAnchor): string | null {
  switch (anchor.kind) {
    case "text":
    case "section":
      return anchor.sectionId;
    case "outcome":
      return anchor.ownerKind === "section" ? anchor.ownerId : null;
    default:
      return null;
  }
}

/** The action an anchor belongs to, if any. */
export function anchorActionId(anchor: CommentAnchor): string | null {
  if (anchor.kind === "action") return anchor.actionId;
  if (anchor.kind === "outcome" && anchor.ownerKind === "action") return anchor.ownerId;
  return null;
}
