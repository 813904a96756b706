/**
 * Caret browsing in read-only text (make the element a tab stop): the arrow keys
 * move a caret through it (Ctrl: by word or paragraph; Home / End: to the
 * line's ends; Ctrl+Home / Ctrl+End: to the text's ends), and with Shift they
 * select, so that someone without a mouse can select a passage (to comment on
 * it, or copy it). The browser's own selection is moved (`Selection.modify`),
 * so everything that reads the selection works as it does for a mouse. A
 * drawn caret shows where a collapsed selection is, since browsers draw none
 * in text that cannot be edited. Returns the removal.
 */
export function enableCaretBrowsing(root: HTMLElement): () => void {
  const caret = document.createElement("span");
  caret.className = "readonly-caret";
  caret.setAttribute("aria-hidden", "true");
  caret.hidden = true;
  document.body.appendChild(caret);

  const inside = (n: Node | null) => n !== null && root.contains(n);

  const draw = () => {
    const sel = window.getSelection();
    const show = document.activeElement === root && sel !== null && sel.rangeCount > 0 && sel.isCollapsed && inside(sel.focusNode);
    if (!show) {
      caret.hidden = true;
      return;
    }
    const range = sel.getRangeAt(0);
    let rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
    // An empty paragraph has no text box: use the block's own box.
    if (rect.height === 0) {
      const el = (range.startContainer.nodeType === Node.ELEMENT_NODE ? range.startContainer : range.startContainer.parentElement) as Element | null;
      if (el) rect = el.getBoundingClientRect();
    }
    caret.hidden = false;
    caret.style.top = `${rect.top + window.scrollY}px`;
    caret.style.left = `${rect.left + window.scrollX}px`;
    caret.style.height = `${rect.height || 18}px`;
  };

  // Keep the caret (the selection's moving end) on screen and out from under the sticky bar (the root's scroll-padding-top).
  const keepInView = () => {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || !inside(sel.focusNode)) return;
    const at = document.createRange();
    at.setStart(sel.focusNode!, sel.focusOffset);
    const rect = at.getClientRects()[0] ?? (sel.focusNode!.nodeType === Node.ELEMENT_NODE ? (sel.focusNode as Element) : sel.focusNode!.parentElement)?.getBoundingClientRect();
    if (!rect) return;
    const top = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
    if (rect.top < top) window.scrollBy(0, rect.top - top - 8);
    else if (rect.bottom > window.innerHeight) window.scrollBy(0, rect.bottom - window.innerHeight + 8);
  };

  const onFocus = () => {
    const sel = window.getSelection();
    if (!sel) return;
    // Coming in from elsewhere: the caret starts at the beginning of the text.
    if (!(inside(sel.anchorNode) && inside(sel.focusNode))) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const first = walker.nextNode();
      if (first) sel.collapse(first, 0);
      else sel.collapse(root, 0);
    }
    keepInView();
    draw();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.metaKey) return;
    const move: Record<string, [Direction, Granularity, Granularity]> = {
      ArrowLeft: ["backward", "character", "word"],
      ArrowRight: ["forward", "character", "word"],
      ArrowUp: ["backward", "line", "paragraph"],
      ArrowDown: ["forward", "line", "paragraph"],
      Home: ["backward", "lineboundary", "documentboundary"],
      End: ["forward", "lineboundary", "documentboundary"],
    };
    const m = move[e.key];
    if (!m) return;
    const sel = window.getSelection() as (Selection & { modify?: (alter: string, direction: string, granularity: string) => void }) | null;
    if (!sel?.modify || sel.rangeCount === 0) return;
    e.preventDefault();
    const before = { anchor: sel.anchorNode, anchorOffset: sel.anchorOffset, focus: sel.focusNode, focusOffset: sel.focusOffset };
    sel.modify(e.shiftKey ? "extend" : "move", m[0], e.ctrlKey ? m[2] : m[1]);
    // Never out of this text (past its first or last character).
    if (!inside(sel.focusNode) || !inside(sel.anchorNode)) {
      if (before.anchor && before.focus) sel.setBaseAndExtent(before.anchor, before.anchorOffset, before.focus, before.focusOffset);
    }
    keepInView();
  };

  const onBlur = () => {
    caret.hidden = true;
  };

  root.addEventListener("focus", onFocus);
  root.addEventListener("blur", onBlur);
  root.addEventListener("keydown", onKeyDown);
  document.addEventListener("selectionchange", draw);
  window.addEventListener("scroll", draw, true);
  window.addEventListener("resize", draw);
  // Parts of the page that load later (tables, comments in the margin) move the text under a drawn caret.
  const layout = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(() => draw());
  layout?.observe(root);
  layout?.observe(document.documentElement);
  return () => {
    layout?.disconnect();
    root.removeEventListener("focus", onFocus);
    root.removeEventListener("blur", onBlur);
    root.removeEventListener("keydown", onKeyDown);
    document.removeEventListener("selectionchange", draw);
    window.removeEventListener("scroll", draw, true);
    window.removeEventListener("resize", draw);
    caret.remove();
  };
}

type Direction = "forward" | "backward";
type Granularity = "character" | "word" | "line" | "paragraph" | "lineboundary" | "documentboundary";
