import { useId, useRef, useState, type ChangeEvent, type KeyboardEvent } from "react";
import { PLAN_LIMITS } from "@jigsaw/shared/plan/index";
import type * as Y from "yjs";
import { useAnnounce } from "../hooks/useAnnounce.tsx";
import { addActionPartner, partnerKey, refusalMessage, removeActionPartner, splitEntries } from "./partnerList.ts";

/**
 * An action's partner organisations: one token per organisation, each with its
 * own "Remove …" button, and a box to add one (Enter or a comma adds; a
 * suggestion picked from the list adds it). Every addition and removal is
 * written to the plan at once, as one insertion or deletion in the shared list,
 * so two people changing the same action's partners both keep their changes.
 * Nothing is ever removed by typing: Backspace in the empty box does nothing.
 * Read-only (viewers, commenters): the organisations as plain text.
 */
export function PartnerOrganisationsField({
  doc,
  actionId,
  values,
  name,
  editable,
  suggestions,
}: {
  doc: Y.Doc;
  actionId: string;
  values: string[];
  /** How the action is named in labels ("Action 2 (Warm homes)"). */
  name: string;
  editable: boolean;
  /** Organisations offered while typing (those not listed yet). */
  suggestions: string[];
}) {
  const id = useId();
  const [text, setText] = useState("");
  const [message, setMessage] = useState("");
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const announce = useAnnounce();
  const listLabel = `Partner organisations, ${name}`;

  /** Adds each name; returns false when one was refused (its message shown). */
  const add = (names: string[]): boolean => {
    const added: string[] = [];
    for (const n of names) {
      let result;
      try {
        result = addActionPartner(doc, actionId, n);
      } catch {
        setMessage("That could not be saved.");
        return false;
      }
      if (!result.ok) {
        if (result.reason === "empty") continue;
        const m = refusalMessage(result);
        setMessage(m);
        announce(m);
        return false;
      }
      added.push(result.name);
    }
    setMessage("");
    if (added.length > 0) announce(`Added ${added.join(", ")} to ${listLabel}`);
    return true;
  };

  const remove = (org: string, index: number) => {
    // Focus the next token's button (or the previous one, or the box) once this one has gone.
    const buttons = listRef.current ? [...listRef.current.querySelectorAll<HTMLButtonElement>("button")] : [];
    const next = buttons[index + 1] ?? buttons[index - 1] ?? null;
    try {
      removeActionPartner(doc, actionId, org);
    } catch {
      setMessage("That could not be saved.");
      return;
    }
    setMessage("");
    announce(`Removed ${org} from ${listLabel}`);
    (next ?? inputRef.current)?.focus();
  };

  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const value = e.target.value;
    const picked = (e.nativeEvent as InputEvent).inputType === "insertReplacementText" || (e.nativeEvent as InputEvent).inputType === undefined;
    if (value.includes(",")) {
      // Typed or pasted commas: add every complete name, keep typing the rest.
      const { complete, rest } = splitEntries(value);
      setText(add(complete) ? rest : value.replace(/,\s*$/, ""));
      return;
    }
    // A suggestion chosen from the list is added at once.
    if (picked && suggestions.some((s) => partnerKey(s) === partnerKey(value))) {
      setText(add([value]) ? "" : value);
      return;
    }
    setText(value);
    if (message) setMessage("");
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter") {
      e.preventDefault();
      if (text.trim() === "") return;
      if (add([text])) setText("");
    }
  };

  const onBlur = () => {
    // Typed but not yet added when leaving the box: add it rather than lose it.
    if (text.trim() !== "" && add([text])) setText("");
  };

  const listId = `${id}-suggestions`;
  const hintId = `${id}-hint`;
  const messageId = `${id}-message`;
  return (
    <div className="chip-field token-field">
      {values.length > 0 ? (
        <ul className="chip-field__chips" aria-label={listLabel} ref={listRef}>
          {values.map((org, i) => (
            <li key={org} className="chip token-field__token">
              <span className="chip__label">{org}</span>
              {editable && (
                <button type="button" className="chip__remove" aria-label={`Remove ${org} from ${listLabel}`} onClick={() => remove(org, i)}>
                  <span aria-hidden="true">×</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        !editable && <span className="chip-field__none">None</span>
      )}
      {editable && (
        <>
          <input
            ref={inputRef}
            className="input cell-input token-field__input"
            aria-label={`Add a partner organisation, ${name}`}
            aria-describedby={message ? `${hintId} ${messageId}` : hintId}
            aria-invalid={message ? true : undefined}
            list={suggestions.length > 0 ? listId : undefined}
            maxLength={PLAN_LIMITS.fieldTextMax}
            placeholder="Add an organisation"
            autoComplete="off"
            enterKeyHint="enter"
            value={text}
            onChange={onChange}
            onKeyDown={onKeyDown}
            onBlur={onBlur}
          />
          {suggestions.length > 0 && (
            <datalist id={listId}>
              {suggestions.map((s) => (
                <option key={s} value={s} />
              ))}
            </datalist>
          )}
          <span id={hintId} className="visually-hidden">
            Press Enter or type a comma to add it.
          </span>
          {message && (
            <p id={messageId} className="token-field__message">
              {message}
            </p>
          )}
        </>
      )}
    </div>
  );
}
