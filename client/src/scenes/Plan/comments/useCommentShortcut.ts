import type { Editor } from "@tiptap/core";
import { useEffect } from "react";
import type * as Y from "yjs";
import { anchorRegistryFor } from "./anchorRegistry.ts";
import { commentRequestsFor } from "./commentRequests.ts";
import { whenMounted } from "../../../editor/whenMounted.ts";

/** The keyboard shortcut that comments on the selected text (as in Google Docs), in `aria-keyshortcuts` form. */
export const COMMENT_SHORTCUT = "Control+Alt+M";

/**
 * Ctrl+Alt+M in a section's text opens the comment box on the selected text
 * (in read-only text too, selected with caret browsing). Cancelling the
 * comment brings focus back to the text. Call once in the section body editor.
 */
export function useCommentShortcut(editor: Editor | null, fragment: Y.XmlFragment): void {
  useEffect(() => {
    const doc = fragment.doc;
    if (!editor || !doc) return;
    return whenMounted(editor, () => {
      const dom = editor.view.dom;
      const onKeyDown = (e: KeyboardEvent) => {
        if (!(e.ctrlKey || e.metaKey) || !e.altKey || e.shiftKey || e.code !== "KeyM") return;
        const draft = anchorRegistryFor(doc).selectionDraft();
        if (!draft) return;
        if (commentRequestsFor(doc).request(draft.anchor, dom)) e.preventDefault();
      };
      dom.addEventListener("keydown", onKeyDown);
      return () => dom.removeEventListener("keydown", onKeyDown);
    });
  }, [editor, fragment]);
}
