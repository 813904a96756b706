import { useEffect, type Dispatch, type SetStateAction } from "react";
import type { CommentAnchorRegistry, SelectionDraft } from "./anchorRegistry.ts";

/** Selections in section bodies offer a "Comment" button: keeps `setSelection` told of the selected text (when the person may comment). */
export function useSelectionDraft(registry: CommentAnchorRegistry, canComment: boolean, setSelection: Dispatch<SetStateAction<SelectionDraft | null>>): void {
  useEffect(() => {
    if (!canComment) return;
    let frame = 0;
    const onSel = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setSelection(registry.selectionDraft()));
    };
    document.addEventListener("selectionchange", onSel);
    window.addEventListener("scroll", onSel, true);
    return () => {
      document.removeEventListener("selectionchange", onSel);
      window.removeEventListener("scroll", onSel, true);
      cancelAnimationFrame(frame);
    };
  }, [registry, canComment, setSelection]);
}
