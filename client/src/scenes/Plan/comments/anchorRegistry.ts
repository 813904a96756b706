import type { Editor } from "@tiptap/core";
import { Plugin, PluginKey, type EditorState } from "@tiptap/pm/state";
import { Decoration, DecorationSet, type EditorView } from "@tiptap/pm/view";
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, ySyncPluginKey } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import type { TextAnchor } from "@jigsaw/shared/comments/anchor";
import { anchorMoveKey, currentPositions, decodePosition, rangePositions, restoredPositions } from "@jigsaw/shared/comments/textAnchor";
import { PLAN_ROOTS } from "@jigsaw/shared/plan/index";
import type { PresentedThread } from "@jigsaw/shared/comments/types";

/** One section body editor the comments know about. */
interface SectionEditor {
  sectionId: string;
  fragment: Y.XmlFragment;
  editor: Editor;
}

/** A highlighted range in one editor. */
interface Range {
  threadId: string;
  from: number;
  to: number;
}

/** The text the person selected in a section, ready to become a comment anchor. */
export interface SelectionDraft {
  anchor: TextAnchor;
  rect: { top: number; left: number; bottom: number; right: number };
}

const pluginKey = new PluginKey<DecorationSet>("jigsawCommentHighlights");
type Mapping = Map<Y.AbstractType<unknown>, unknown>;

function mappingOf(state: EditorState): Mapping | null {
  const s = ySyncPluginKey.getState(state) as { binding?: { mapping?: Mapping } } | undefined;
  return s?.binding?.mapping ?? null;
}

/**
 * Per plan document: the section editors on screen, the threads with text
 * anchors, and which one is active. It draws highlights (a ProseMirror
 * decoration per open thread, re-resolved from the Yjs relative positions
 * after every change, so they follow concurrent edits), scrolls to a thread's
 * sentence, and turns the reader's selection into an anchor.
 */
export class CommentAnchorRegistry {
  private readonly editors = new Map<string, SectionEditor>();
  private threads: PresentedThread[] = [];
  private active: string | null = null;
  private readonly listeners = new Set<(e: { type: "activate"; threadId: string }) => void>();

  constructor(readonly doc: Y.Doc) {
    // An undo here restores deleted text as new characters: record where anchored ranges went.
    doc.on("afterTransaction", (tr: Y.Transaction) => {
      if (tr.local && tr.origin instanceof Y.UndoManager) setTimeout(() => this.recordRestoredAnchors(), 0);
    });
    // A move recorded by someone's undo changes no text here: redraw the highlights.
    doc.getMap(PLAN_ROOTS.anchorMoves).observe(() => this.refresh());
  }

  /** After a local undo: record, for every text anchor the undo brought back, its restored range (seen by all). */
  private recordRestoredAnchors(): void {
    const moves: Array<[string, { start: string; end: string }]> = [];
    for (const t of this.threads) {
      if (t.anchor.kind !== "text") continue;
      const moved = restoredPositions(this.doc, t.anchor);
      if (moved) moves.push([anchorMoveKey(t.anchor), moved]);
    }
    if (moves.length === 0) return;
    const map = this.doc.getMap(PLAN_ROOTS.anchorMoves);
    this.doc.transact(() => {
      for (const [key, value] of moves) map.set(key, value);
    }, this);
  }

  /** Add a section editor (its highlight plugin is installed); returns the removal. */
  register(entry: SectionEditor): () => void {
    this.editors.set(entry.sectionId, entry);
    const plugin = this.plugin(entry);
    entry.editor.registerPlugin(plugin);
    return () => {
      if (this.editors.get(entry.sectionId) === entry) this.editors.delete(entry.sectionId);
      if (!entry.editor.isDestroyed) entry.editor.unregisterPlugin(pluginKey);
    };
  }

