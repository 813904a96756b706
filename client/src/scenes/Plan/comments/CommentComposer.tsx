import { useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { decodeMentions, encodeMentions, type PickedMention } from "@jigsaw/shared/comments/commentBody";
import type { PresentedMembership } from "@jigsaw/shared/domain/partnership";
import { errorMessage } from "../../../api/index.ts";

/** Props for a comment box. */
export interface CommentComposerProps {
  label: ReactNode;
  submitLabel: string;
  members: readonly PresentedMembership[];
  /** Stored body to edit (mention tokens become "@Name"). */
  initialBody?: string;
  autoFocus?: boolean;
  onSubmit: (body: string) => Promise<void>;
  onCancel?: () => void;
}

/** The "@name" being typed just before the caret, if any. */
function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const m = /(?:^|[\s(])@([^\s@][^@\n]{0,40})?$/u.exec(before);
  if (!m) return null;
  const query = m[1] ?? "";
  return { start: caret - query.length - 1, query };
}

/**
 * A comment box with @mention autocomplete over the partnership's members
 * (listbox pattern: arrows to move, Enter or Tab to pick, Escape to close).
 * Supports **bold**, *italic*, links and line breaks; sent as the restricted
 * markdown the server canonicalises.
 */
export function CommentComposer({ label, submitLabel, members, initialBody, autoFocus, onSubmit, onCancel }: CommentComposerProps) {
  const initial = useMemo(() => (initialBody ? decodeMentions(initialBody) : { text: "", mentions: [] as PickedMention[] }), [initialBody]);
  const [text, setText] = useState(initial.text);
  const [picked, setPicked] = useState<PickedMention[]>(initial.mentions);
  const [caret, setCaret] = useState(0);
  const [activeIndex, setActiveIndex] = useState(0);
  const [dismissed, setDismissed] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLTextAreaElement>(null);
  const uid = useId();
  const listId = `${uid}-mentions`;
  const hintId = `${uid}-hint`;

  const q = mentionQuery(text, caret);
  const options = useMemo(() => {
    if (!q || dismissed === q.start) return [];
    const needle = q.query.toLowerCase();
    return members.filter((m) => m.displayName.toLowerCase().startsWith(needle) || m.displayName.toLowerCase().includes(` ${needle}`)).slice(0, 6);
  }, [q?.query, q?.start, dismissed, members]); // eslint-disable-line react-hooks/exhaustive-deps
  const open = options.length > 0;
  const active = open ? Math.min(activeIndex, options.length - 1) : -1;

  function pick(m: PresentedMembership) {
    if (!q) return;
    const insert = `@${m.displayName} `;
    const next = text.slice(0, q.start) + insert + text.slice(caret);
    setText(next);
    setPicked((p) => (p.some((x) => x.userId === m.userId) ? p : [...p, { userId: m.userId, name: m.displayName }]));
    const pos = q.start + insert.length;
    setCaret(pos);
    requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.setSelectionRange(pos, pos);
    });
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (open) {
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        setActiveIndex((i) => (e.key === "ArrowDown" ? (i + 1) % options.length : (i - 1 + options.length) % options.length));
        return;
      }
      if (e.key === "Enter" || e.key === "Tab") {
        e.preventDefault();
        pick(options[active]!);
        return;
      }
      if (e.key === "Escape") {
        e.preventDefault();
        e.stopPropagation();
        setDismissed(q!.start);
        return;
      }
    }
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit();
    }
  }

  async function submit() {
    const body = encodeMentions(text, picked).trim();
    if (!body) {
      setError("Write a comment first");
      ref.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSubmit(body);
      setText("");
      setPicked([]);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="comment-composer"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label className="comment-composer__label" htmlFor={`${uid}-text`}>
        {label}
      </label>
      <div className="comment-composer__field">
        <textarea
          id={`${uid}-text`}
          ref={ref}
          className="input comment-composer__input"
          rows={3}
          maxLength={5000}
          value={text}
          autoFocus={autoFocus}
          role="combobox"
          aria-expanded={open}
          aria-autocomplete="list"
          aria-controls={listId}
          aria-activedescendant={open ? `${listId}-${active}` : undefined}
          aria-describedby={hintId}
          onChange={(e) => {
            setText(e.target.value);
            setCaret(e.target.selectionStart);
            setActiveIndex(0);
          }}
          onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" className="mention-list" hidden={!open} aria-label="Members to mention">
          {options.map((m, i) => (
            <li
              key={m.userId}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={`mention-list__option${i === active ? " mention-list__option--active" : ""}`}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(m);
              }}
            >
              <span className="mention-list__name">{m.displayName}</span> <span className="mention-list__org">{m.organisation}</span>
            </li>
          ))}
        </ul>
      </div>
      <p id={hintId} className="comment-composer__hint">
        Type @ to mention someone. **bold**, *italic* and links work.
      </p>
      {error && (
        <p className="comment-composer__error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--small" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary button--small" onClick={onCancel} disabled={busy}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
