import type { Editor } from "@tiptap/core";
import { useEffect } from "react";
import type * as Y from "yjs";
import { anchorRegistryFor } from "./anchorRegistry.ts";
import { whenMounted } from "../../../editor/whenMounted.ts";

/**
 * Let the comments feature highlight anchored text in this section editor and
 * read selections from it. Call once in the section body editor.
 */
export function useCommentAnchoring(editor: Editor | null, fragment: Y.XmlFragment, sectionId: string): void {
  useEffect(() => {
    const doc = fragment.doc;
    if (!editor || !doc) return;
    return whenMounted(editor, () => anchorRegistryFor(doc).register({ sectionId, fragment, editor }));
  }, [editor, fragment, sectionId]);
}