  /** Be told when a highlight is clicked. */
  onActivate(fn: (e: { type: "activate"; threadId: string }) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** The threads to highlight (text anchors of open threads, plus the active one). */
  setThreads(threads: PresentedThread[]): void {
    this.threads = threads;
    this.refresh();
  }

  /** Mark one thread active (stronger highlight), or none. */
  setActive(threadId: string | null): void {
    if (this.active === threadId) return;
    this.active = threadId;
    this.refresh();
  }

  /** Whether the section of a thread has its editor on screen. */
  hasEditorFor(thread: PresentedThread): boolean {
    return thread.anchor.kind === "text" && this.editors.has(thread.anchor.sectionId);
  }

  /** The editor position of a thread's range now, or null (detached, not on screen). */
  rangeOf(thread: PresentedThread): { from: number; to: number } | null {
    if (thread.anchor.kind !== "text") return null;
    const e = this.editors.get(thread.anchor.sectionId);
    if (!e || e.editor.isDestroyed) return null;
    return this.resolve(e, e.editor.state, thread.anchor);
  }

  /** The top of the thread's highlighted text on screen (viewport px), or null when it is not shown. */
  anchorTop(thread: PresentedThread): number | null {
    const range = this.rangeOf(thread);
    if (!range) return null;
    const e = this.editors.get((thread.anchor as TextAnchor).sectionId)!;
    try {
      return e.editor.view.coordsAtPos(range.from, 1).top;
    } catch {
      return null;
    }
  }

  /** Scroll the thread's sentence into view and highlight it. False when it cannot be shown (yet). */
  reveal(thread: PresentedThread): boolean {
    this.setActive(thread.id);
    const range = this.rangeOf(thread);
    if (!range) return false;
    const e = this.editors.get((thread.anchor as TextAnchor).sectionId)!;
    const view = e.editor.view;
    try {
      const { node } = view.domAtPos(range.from);
      const el = node instanceof Element ? node : node.parentElement;
      const reduce = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
      el?.scrollIntoView({ block: "center", behavior: reduce ? "auto" : "smooth" });
    } catch {
      return false;
    }
    return true;
  }

  /** The reader's current selection in a section body as a text anchor, or null. */
  selectionDraft(): SelectionDraft | null {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const range = sel.getRangeAt(0);
    for (const e of this.editors.values()) {
      const root = e.editor.view.dom;
      if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) continue;
      let from: number;
      let to: number;
      try {
        from = e.editor.view.posAtDOM(range.startContainer, range.startOffset);
        to = e.editor.view.posAtDOM(range.endContainer, range.endOffset);
      } catch {
        return null;
      }
      if (from > to) [from, to] = [to, from];
      const anchor = this.anchorFor(e, from, to);
      if (!anchor) return null;
      const r = range.getBoundingClientRect();
      return { anchor, rect: { top: r.top, left: r.left, bottom: r.bottom, right: r.right } };
    }
    return null;
  }

  private anchorFor(e: SectionEditor, rawFrom: number, rawTo: number): TextAnchor | null {
    const state = e.editor.state;
    const mapping = mappingOf(state);
    if (!mapping) return null;
    const doc = state.doc;
    let from = rawFrom;
    let to = rawTo;
    // Trim the range to text: no block boundaries or spaces at either end.
    const charAfter = (p: number) => {
      const $p = doc.resolve(p);
      return $p.parent.isTextblock && $p.parentOffset < $p.parent.content.size ? doc.textBetween(p, p + 1, "\n", "\uFFFC") : "";
    };
    const charBefore = (p: number) => {
      const $p = doc.resolve(p);
      return $p.parent.isTextblock && $p.parentOffset > 0 ? doc.textBetween(p - 1, p, "\n", "\uFFFC") : "";
    };
    while (from < to && !/\S/.test(charAfter(from))) from++;
    while (to > from && !/\S/.test(charBefore(to))) to--;
    if (to <= from) return null;
    const quote = doc.textBetween(from, to, "\n", " ").trim();
    if (!quote) return null;
    const toTypeIndex = (pos: number) => {
      const rel = absolutePositionToRelativePosition(pos, e.fragment, mapping as never);
      const abs = Y.createAbsolutePositionFromRelativePosition(rel, this.doc);
      return abs && abs.type instanceof Y.XmlText ? { type: abs.type, index: abs.index } : null;
    };
    const start = toTypeIndex(from);
    const end = toTypeIndex(to);
    if (!start || !end) return null;
    return { kind: "text", sectionId: e.sectionId, ...rangePositions(start, end), quote: quote.slice(0, 1000) };
  }

