import type * as Y from "yjs";
import type { CommentAnchor } from "@jigsaw/shared/comments/anchor";
import { actionIds, indicatorIds, readAction, readIndicator, readSection } from "@jigsaw/shared/plan/index";

/** The name a section is shown with: its title, or "Untitled section". */
export function sectionName(doc: Y.Doc, sectionId: string): string {
  const s = readSection(doc, sectionId);
  return s ? s.title || "Untitled section" : "a removed section";
}

/** The name an action is shown with, as in the actions table: its title, else "Action 3". */
export function actionName(doc: Y.Doc, actionId: string): string {
  const a = readAction(doc, actionId);
  if (!a) return "a removed action";
  return a.title || `Action ${actionIds(doc).indexOf(actionId) + 1}`;
}

function indicatorName(doc: Y.Doc, indicatorId: string): string {
  const i = readIndicator(doc, indicatorId);
  if (!i) return "a removed indicator";
  return i.label || `Indicator ${indicatorIds(doc).indexOf(indicatorId) + 1}`;
}

/**
 * What a comment thread is on, in words, naming its target as the plan shows
 * it now: "On section: Health and wellbeing", "On action: Warm homes grants".
 */
export function describeAnchor(doc: Y.Doc, anchor: CommentAnchor, outcomeLabel: (id: string) => string | undefined = () => undefined): string {
  switch (anchor.kind) {
    case "text":
      return `On text in section: ${sectionName(doc, anchor.sectionId)}`;
    case "section":
      return `On section: ${sectionName(doc, anchor.sectionId)}`;
    case "action":
      return `On action: ${actionName(doc, anchor.actionId)}`;
    case "indicator":
      return `On indicator: ${indicatorName(doc, anchor.indicatorId)}`;
    case "outcome": {
      const owner = anchor.ownerKind === "section" ? `section ${sectionName(doc, anchor.ownerId)}` : `action ${actionName(doc, anchor.ownerId)}`;
      return `On outcome: ${outcomeLabel(anchor.outcomeId) ?? anchor.outcomeId} (${owner})`;
    }
  }
}

/** What to say when a thread's target is gone (the comments are kept). */
export function detachedMessage(anchor: CommentAnchor): string {
  switch (anchor.kind) {
    case "text":
      return "The text this comment was on has been deleted or moved. The comment is kept.";
    case "outcome":
      return `That outcome has been removed from the ${anchor.ownerKind}. The comment is kept.`;
    default:
      return `The ${anchor.kind} this comment was on has been removed. The comment is kept.`;
  }
}
