import { useCallback, useEffect, useRef } from "react";

/** How long after a keystroke in a text field someone still counts as typing. */
export const TYPING_GRACE_MS = 3_000;

/** True for elements that take typed text (rich text, inputs, text areas). */
function takesText(el: Element | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable) return true;
  if (el instanceof HTMLTextAreaElement) return true;
  return el instanceof HTMLInputElement && !["button", "checkbox", "radio", "submit", "reset", "range", "color", "file"].includes(el.type);
}

/**
 * Whether the person is busy writing inside `root`: a text field there has
 * focus, or they typed in one in the last few seconds. Meeting follow mode
 * asks this before scrolling the page under someone.
 */
export function useTypingGuard(rootSelector: string): () => boolean {
  const lastTypedAt = useRef(0);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target instanceof Element ? e.target : null;
      if (takesText(target) && target!.closest(rootSelector)) lastTypedAt.current = Date.now();
    };
    document.addEventListener("keydown", onKey, true);
    return () => document.removeEventListener("keydown", onKey, true);
  }, [rootSelector]);
  return useCallback(() => {
    const active = document.activeElement;
    if (takesText(active) && active!.closest(rootSelector)) return true;
    return Date.now() - lastTypedAt.current < TYPING_GRACE_MS;
  }, [rootSelector]);
}
