import { useEditorState, type Editor } from "@tiptap/react";
import { useRef, type KeyboardEvent, type ReactNode } from "react";

/** One toolbar button. */
interface Tool {
  key: string;
  label: string;
  /** Visible glyph/text (the label is the accessible name). */
  icon: ReactNode;
  /** `aria-keyshortcuts` value and the hint in the tooltip. */
  shortcut?: string;
  pressed?: boolean;
  disabled?: boolean;
  /** The icon is the label in words: no separate accessible name needed. */
  text?: boolean;
  run: () => void;
}

const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? "Meta" : "Control";

/** A list glyph: bullets or numbers (drawn, so it adds no text to the button's name). */
function ListIcon({ numbered }: { numbered: boolean }) {
  return (
    <svg width="18" height="16" viewBox="0 0 18 16" aria-hidden="true" focusable="false">
      {[2, 8, 14].map((y, i) =>
        numbered ? <rect key={y} x="0" y={y - 2} width={i + 1} height="4" fill="currentColor" /> : <circle key={y} cx="2" cy={y} r="1.8" fill="currentColor" />,
      )}
      {[2, 8, 14].map((y) => (
        <rect key={`l${y}`} x="6" y={y - 1} width="12" height="2" fill="currentColor" />
      ))}
    </svg>
  );
}

/** A chain-link glyph. */
function LinkIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round">
      <path d="M10 14a4.5 4.5 0 0 0 6.4 0l3.2-3.2a4.5 4.5 0 0 0-6.4-6.4L11.6 6" />
      <path d="M14 10a4.5 4.5 0 0 0-6.4 0l-3.2 3.2a4.5 4.5 0 0 0 6.4 6.4l1.6-1.6" />
    </svg>
  );
}

function shortcutHint(s: string): string {
  return s.replace(/Meta|Control/g, isMac ? "⌘" : "Ctrl").replace(/\+/g, isMac ? "" : "+");
}

/**
 * The formatting toolbar of one section (WAI-ARIA toolbar: one tab stop,
 * arrow keys move between buttons, toggles report `aria-pressed`, shortcuts
 * in `aria-keyshortcuts`). Table tools appear while the caret is in a table.
 */
export function EditorToolbar({ editor, label, onLink }: { editor: Editor; label: string; onLink: () => void }) {
  const s = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      h3: e.isActive("heading", { level: 3 }),
      h4: e.isActive("heading", { level: 4 }),
      bullet: e.isActive("bulletList"),
      ordered: e.isActive("orderedList"),
      link: e.isActive("link"),
      table: e.isActive("table"),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const bar = useRef<HTMLDivElement>(null);
  const chain = () => editor.chain().focus();

  const tools: Array<Tool | "sep"> = [
    { key: "undo", label: "Undo", icon: "↶", shortcut: `${MOD}+Z`, disabled: !s.canUndo, run: () => chain().undo().run() },
    { key: "redo", label: "Redo", icon: "↷", shortcut: `${MOD}+Shift+Z`, disabled: !s.canRedo, run: () => chain().redo().run() },
    "sep",
    { key: "bold", label: "Bold", icon: <b>B</b>, shortcut: `${MOD}+B`, pressed: s.bold, run: () => chain().toggleBold().run() },
    { key: "italic", label: "Italic", icon: <i>I</i>, shortcut: `${MOD}+I`, pressed: s.italic, run: () => chain().toggleItalic().run() },
    "sep",
    { key: "h3", label: "Heading", icon: "H", shortcut: `${MOD}+Alt+3`, pressed: s.h3, run: () => chain().toggleHeading({ level: 3 }).run() },
    { key: "h4", label: "Subheading", icon: <small>H</small>, shortcut: `${MOD}+Alt+4`, pressed: s.h4, run: () => chain().toggleHeading({ level: 4 }).run() },
    { key: "bullet", label: "Bulleted list", icon: <ListIcon numbered={false} />, shortcut: `${MOD}+Shift+8`, pressed: s.bullet, run: () => chain().toggleBulletList().run() },
    { key: "ordered", label: "Numbered list", icon: <ListIcon numbered />, shortcut: `${MOD}+Shift+7`, pressed: s.ordered, run: () => chain().toggleOrderedList().run() },
    { key: "link", label: "Link", icon: <LinkIcon />, shortcut: `${MOD}+K`, pressed: s.link, run: onLink },
    "sep",
    s.table
      ? { key: "row", label: "Add row", text: true, icon: "Add row", run: () => chain().addRowAfter().run() }
      : { key: "table", label: "Insert table", text: true, icon: "Insert table", run: () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run() },
    ...(s.table
      ? ([
          { key: "col", label: "Add column", text: true, icon: "Add column", run: () => chain().addColumnAfter().run() },
          { key: "delrow", label: "Delete row", text: true, icon: "Delete row", run: () => chain().deleteRow().run() },
          { key: "delcol", label: "Delete column", text: true, icon: "Delete column", run: () => chain().deleteColumn().run() },
          { key: "deltable", label: "Delete table", text: true, icon: "Delete table", run: () => chain().deleteTable().run() },
        ] satisfies Tool[])
      : []),
  ];

  const buttons = () => [...(bar.current?.querySelectorAll<HTMLButtonElement>("button") ?? [])];
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const all = buttons();
    const i = all.indexOf(document.activeElement as HTMLButtonElement);
    if (i === -1) return;
    let next = -1;
    if (e.key === "ArrowRight") next = (i + 1) % all.length;
    else if (e.key === "ArrowLeft") next = (i - 1 + all.length) % all.length;
    else if (e.key === "Home") next = 0;
    else if (e.key === "End") next = all.length - 1;
    if (next === -1) return;
    e.preventDefault();
    for (const b of all) b.tabIndex = -1;
    all[next]!.tabIndex = 0;
    all[next]!.focus();
  };

  let first = true;
  return (
    <div className="editor-toolbar" role="toolbar" aria-label={label} ref={bar} onKeyDown={onKeyDown}>
      {tools.map((t, i) => {
        if (t === "sep") return <span key={`sep-${i}`} className="editor-toolbar__sep" aria-hidden="true" />;
        const tabIndex = first ? 0 : -1;
        first = false;
        return (
          <button
            key={t.key}
            type="button"
            className="editor-toolbar__button"
            tabIndex={tabIndex}
            aria-label={t.text ? undefined : t.label}
            title={t.shortcut ? `${t.label} (${shortcutHint(t.shortcut)})` : t.label}
            aria-keyshortcuts={t.shortcut}
            aria-pressed={t.pressed === undefined ? undefined : t.pressed}
            aria-disabled={t.disabled || undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              if (!t.disabled) t.run();
            }}
          >
            {t.text ? t.icon : <span aria-hidden="true">{t.icon}</span>}
          </button>
        );
      })}
    </div>
  );
}
