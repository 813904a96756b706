import { useContext, useEffect, useId, useRef, type CSSProperties, type RefObject } from "react";
import { collectionRoots, ensureTextField, textChange, writeText, type PlanCollection } from "@jigsaw/shared/plan/index";
import * as Y from "yjs";
import { CellEditorsContext, cellKey } from "./cellEditors.ts";
import { changeDelta, rebaseCaret, rebaseChange } from "./rebaseChange.ts";
import { shiftOffset, type TextDeltaOp } from "./shiftOffset.ts";

/** Props of a table cell bound to one free-text field of a record. */
export interface CollabTextFieldProps {
  doc: Y.Doc;
  collection: Exclude<PlanCollection, "sections">;
  rowId: string;
  field: string;
  /** Accessible name of the field ("Title, Action 2 (Warm homes)"). */
  label: string;
  disabled?: boolean;
  className?: string;
  maxLength?: number;
  placeholder?: string;
  /** Wrap long text over several lines (a one-row textarea that grows). Still one line of text. */
  multiline?: boolean;
}

type Field = HTMLInputElement | HTMLTextAreaElement;

function currentText(map: Y.Map<unknown> | undefined, field: string): { text: Y.Text | null; value: string } {
  const v = map?.get(field);
  if (v instanceof Y.Text) return { text: v, value: v.toString() };
  return { text: null, value: typeof v === "string" ? v : "" };
}

/**
 * A table cell bound to a `Y.Text` field of a record, keystroke by keystroke:
 * what each person types is merged into the shared text at once (no pause, no
 * blur), others' typing appears as it happens with this person's caret kept in
 * place, and Ctrl+Z undoes this person's own typing only. A field still held as
 * a plain string (a plan stored before) is converted on the first keystroke, the
 * same way everywhere (see shared/src/plan/textFields.ts). Text composed with an
 * input method (Japanese, Chinese, Korean, dead keys) is written once, when it is
 * committed: others never get half-composed text, and what they type meanwhile is
 * kept, with the committed text where it was composed. Who else is in the
 * cell shows as an outline in their colour with their name, also told to
 * screen readers (`aria-describedby`).
 */
