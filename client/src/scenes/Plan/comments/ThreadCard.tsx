import { forwardRef, useState } from "react";
import type { PresentedComment, PresentedThread } from "@jigsaw/shared/comments/types";
import type { PresentedMembership } from "@jigsaw/shared/domain/partnership";
import { errorMessage } from "../../../api/index.ts";
import { formatDateTime, formatRelative } from "../../../utils/format.ts";
import { CommentBody } from "./CommentBody.tsx";
import { CommentComposer } from "./CommentComposer.tsx";
import { deleteComment, editComment, reopenThread, replyTo, resolveThread, setAgree } from "../../../api/comments.ts";
import { detachedMessage } from "./describeAnchor.ts";

/** Props for one thread in the sidebar. */
export interface ThreadCardProps {
  thread: PresentedThread;
  active: boolean;
  members: readonly PresentedMembership[];
  /** Where the thread is anchored, in words (section title, action, ...). */
  where: string;
  onShow: () => void;
  /** A click on the card (not on one of its controls): show its text in the plan, focus staying here. */
  onSelect?: () => void;
  onChanged: (t: PresentedThread) => void;
}

function CommentItem({ c, members, onChanged }: { c: PresentedComment; members: readonly PresentedMembership[]; onChanged: (t: PresentedThread) => void }) {
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (fn: () => Promise<PresentedThread>) => {
    setError(null);
    try {
      onChanged(await fn());
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  if (c.deleted) {
    return (
      <li className="comment comment--deleted" data-comment-id={c.id}>
        <p className="comment__tombstone">This comment was deleted.</p>
      </li>
    );
  }
  return (
    <li className="comment" data-comment-id={c.id}>
      <p className="comment__meta">
        <strong className="comment__author">{c.author.displayName}</strong>
        {c.author.organisation && <span className="comment__org"> · {c.author.organisation}</span>}
        <br />
        <time dateTime={c.createdAt} title={formatDateTime(c.createdAt)}>
          {formatRelative(c.createdAt)}
        </time>
        {c.editedAt && <span className="comment__edited"> (edited)</span>}
      </p>
      {editing ? (
        <CommentComposer
          label="Edit your comment"
          submitLabel="Save"
          members={members}
          initialBody={c.body}
          autoFocus
          onCancel={() => setEditing(false)}
          onSubmit={async (body) => {
            onChanged(await editComment(c.id, body));
            setEditing(false);
          }}
        />
      ) : (
        <CommentBody body={c.body} />
      )}
      <div className="comment__actions">
        {c.policies.react || c.reactions.agree.count > 0 ? (
          <button
            type="button"
            className="chip"
            aria-pressed={c.reactions.agree.mine}
            disabled={!c.policies.react}
            onClick={() => void run(() => setAgree(c.id, !c.reactions.agree.mine))}
          >
            Agree{c.reactions.agree.count > 0 ? ` · ${c.reactions.agree.count}` : ""}
          </button>
        ) : null}
        {c.policies.edit && !editing && (
          <button type="button" className="link-button" onClick={() => setEditing(true)}>
            Edit
          </button>
        )}
        {c.policies.delete && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              if (window.confirm("Delete this comment? It will show as deleted in the thread.")) void run(() => deleteComment(c.id));
            }}
          >
            Delete
          </button>
        )}
      </div>
      {error && (
        <p className="comment-composer__error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

/** One thread: where it is, its quote, comments, reply box, resolve/reopen. Keyboard reachable. */
export const ThreadCard = forwardRef<HTMLElement, ThreadCardProps>(function ThreadCard({ thread, active, members, where, onShow, onSelect, onChanged }, ref) {
  const [replying, setReplying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const headingId = `thread-${thread.id}-heading`;
  const quote = thread.anchor.kind === "text" ? thread.anchor.quote : null;
  const act = async (fn: () => Promise<PresentedThread>) => {
    setError(null);
    try {
      onChanged(await fn());
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <article
      ref={ref}
      className={`thread${active ? " thread--active" : ""}${thread.status === "resolved" ? " thread--resolved" : ""}${thread.anchorState === "detached" ? " thread--detached" : ""}`}
      aria-labelledby={headingId}
      tabIndex={-1}
      data-thread-id={thread.id}
      // Pointer shortcut to "Show in plan" (the button is the keyboard's way); not while selecting text in the card.
      onClick={(e) => {
        if (!onSelect || thread.anchorState === "detached" || (e.target as Element).closest("button, a, input, textarea, select, label, .comment-composer")) return;
        if (!(window.getSelection()?.isCollapsed ?? true)) return;
        onSelect();
      }}
    >
      <h3 className="thread__where" id={headingId}>
        {where}
        {thread.status === "resolved" && <span className="tag thread__tag">Resolved</span>}
      </h3>
      {quote && <blockquote className="thread__quote">{quote}</blockquote>}
      {thread.anchorState === "detached" && <p className="thread__detached">{detachedMessage(thread.anchor)}</p>}
      {(thread.anchor.kind === "text" || thread.anchor.kind === "section" || thread.anchor.kind === "action") && thread.anchorState !== "detached" && (
        <button type="button" className="link-button thread__show" onClick={onShow}>
          Show in plan
        </button>
      )}
      <ol className="thread__comments">
        {thread.comments.map((c) => (
          <CommentItem key={c.id} c={c} members={members} onChanged={onChanged} />
        ))}
      </ol>
      {error && (
        <p className="comment-composer__error" role="alert">
          {error}
        </p>
      )}
      {replying ? (
        <CommentComposer
          label="Reply"
          submitLabel="Reply"
          members={members}
          autoFocus
          onCancel={() => setReplying(false)}
          onSubmit={async (body) => {
            onChanged(await replyTo(thread.id, body));
            setReplying(false);
          }}
        />
      ) : (
        <div className="button-row thread__buttons">
          {thread.policies.reply && (
            <button type="button" className="button button--secondary button--small" onClick={() => setReplying(true)}>
              Reply
            </button>
          )}
          {thread.policies.resolve && (
            <button type="button" className="button button--secondary button--small" onClick={() => void act(() => resolveThread(thread.id))}>
              Resolve
            </button>
          )}
          {thread.policies.reopen && (
            <button type="button" className="button button--secondary button--small" onClick={() => void act(() => reopenThread(thread.id))}>
              Reopen
            </button>
          )}
        </div>
      )}
    </article>
  );
});
