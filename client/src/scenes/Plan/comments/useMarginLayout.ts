import { useCallback, useEffect, useLayoutEffect, type RefObject } from "react";
import type { PresentedThread } from "@jigsaw/shared/comments/types";
import { anchorElement } from "./anchorElement.ts";
import type { CommentAnchorRegistry } from "./anchorRegistry.ts";
import type { CommentRequest } from "./commentRequests.ts";
import { marginHeight, marginTops, type MarginItem } from "./marginLayout.ts";

/** What the margin layout reads: the list, its cards and the open comment box, and where they belong. */
export interface MarginLayoutInput {
  /** Wide screens: threads in the margin (otherwise the cards are left where the list puts them). */
  margin: boolean;
  listRef: RefObject<HTMLDivElement | null>;
  cardRefs: RefObject<Map<string, HTMLElement>>;
  draftRef: RefObject<HTMLDivElement | null>;
  /** Where a new comment's text was selected (page px from the top). */
  draftAt: RefObject<number | null>;
  /** The threads listed beside the text, in order. */
  attached: PresentedThread[];
  registry: CommentAnchorRegistry;
  active: string | null;
  draft: CommentRequest | null;
}

/**
 * Places the comment cards in the margin beside their text, after every render
 * and whenever the text reflows.
 */
export function useMarginLayout({ margin, listRef, cardRefs, draftRef, draftAt, attached, registry, active, draft }: MarginLayoutInput): void {
  // The margin: each card level with its anchor, stacked where anchors are close, the active one exactly beside its text.
  const layoutMargin = useCallback(() => {
    const list = listRef.current;
    if (!list) return;
    const cards = attached.map((t) => cardRefs.current.get(t.id) ?? null);
    if (!margin) {
      list.style.height = "";
      for (const c of cards) if (c) c.style.top = "";
      return;
    }
    const base = list.getBoundingClientRect().top;
    const entries: Array<{ el: HTMLElement; item: MarginItem }> = [];
    attached.forEach((t, i) => {
      const el = cards[i];
      if (!el) return;
      const top = t.anchor.kind === "text" ? registry.anchorTop(t) : (anchorElement(t.anchor)?.getBoundingClientRect().top ?? null);
      entries.push({ el, item: { height: el.offsetHeight, want: top === null ? null : top - base } });
    });
    let pinned = entries.findIndex((e) => e.el.dataset.threadId === active);
    const draftEl = draftRef.current;
    if (draftEl && listRef.current?.contains(draftEl)) {
      const at = draft && draft.anchor.kind !== "text" ? anchorElement(draft.anchor)?.getBoundingClientRect().top : draftAt.current !== null ? draftAt.current - window.scrollY : undefined;
      const want = at === undefined || at === null ? 0 : at - base;
      const index = entries.findIndex((e) => e.item.want !== null && e.item.want > want);
      pinned = index < 0 ? entries.length : index;
      entries.splice(pinned, 0, { el: draftEl, item: { height: draftEl.offsetHeight, want } });
    }
    const items = entries.map((e) => e.item);
    const tops = marginTops(items, pinned < 0 ? null : pinned);
    entries.forEach((e, i) => {
      e.el.style.top = `${Math.round(tops[i]!)}px`;
    });
    list.style.height = `${Math.ceil(marginHeight(items, tops))}px`;
  }, [attached, margin, registry, active, draft, listRef, cardRefs, draftRef, draftAt]);
  // After every render (threads, filter, the document or the active thread changed): cheap, a read of each anchor.
  useLayoutEffect(layoutMargin);
  // Text reflowing (resizes, sections or tables loading, a reply box opening) moves anchors without a render here.
  useEffect(() => {
    if (!margin || typeof ResizeObserver === "undefined") return;
    let frame = 0;
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(layoutMargin);
    };
    const observer = new ResizeObserver(schedule);
    const main = listRef.current?.closest(".plan-editor__columns")?.querySelector(".plan-editor__main");
    if (main) observer.observe(main);
    if (listRef.current) for (const child of listRef.current.children) observer.observe(child);
    window.addEventListener("resize", schedule);
    return () => {
      observer.disconnect();
      window.removeEventListener("resize", schedule);
      cancelAnimationFrame(frame);
    };
  }, [margin, layoutMargin, listRef]);
}
