import { forwardRef } from "react";
import type * as Y from "yjs";
import type { PresentedMembership } from "@jigsaw/shared/domain/partnership";
import { CommentComposer } from "./CommentComposer.tsx";
import type { CommentRequest } from "./commentRequests.ts";
import { describeAnchor } from "./describeAnchor.ts";

/** Props of the box for a new comment. */
export interface CommentDraftProps {
  doc: Y.Doc;
  /** What the comment is on (and the button that asked for it). */
  draft: CommentRequest;
  /** Outcome names by id, for a comment on an outcome tag. */
  outcomeLabels: ReadonlyMap<string, string>;
  members: readonly PresentedMembership[];
  autoFocus: boolean;
  onCancel: () => void;
  onSubmit: (body: string) => Promise<void>;
}

/** The box for a new comment: the quoted text (or what it is on) and the comment field. */
export const CommentDraft = forwardRef<HTMLDivElement, CommentDraftProps>(function CommentDraft({ doc, draft, outcomeLabels, members, autoFocus, onCancel, onSubmit }, ref) {
  return (
    <div className="comment-sidebar__draft" ref={ref}>
      {draft.anchor.kind === "text" ? (
        <blockquote className="thread__quote">{draft.anchor.quote}</blockquote>
      ) : (
        <p className="comment-sidebar__target" aria-hidden="true">
          {describeAnchor(doc, draft.anchor, (id) => outcomeLabels.get(id))}
        </p>
      )}
      <CommentComposer
        label={
          draft.anchor.kind === "text" ? (
            "Your comment"
          ) : (
            <>
              Your comment<span className="visually-hidden"> {describeAnchor(doc, draft.anchor, (id) => outcomeLabels.get(id)).replace(/^On/, "on")}</span>
            </>
          )
        }
        submitLabel="Comment"
        members={members}
        autoFocus={autoFocus}
        onCancel={onCancel}
        onSubmit={onSubmit}
      />
    </div>
  );
});
