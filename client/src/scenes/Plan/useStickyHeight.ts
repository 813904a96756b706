import { useEffect, type RefObject } from "react";

/**
 * Keep `--plan-sticky-height` on `container` equal to the height of the sticky
 * `bar` (status + meeting), so section headings scrolled to by meeting mode
 * and the people column land below the bar rather than under it. The root
 * element gets it too: its `scroll-padding-top` (editor.css) keeps anything
 * the browser scrolls into view, such as the control focused by Tab, from
 * landing under the bar.
 */
export function useStickyHeight(container: RefObject<HTMLElement | null>, bar: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const host = container.current;
    const el = bar.current;
    if (!host || !el || typeof ResizeObserver === "undefined") return;
    const update = () => {
      // Not sticky (a layout that lets the bar scroll away): nothing covers the page.
      const sticky = getComputedStyle(el).position === "sticky";
      const height = `${sticky ? Math.ceil(el.getBoundingClientRect().height) : 0}px`;
      host.style.setProperty("--plan-sticky-height", height);
      document.documentElement.style.setProperty("--plan-sticky-height", height);
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    window.addEventListener("resize", update);
    return () => {
      observer.disconnect();
      window.removeEventListener("resize", update);
      document.documentElement.style.removeProperty("--plan-sticky-height");
    };
  }, [container, bar]);
}
