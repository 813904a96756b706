import type * as Y from "yjs";
import type { CommentAnchor } from "@jigsaw/shared/comments/anchor";
import { CommentAnchorSchema } from "@jigsaw/shared/comments/anchor";
import { decodePosition, resolveTextAnchor } from "@jigsaw/shared/comments/textAnchor";
import type { AnchorState } from "@jigsaw/shared/comments/types";
import { readAction, readIndicator, readSection } from "@jigsaw/shared/plan/index";

/** A stored anchor (JSON) → anchor, or null when unreadable. */
export function parseStoredAnchor(json: string | null): CommentAnchor | null {
  if (!json) return null;
  try {
    const r = CommentAnchorSchema.safeParse(JSON.parse(json));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

function outcomesOf(doc: Y.Doc, ownerKind: "section" | "action", ownerId: string): string[] | null {
  const owner = ownerKind === "section" ? readSection(doc, ownerId) : readAction(doc, ownerId);
  return owner ? owner.outcomes : null;
}

/**
 * Where an anchor stands in the current document: "attached" when the text
 * range / item / outcome tag still exists, "detached" when it is gone. The
 * comment itself is never removed: a detached thread is shown with its quote.
 */
export function anchorState(doc: Y.Doc, anchor: CommentAnchor): AnchorState {
  switch (anchor.kind) {
    case "text":
      return resolveTextAnchor(doc, anchor).status;
    case "section":
      return readSection(doc, anchor.sectionId) ? "attached" : "detached";
    case "action":
      return readAction(doc, anchor.actionId) ? "attached" : "detached";
    case "indicator":
      return readIndicator(doc, anchor.indicatorId) ? "attached" : "detached";
    case "outcome":
      return outcomesOf(doc, anchor.ownerKind, anchor.ownerId)?.includes(anchor.outcomeId) ? "attached" : "detached";
  }
}

/**
 * Why a new thread's anchor is not acceptable now (null = fine). Positions
 * must decode and their section exist; items must exist. A text range whose
 * characters the server has not seen yet is accepted (the editor may be a
 * moment ahead of the server): it resolves once the edit arrives.
 */
export function anchorProblem(doc: Y.Doc, anchor: CommentAnchor): string | null {
  switch (anchor.kind) {
    case "text":
      if (!decodePosition(anchor.start) || !decodePosition(anchor.end)) return "anchor: The selection could not be read; select the text again";
      return readSection(doc, anchor.sectionId) ? null : "anchor: That section no longer exists";
    case "outcome":
      return outcomesOf(doc, anchor.ownerKind, anchor.ownerId) ? null : `anchor: That ${anchor.ownerKind} no longer exists`;
    default:
      return anchorState(doc, anchor) === "attached" ? null : `anchor: That ${anchor.kind} no longer exists`;
  }
}
