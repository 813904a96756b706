import { useEffect, useRef, useState, type InputHTMLAttributes, type KeyboardEvent } from "react";

/** Props for an input bound to one field of the plan document. */
export interface BoundTextInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange" | "defaultValue"> {
  /** The field's current value in the document. */
  value: string;
  /** Write the field (called on pause, blur and Enter). Throwing keeps the draft and shows nothing new. */
  onCommit: (value: string) => void;
  /** Idle time before a draft is written while typing (ms). */
  commitDelayMs?: number;
  /**
   * Wrap long text over several lines (a one-row textarea that grows with its
   * text) instead of cutting it off. Still one line of text: Enter commits.
   */
  multiline?: boolean;
}

/**
 * A text input bound to one document field ("cell-level binding"). While the
 * person types, their draft is shown and written after a short pause, on blur
 * and on Enter, so each edit is one small change to that field only and
 * concurrent edits to other cells merge. Remote changes replace the shown
 * value whenever there is no unsaved draft.
 */
export function BoundTextInput({ value, onCommit, commitDelayMs = 500, multiline = false, onBlur, onKeyDown, ...rest }: BoundTextInputProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const commitRef = useRef(onCommit);
  commitRef.current = onCommit;
  const draftRef = useRef<string | null>(null);
  draftRef.current = draft;

  const commit = () => {
    clearTimeout(timer.current);
    const d = draftRef.current;
    if (d === null) return;
    try {
      if (d !== value) commitRef.current(d);
    } catch {
      // Invalid for the document (e.g. an empty title): keep the document's value.
    }
  };

  useEffect(() => () => {
    clearTimeout(timer.current);
  }, []);

  const shared = {
    value: draft ?? value,
    onChange: (e: { target: { value: string } }) => {
      // No line breaks in a one-line field, also when pasted into the wrapping one.
      const v = multiline ? e.target.value.replace(/[\r\n]+/g, " ") : e.target.value;
      setDraft(v);
      draftRef.current = v;
      clearTimeout(timer.current);
      timer.current = setTimeout(commit, commitDelayMs);
    },
    onKeyDown: (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      if (e.key === "Enter") {
        commit();
        if (multiline) e.preventDefault();
      }
      if (e.key === "Escape" && draftRef.current !== null) {
        clearTimeout(timer.current);
        setDraft(null);
      }
      onKeyDown?.(e as KeyboardEvent<HTMLInputElement>);
    },
  };
  if (multiline) {
    const { className, id, disabled, maxLength, "aria-label": ariaLabel, "aria-describedby": describedBy } = rest;
    return (
      <textarea
        className={`${className ?? ""} bound-text--multiline`}
        id={id}
        disabled={disabled}
        maxLength={maxLength}
        aria-label={ariaLabel}
        aria-describedby={describedBy}
        rows={1}
        {...shared}
        onBlur={() => {
          commit();
          setDraft(null);
        }}
      />
    );
  }
  return (
    <input
      {...rest}
      {...shared}
      onBlur={(e) => {
        commit();
        setDraft(null);
        onBlur?.(e);
      }}
    />
  );
}
