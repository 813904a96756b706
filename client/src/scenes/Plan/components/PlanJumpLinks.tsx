import type { MouseEvent } from "react";

const TARGETS = [
  { id: "plan-agreement", label: "Agreement" },
  { id: "plan-history", label: "History" },
] as const;

/**
 * "Agreement" and "History" links in the plan header: each moves focus to
 * its panel below the editor (so keyboard and screen reader users land
 * there too), which the browser scrolls into view.
 */
export function PlanJumpLinks() {
  const go = (e: MouseEvent<HTMLAnchorElement>, id: string) => {
    const el = document.getElementById(id);
    if (!el) return; // not loaded yet: the plain fragment link still works once it is
    e.preventDefault();
    el.focus();
    el.scrollIntoView({ block: "start" });
    history.replaceState(history.state, "", `#${id}`);
  };
  return (
    <nav className="plan-header__jump" aria-label="On this plan">
      {TARGETS.map((t) => (
        <a key={t.id} href={`#${t.id}`} onClick={(e) => go(e, t.id)}>
          {t.label}
        </a>
      ))}
    </nav>
  );
}
