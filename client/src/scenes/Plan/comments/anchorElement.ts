import type { CommentAnchor } from "@jigsaw/shared/comments/anchor";
import { sectionHeadingId } from "../components/PlanSection.tsx";

/** Scroll to a section or action of the plan and move focus there (a thread's "Show in plan"). */
export function revealItem(anchor: CommentAnchor): boolean {
  const target =
    anchor.kind === "section"
      ? document.getElementById(sectionHeadingId(anchor.sectionId))
      : anchor.kind === "action"
        ? document.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(anchor.actionId)}"]`)
        : null;
  if (!target) return false;
  const reduce = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
  target.scrollIntoView({ block: "center", behavior: reduce ? "auto" : "smooth" });
  // A row itself takes no focus: its first control that does (the comment button when a viewer has nothing to edit).
  const focusable = anchor.kind === "action" ? target.querySelector<HTMLElement>("input:not(:disabled), select:not(:disabled), button:not(:disabled)") : target;
  focusable?.focus({ preventScroll: true });
  return true;
}

/** The plan element a non-text anchor belongs to (section heading or action row). */
export function anchorElement(anchor: CommentAnchor): HTMLElement | null {
  const row = (id: string) => document.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(id)}"]`);
  switch (anchor.kind) {
    case "section":
      return document.getElementById(sectionHeadingId(anchor.sectionId));
    case "action":
      return row(anchor.actionId);
    case "outcome":
      return anchor.ownerKind === "section" ? document.getElementById(sectionHeadingId(anchor.ownerId)) : row(anchor.ownerId);
    default:
      return null;
  }
}
