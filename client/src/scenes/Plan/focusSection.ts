import { keepRevealed } from "../../utils/keepRevealed.ts";
import { sectionHeadingId } from "./components/PlanSection.tsx";

/** Stops keeping the last section moved to in view (a new move replaces it). */
let stopKeepingSection: () => void = () => {};

/**
 * Scroll to a section and, unless the person is typing somewhere, move focus to its heading. It stays
 * in place while parts above it finish loading (section editors are built one after another), until
 * the person moves themselves.
 */
export function focusSection(sectionId: string): void {
  const heading = document.getElementById(sectionHeadingId(sectionId));
  if (!heading) return;
  const reduce = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
  heading.scrollIntoView({ block: "start", behavior: reduce ? "auto" : "smooth" });
  stopKeepingSection();
  // Corrections are instant: a smooth one still running when the person moves would carry on after it.
  stopKeepingSection = keepRevealed(() => heading.isConnected && heading.scrollIntoView({ block: "start", behavior: "instant" }), { maxMs: 10_000 });
  const active = document.activeElement as HTMLElement | null;
  const typing = active && (active.isContentEditable || active.tagName === "INPUT" || active.tagName === "TEXTAREA" || active.tagName === "SELECT");
  if (!typing) heading.focus({ preventScroll: true });
}

/** Scroll to a section and move focus to its heading once it has rendered (after adding or removing one). */
export function revealSection(sectionId: string, tries = 10): void {
  requestAnimationFrame(() => {
    const heading = document.getElementById(sectionHeadingId(sectionId));
    if (!heading) {
      if (tries > 0) revealSection(sectionId, tries - 1);
      return;
    }
    const reduce = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
    heading.scrollIntoView({ block: "start", behavior: reduce ? "auto" : "smooth" });
    heading.focus({ preventScroll: true });
  });
}