export function CollabTextField({ doc, collection, rowId, field, label, disabled = false, className, maxLength, placeholder, multiline = false }: CollabTextFieldProps) {
  const ref = useRef<Field>(null);
  const editors = useContext(CellEditorsContext)(cellKey(rowId, field));
  const whoId = useId();

  useEffect(() => {
    const el = ref.current;
    const map = collectionRoots(doc, collection).items.get(rowId);
    if (!el || !(map instanceof Y.Map)) return;
    const record = map as Y.Map<unknown>;
    const origin = { binding: field };
    let shown = currentText(record, field).value;
    let text: Y.Text | null = null;
    let undo: Y.UndoManager | null = null;
    // During a composition (an input method: Japanese, Korean, a dead key...) nothing is written and the
    // field is left alone (rewriting it would end the composition); others' changes meanwhile are kept
    // (`remote`, in order) to move the committed text and the caret onto the text as it is by then.
    let composing = false;
    let remote: TextDeltaOp[][] = [];
    let remoteValue = shown; // the shared text as last heard during the composition
    el.value = shown;

    const show = (value: string, delta: readonly TextDeltaOp[] | null) => {
      if (composing) {
        if (delta) remote.push([...delta]);
        else {
          // The field was replaced (a plain string converted together with someone's typing, say): the change told by the difference.
          const change = textChange(remoteValue, value);
          if (change) remote.push(changeDelta(change));
        }
        remoteValue = value;
        return;
      }
      if (value === el.value) {
        shown = value;
        return;
      }
      const focused = document.activeElement === el;
      const start = el.selectionStart ?? 0;
      const end = el.selectionEnd ?? 0;
      el.value = value;
      shown = value;
      if (focused) {
        const s = delta ? shiftOffset(start, delta) : Math.min(start, value.length);
        const e = delta ? shiftOffset(end, delta) : Math.min(end, value.length);
        el.setSelectionRange(Math.min(s, value.length), Math.min(e, value.length));
      }
    };
    const onText = (event: Y.YTextEvent, tr: Y.Transaction) => {
      if (tr.origin === origin) {
        shown = text?.toString() ?? shown;
        return;
      }
      show(event.target.toString(), event.delta as TextDeltaOp[]);
    };
    const bind = () => {
      const next = currentText(record, field);
      if (next.text !== text) {
        text?.unobserve(onText);
        undo?.destroy();
        text = next.text;
        undo = null;
        if (text) {
          text.observe(onText);
          undo = new Y.UndoManager(text, { trackedOrigins: new Set([origin]), captureTimeout: 500 });
        }
      }
      // A conversion keeps the text, so what is on screen (maybe newer, being typed) stays.
      if (next.value !== shown) show(next.value, null);
    };
    const onRecord = (event: Y.YMapEvent<unknown>) => {
      if (event.keysChanged.has(field)) bind();
    };
    bind();
    record.observe(onRecord);

    /** The field's value, line breaks (pasted into a multiline field) made spaces. */
    const fieldValue = () => {
      let value = el.value;
      if (multiline && /[\r\n]/.test(value)) {
        const caret = el.selectionEnd ?? value.length;
        const before = value.slice(0, caret).replace(/[\r\n]+/g, " ");
        value = value.replace(/[\r\n]+/g, " ");
        el.value = value;
        el.setSelectionRange(before.length, before.length);
      }
      return value;
    };
    const onInput = () => {
      if (composing) return;
      const value = fieldValue();
      if (value === shown) return;
      const target = ensureTextField(record, field);
      if (target !== text) bind();
      doc.transact(() => writeText(target, value, el.selectionEnd ?? undefined), origin);
      shown = target.toString();
    };
    const onCompositionStart = () => {
      composing = true;
      remote = [];
      remoteValue = shown;
    };
    // The committed text is written once, where it was composed, onto the text as others left it meanwhile.
    const onCompositionEnd = () => {
      if (!composing) return;
      composing = false;
      const base = shown; // the text when the composition started (nothing was shown or written since)
      const deltas = remote;
      remote = [];
      const value = fieldValue();
      const start = el.selectionStart ?? value.length;
      const end = el.selectionEnd ?? value.length;
      const change = textChange(base, value, end);
      let caret = (at: number) => deltas.reduce((p, d) => shiftOffset(p, d), at);
      if (change) {
        const target = ensureTextField(record, field);
        if (target !== text) bind();
        const rebased = rebaseChange(change, deltas);
        caret = (at) => rebaseCaret(at, change, deltas, rebased);
        doc.transact(() => {
          for (const [a, b] of [...rebased.removals].reverse()) target.delete(a, b - a);
          if (rebased.insert) target.insert(rebased.index, rebased.insert);
        }, origin);
      }
      const now = text?.toString() ?? remoteValue;
      const s = Math.min(caret(start), now.length);
      const e = Math.min(caret(end), now.length);
      shown = now;
      if (el.value !== now) el.value = now;
      if (document.activeElement === el) el.setSelectionRange(s, e);
    };
    const onKeyDown = (e: globalThis.KeyboardEvent) => {
      if (e.key === "Enter" && multiline) e.preventDefault();
      if (!(e.ctrlKey || e.metaKey) || e.altKey || !undo) return;
      const k = e.key.toLowerCase();
      if (k === "z" && !e.shiftKey) {
        e.preventDefault();
        undo.undo();
      } else if ((k === "z" && e.shiftKey) || k === "y") {
        e.preventDefault();
        undo.redo();
      }
    };
    const node: HTMLElement = el;
    node.addEventListener("input", onInput);
    node.addEventListener("compositionstart", onCompositionStart);
    node.addEventListener("compositionend", onCompositionEnd);
    node.addEventListener("keydown", onKeyDown);
    return () => {
      node.removeEventListener("input", onInput);
      node.removeEventListener("compositionstart", onCompositionStart);
      node.removeEventListener("compositionend", onCompositionEnd);
      node.removeEventListener("keydown", onKeyDown);
      record.unobserve(onRecord);
      text?.unobserve(onText);
      undo?.destroy();
    };
  }, [doc, collection, rowId, field, multiline]);

  const names = editors.map((e) => e.name);
  const who = names.length === 0 ? "" : names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  const colour = editors[0]?.colour;
  const common = {
    className: multiline ? `${className ?? ""} bound-text--multiline` : className,
    "aria-label": label,
    "aria-describedby": editors.length > 0 ? whoId : undefined,
    disabled,
    maxLength,
    placeholder,
  };
  return (
    <div
      className={`cell-field${editors.length > 0 ? " cell-field--editing" : ""}`}
      data-cell={cellKey(rowId, field)}
      style={colour ? ({ "--cell-editor-colour": colour } as CSSProperties) : undefined}
    >
      {multiline ? <textarea ref={ref as RefObject<HTMLTextAreaElement>} rows={1} {...common} /> : <input ref={ref as RefObject<HTMLInputElement>} type="text" {...common} />}
      {editors.length > 0 && (
        <span className="cell-field__who" id={whoId}>
          {who}
          <span className="visually-hidden"> {names.length === 1 ? "is" : "are"} editing this</span>
        </span>
      )}
    </div>
  );
}