  private resolve(e: SectionEditor, state: EditorState, anchor: TextAnchor): { from: number; to: number } | null {
    const mapping = mappingOf(state);
    const now = currentPositions(this.doc, anchor);
    const start = decodePosition(now.start);
    const end = decodePosition(now.end);
    if (!mapping || !start || !end) return null;
    try {
      const from = this.editorPosition(e, start, mapping);
      const to = this.editorPosition(e, end, mapping);
      if (from === null || to === null || to <= from || to > state.doc.content.size) return null;
      return { from, to };
    } catch {
      return null;
    }
  }

  /**
   * The editor position of a stored relative position. y-tiptap's
   * relativePositionToAbsolutePosition drops any position tied to a character
   * that lands at 1 or before (its guard against blocks moved by drag and
   * drop), and 1 is where every section body's first character sits: a
   * comment on a section's first words would never show. So resolve through
   * Yjs first and hand y-tiptap the same (text, index) tied to the character
   * before it, which at index 0 is the text's start and carries no character.
   */
  private editorPosition(e: SectionEditor, rel: Y.RelativePosition, mapping: Mapping): number | null {
    const abs = Y.createAbsolutePositionFromRelativePosition(rel, this.doc);
    if (!abs) return null;
    const leftTied = Y.createRelativePositionFromTypeIndex(abs.type, abs.index, -1);
    return relativePositionToAbsolutePosition(this.doc, e.fragment, leftTied, mapping as never);
  }

  private rangesFor(e: SectionEditor, state: EditorState): Range[] {
    const out: Range[] = [];
    for (const t of this.threads) {
      if (t.anchor.kind !== "text" || t.anchor.sectionId !== e.sectionId) continue;
      if (t.status === "resolved" && t.id !== this.active) continue;
      const r = this.resolve(e, state, t.anchor);
      if (r) out.push({ threadId: t.id, ...r });
    }
    return out;
  }

  private decorations(e: SectionEditor, state: EditorState): DecorationSet {
    const decos = this.rangesFor(e, state).map((r) =>
      Decoration.inline(r.from, r.to, {
        class: r.threadId === this.active ? "comment-highlight comment-highlight--active" : "comment-highlight",
        "data-thread-id": r.threadId,
      }),
    );
    return DecorationSet.create(state.doc, decos);
  }

  /** Recompute every editor's highlights (threads or positions changed). */
  refresh(): void {
    for (const e of this.editors.values()) {
      if (e.editor.isDestroyed) continue;
      const view = e.editor.view;
      view.dispatch(view.state.tr.setMeta(pluginKey, "refresh").setMeta("addToHistory", false));
    }
  }

  private plugin(e: SectionEditor): Plugin<DecorationSet> {
    let pending: ReturnType<typeof setTimeout> | undefined;
    return new Plugin<DecorationSet>({
      key: pluginKey,
      state: {
        init: (_config, state) => this.decorations(e, state),
        apply: (tr, old, _oldState, newState) => (tr.docChanged || tr.getMeta(pluginKey) ? this.decorations(e, newState) : old.map(tr.mapping, tr.doc)),
      },
      props: {
        decorations: (state) => pluginKey.getState(state),
        handleClick: (_view: EditorView, pos: number) => {
          const hit = this.rangesFor(e, e.editor.state).find((r) => pos >= r.from && pos <= r.to);
          if (hit) for (const l of this.listeners) l({ type: "activate", threadId: hit.threadId });
          return false;
        },
      },
      view: () => ({
        // y-tiptap updates its position mapping after the transaction: re-resolve once it has.
        update: (view, prev) => {
          if (view.state.doc === prev.doc) return;
          clearTimeout(pending);
          pending = setTimeout(() => {
            if (!e.editor.isDestroyed) view.dispatch(view.state.tr.setMeta(pluginKey, "refresh").setMeta("addToHistory", false));
          }, 0);
        },
        destroy: () => clearTimeout(pending),
      }),
    });
  }
}

const registries = new WeakMap<Y.Doc, CommentAnchorRegistry>();

/** The registry of a plan document. */
export function anchorRegistryFor(doc: Y.Doc): CommentAnchorRegistry {
  let r = registries.get(doc);
  if (!r) registries.set(doc, (r = new CommentAnchorRegistry(doc)));
  return r;
}
