import { useEffect, useRef } from "react";
import { useLocation } from "react-router";

/**
 * After each client-side navigation (not the first page load), move focus to
 * the new page's heading so keyboard and screen-reader users land on the
 * content. Headings opt in with `data-route-heading` ("page" for h1s,
 * "section" for a tab panel heading, preferred when only the tab changed).
 * Not when the link points into the page (`?thread=`: a comment thread, which
 * the plan page scrolls to and focuses itself): the heading would take the
 * person back to the top, and focus away from the thread.
 */
export function useRouteFocus(): void {
  const { pathname, search } = useLocation();
  const intoPage = new URLSearchParams(search).has("thread");
  const previous = useRef<string | null>(null);

  useEffect(() => {
    const before = previous.current;
    previous.current = pathname;
    if (before === null || before === pathname || intoPage) return;
    const sameArea = before.split("/").slice(0, 3).join("/") === pathname.split("/").slice(0, 3).join("/");
    let tries = 0;
    let frame = 0;
    const attempt = () => {
      const busy = document.querySelector('main [aria-busy="true"]');
      const target =
        !busy &&
        ((sameArea && document.querySelector<HTMLElement>('main [data-route-heading="section"]')) ||
        document.querySelector<HTMLElement>('main [data-route-heading="page"]'));
      if (target) {
        target.focus({ preventScroll: false });
        return;
      }
      if (++tries < 120) frame = requestAnimationFrame(attempt);
    };
    frame = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(frame);
    // Only a new path moves focus; `intoPage` is read for that navigation, not watched.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pathname]);
}
