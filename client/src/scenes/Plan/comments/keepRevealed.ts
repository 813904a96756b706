/**
 * Parts of the plan that load after a deep link landed (outcome tags, jargon hints, tables) change the
 * page's height above the sentence: for a few seconds, bring it back into view whenever the page
 * resizes, until the person scrolls, types or clicks themselves.
 */
export function keepRevealed(reveal: () => void, forMs = 5_000): void {
  if (typeof ResizeObserver === "undefined") return;
  const observer = new ResizeObserver(() => reveal());
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    for (const e of USER_MOVES) window.removeEventListener(e, stop, true);
  };
  const timer = setTimeout(stop, forMs);
  for (const e of USER_MOVES) window.addEventListener(e, stop, true);
  observer.observe(document.documentElement);
}
const USER_MOVES = ["wheel", "keydown", "pointerdown", "touchstart"] as const;
