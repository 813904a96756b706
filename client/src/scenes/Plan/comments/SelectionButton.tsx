import type { SelectionDraft } from "./anchorRegistry.ts";

/** Floating "Comment" button next to a text selection in the plan. */
export function SelectionButton({ draft, onComment }: { draft: SelectionDraft; onComment: () => void }) {
  const top = Math.min(window.innerHeight - 52, Math.max(8, draft.rect.top - 44));
  const left = Math.min(window.innerWidth - 120, Math.max(8, draft.rect.right - 40));
  return (
    <button
      type="button"
      className="button button--small selection-comment"
      style={{ position: "fixed", top, left }}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onComment}
    >
      Comment
    </button>
  );
}
