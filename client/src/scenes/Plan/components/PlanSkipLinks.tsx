/** Where a plan skip link goes: an element found by selector, focused (made focusable by script if it is not). */
interface SkipTarget {
  label: string;
  selector: string;
}

/** The landmark ids and selectors the skip links go to. */
export const PLAN_CONTENT_ID = "plan-content";

/**
 * "Skip to plan", "Skip to comments" and "Skip to meeting" (when there is a
 * meeting bar): hidden until focused, as the page's own skip link is. Each
 * moves focus into its landmark, which the browser scrolls to below the
 * sticky bar (scroll-padding-top).
 */
export function PlanSkipLinks({ meeting }: { meeting: boolean }) {
  const targets: SkipTarget[] = [
    { label: "Skip to plan", selector: `#${PLAN_CONTENT_ID}` },
    { label: "Skip to comments", selector: "#comment-sidebar-heading" },
    ...(meeting ? [{ label: "Skip to meeting", selector: "section.meeting-bar" }] : []),
  ];
  return (
    <ul className="plan-skip-links">
      {targets.map((t) => (
        <li key={t.label}>
          <a
            href={t.selector.startsWith("#") ? t.selector : "#"}
            onClick={(e) => {
              e.preventDefault();
              const el = document.querySelector<HTMLElement>(t.selector);
              if (!el) return;
              if (!el.hasAttribute("tabindex")) el.setAttribute("tabindex", "-1");
              el.focus();
            }}
          >
            {t.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
