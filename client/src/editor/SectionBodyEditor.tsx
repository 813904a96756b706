import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect, useMemo, useRef, useState } from "react";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import { enableCaretBrowsing } from "./caretBrowsing.ts";
import { EditorToolbar } from "./EditorToolbar.tsx";
import { sectionExtensions, type CaretUser } from "./extensions.ts";
import { LinkForm } from "./LinkForm.tsx";
import { useCommentAnchoring } from "../scenes/Plan/comments/useCommentAnchoring.ts";
import { COMMENT_SHORTCUT, useCommentShortcut } from "../scenes/Plan/comments/useCommentShortcut.ts";

/** Props for one section's rich-text body. */
export interface SectionBodyEditorProps {
  sectionId: string;
  title: string;
  fragment: Y.XmlFragment;
  provider: WebsocketProvider;
  user: CaretUser;
  editable: boolean;
}

/**
 * A section body: Tiptap bound to the section's Y.XmlFragment, with live
 * carets of everyone else in it and a formatting toolbar for editors. Not
 * editable (and no toolbar) for viewers and commenters.
 */
export function SectionBodyEditor({ sectionId, title, fragment, provider, user, editable }: SectionBodyEditorProps) {
  const [linking, setLinking] = useState(false);
  const editableRef = useRef(editable);
  editableRef.current = editable;
  const extensions = useMemo(
    () => sectionExtensions({ fragment, provider, user, onLinkShortcut: () => editableRef.current && setLinking(true) }),
    // The caret user is updated through awareness below, not by rebuilding the editor.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [fragment, provider],
  );
  const editor = useEditor(
    {
      extensions,
      editable,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          class: "section-body__content",
          role: "textbox",
          "aria-multiline": "true",
          "aria-label": `${title || "Untitled section"}: text`,
          "data-section-body": sectionId,
          "aria-keyshortcuts": COMMENT_SHORTCUT,
          // Read-only text stays a tab stop with a caret (caret browsing), so a passage can be selected from the keyboard.
          ...(editable ? {} : { "aria-readonly": "true", tabindex: "0" }),
        },
      },
    },
    [extensions],
  );

  useCommentAnchoring(editor, fragment, sectionId);
  useCommentShortcut(editor, fragment);
  useEffect(() => (editor && !editable ? enableCaretBrowsing(editor.view.dom) : undefined), [editor, editable]);

  useEffect(() => {
    if (editor && editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);

  useEffect(() => {
    if (!editor) return;
    editor.setOptions({
      editorProps: {
        attributes: {
          class: "section-body__content",
          role: "textbox",
          "aria-multiline": "true",
          "aria-label": `${title || "Untitled section"}: text`,
          "data-section-body": sectionId,
          "aria-keyshortcuts": COMMENT_SHORTCUT,
          ...(editable ? {} : { "aria-readonly": "true", tabindex: "0" }),
        },
      },
    });
  }, [editor, title, editable, sectionId]);

  useEffect(() => {
    const current = provider.awareness.getLocalState()?.user as CaretUser | undefined;
    if (!current || current.name !== user.name || current.color !== user.color) provider.awareness.setLocalStateField("user", user);
  }, [provider, user]);

  if (!editor) return null;
  return (
    <div className={`section-body${editable ? "" : " section-body--readonly"}`}>
      {editable && <EditorToolbar editor={editor} label={`Formatting: ${title || "Untitled section"}`} onLink={() => setLinking(true)} />}
      {editable && linking && <LinkForm editor={editor} onClose={() => setLinking(false)} />}
      <EditorContent editor={editor} />
    </div>
  );
}
