import { forwardRef } from "react";
import type { ThreadFilter } from "./threadOrder.ts";

/** Props of the open / resolved / all choice above the threads. */
export interface CommentFilterProps {
  filter: ThreadFilter;
  /** How many threads each choice holds. */
  counts: Record<ThreadFilter, number>;
  onChange: (filter: ThreadFilter) => void;
}

/** Radio buttons choosing which threads the sidebar lists, each with its count. */
export const CommentFilter = forwardRef<HTMLFieldSetElement, CommentFilterProps>(function CommentFilter({ filter, counts, onChange }, ref) {
  return (
    <fieldset className="comment-filter" ref={ref}>
      <legend className="visually-hidden">Show</legend>
      {(["open", "resolved", "all"] as const).map((f) => (
        <label key={f} className="comment-filter__option">
          <input type="radio" name="comment-filter" value={f} checked={filter === f} onChange={() => onChange(f)} />
          {f === "open" ? "Open" : f === "resolved" ? "Resolved" : "All"} ({counts[f]})
        </label>
      ))}
    </fieldset>
  );
});
