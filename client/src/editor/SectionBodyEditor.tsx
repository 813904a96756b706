import type { Transaction } from "@tiptap/pm/state";
import { EditorContent, useEditor } from "@tiptap/react";
import { ySyncPluginKey } from "@tiptap/y-tiptap";
import { useEffect, useMemo, useRef, useState } from "react";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import { enableCaretBrowsing } from "./caretBrowsing.ts";
import { EditorToolbar } from "./EditorToolbar.tsx";
import { sectionExtensions, type CaretUser } from "./extensions.ts";
import { LinkForm } from "./LinkForm.tsx";
import { noteLostSection } from "./structureUndo.ts";
import { whenMounted } from "./whenMounted.ts";

/** Someone who wrote in a section this recently is told when another person removes it. */
const LOST_WORK_MS = 5 * 60_000;
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
  useEffect(() => (editor && !editable ? whenMounted(editor, () => enableCaretBrowsing(editor.view.dom)) : undefined), [editor, editable]);

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

  const titleRef = useRef(title);
  titleRef.current = title;
  // Someone else removed this section while this person was in it: keep their copy of the text.
  useEffect(() => {
    if (!editor) return;
    // Removing the section blurs its editor before this cleanup runs: remember recent work instead.
    // The binding empties the editor once the section is gone, so keep the last text it had (immutable, no copying).
    let workedAt = 0;
    let lastDoc = editor.state.doc;
    const onTransaction = ({ transaction }: { transaction: Transaction }) => {
      if (!transaction.docChanged || fragment._item?.deleted) return;
      lastDoc = transaction.doc;
      const sync = transaction.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined;
      if (!sync?.isChangeOrigin) workedAt = Date.now();
    };
    const onBlur = () => void (workedAt = Math.max(workedAt, Date.now() - LOST_WORK_MS + 2_000));
    editor.on("transaction", onTransaction);
    editor.on("blur", onBlur);
    return () => {
      editor.off("transaction", onTransaction);
      editor.off("blur", onBlur);
      const gone = fragment._item?.deleted === true;
      const wasHere = editor.isFocused || Date.now() - workedAt < LOST_WORK_MS;
      if (!gone || !wasHere || !fragment.doc) return;
      const paragraphs: string[] = [];
      lastDoc.forEach((block) => void paragraphs.push(block.textContent));
      if (paragraphs.some((p) => p.trim())) noteLostSection(fragment.doc, sectionId, { title: titleRef.current, paragraphs });
    };
  }, [editor, fragment, provider, sectionId]);

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
