import { useEffect, type RefObject } from "react";

/**
 * Keep `--plan-sticky-height` on `container` equal to the height of the sticky
 * `bar` (status + meeting), so section headings scrolled to by meeting mode
 * and the people column land below the bar rather than under it.
 */
export function useStickyHeight(container: RefObject<HTMLElement | null>, bar: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const host = container.current;
    const el = bar.current;
    if (!host || !el || typeof ResizeObserver === "undefined") return;
    const update = () => {
      // Not sticky (narrow screens with facilitator controls): nothing covers the page.
      const sticky = getComputedStyle(el).position === "sticky";
      host.style.setProperty("--plan-sticky-height", `${sticky ? Math.ceil(el.getBoundingClientRect().height) : 0}px`);
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    window.addEventListener("resize", update);
    return () => {
      observer.disconnect();
      window.removeEventListener("resize", update);
    };
  }, [container, bar]);
}
