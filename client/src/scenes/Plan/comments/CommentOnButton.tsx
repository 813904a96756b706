import type * as Y from "yjs";
import type { CommentAnchor } from "@jigsaw/shared/comments/anchor";
import { commentRequestsFor } from "./commentRequests.ts";

/** Props for a "Comment on this …" button. */
export interface CommentOnButtonProps {
  doc: Y.Doc;
  anchor: Extract<CommentAnchor, { kind: "section" | "action" }>;
  /** The target's name as the plan shows it ("Health and wellbeing", "Action 2 (Warm homes)"). */
  targetName: string;
}

/**
 * "Comment on this section" / "Comment on this action": opens the sidebar's
 * new-comment form on that target. Its accessible name also names the target,
 * so a list of buttons reads distinctly. Render it only when `useCanComment`.
 */
export function CommentOnButton({ doc, anchor, targetName }: CommentOnButtonProps) {
  const label = `Comment on this ${anchor.kind}`;
  return (
    <button
      type="button"
      className="button button--secondary button--small comment-on"
      aria-label={`${label}: ${targetName}`}
      onClick={(e) => commentRequestsFor(doc).request(anchor, e.currentTarget)}
    >
      {label}
    </button>
  );
}
