import type { Editor } from "@tiptap/react";
import { useEffect, useId, useRef, useState } from "react";
import { isAllowedHref } from "./extensions.ts";

/**
 * Add, change or remove the link on the selection. Opened from the toolbar or
 * Ctrl/⌘+K; Escape or Cancel returns focus to the text.
 */
export function LinkForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const current = (editor.getAttributes("link").href as string | undefined) ?? "";
  const [href, setHref] = useState(current);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => input.current?.focus(), []);

  const close = () => {
    onClose();
    editor.commands.focus();
  };
  const apply = () => {
    const value = href.trim();
    if (!value) {
      editor.chain().focus().extendMarkRange("link").unsetLink().run();
      onClose();
      return;
    }
    const full = /^[a-z]+:/i.test(value) ? value : `https://${value}`;
    if (!isAllowedHref(full)) {
      setError("Enter a web address starting https:// or an email link starting mailto:");
      return;
    }
    const chain = editor.chain().focus().extendMarkRange("link");
    if (editor.state.selection.empty && !editor.isActive("link")) chain.insertContent({ type: "text", text: value, marks: [{ type: "link", attrs: { href: full } }] }).run();
    else chain.setLink({ href: full }).run();
    onClose();
  };

  return (
    <div
      className="link-form"
      role="group"
      aria-labelledby={`${id}-label`}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          close();
        }
      }}
    >
      <label className="link-form__label" id={`${id}-label`} htmlFor={`${id}-href`}>
        Link address
      </label>
      <input
        ref={input}
        id={`${id}-href`}
        className="input link-form__input"
        type="url"
        inputMode="url"
        value={href}
        placeholder="https://"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setHref(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            apply();
          }
        }}
      />
      <button type="button" className="button button--small" onClick={apply}>
        {current ? "Update link" : "Add link"}
      </button>
      {current && (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => {
            editor.chain().focus().extendMarkRange("link").unsetLink().run();
            onClose();
          }}
        >
          Remove link
        </button>
      )}
      <button type="button" className="button button--secondary button--small" onClick={close}>
        Cancel
      </button>
      {error && (
        <p className="field__error link-form__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
