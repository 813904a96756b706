import { useContext, useEffect, useRef, useState } from "react";
import { RowEditorsContext } from "./rowEditors.ts";

/**
 * Move up / move down / remove buttons for one row of a structured table.
 * Removing a row someone else is working in asks first, naming them (the
 * remover can undo either way).
 */
export function RowControls({ name, index, count, onMove, onRemove, rowId }: { name: string; index: number; count: number; onMove: (to: number) => void; onRemove: () => void; rowId?: string }) {
  const editing = useContext(RowEditorsContext)(rowId ?? "");
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  if (asking) {
    return (
      <div className="row-controls row-controls--asking" role="group" aria-label={`Remove ${name}?`}>
        <span className="row-controls__question">
          {editing.length > 0 ? `${editing.join(" and ")} ${editing.length === 1 ? "is" : "are"} editing this row.` : ""} Remove it?
        </span>
        <button
          type="button"
          ref={confirmRef}
          className="button button--warning button--small"
          onClick={() => {
            setAsking(false);
            onRemove();
          }}
        >
          Yes, remove
        </button>
        <button type="button" className="button button--secondary button--small" onClick={() => setAsking(false)}>
          Cancel
        </button>
      </div>
    );
  }
  return (
    <div className="row-controls" role="group" aria-label={`Row actions: ${name}`}>
      <button type="button" className="row-controls__button" aria-label={`Move ${name} up`} title="Move up" disabled={index === 0} onClick={() => onMove(index - 1)}>
        <span aria-hidden="true">↑</span>
      </button>
      <button type="button" className="row-controls__button" aria-label={`Move ${name} down`} title="Move down" disabled={index === count - 1} onClick={() => onMove(index + 1)}>
        <span aria-hidden="true">↓</span>
      </button>
      <button type="button" className="row-controls__button row-controls__button--remove" aria-label={`Remove ${name}`} title="Remove" onClick={() => (editing.length > 0 ? setAsking(true) : onRemove())}>
        <span aria-hidden="true">✕</span>
      </button>
    </div>
  );
}
