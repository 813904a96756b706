/**
 * Parts of the plan that load after a deep link landed (outcome tags, jargon hints, tables) change the
 * page's height above the sentence: bring it back into view whenever the page resizes, until the
 * person scrolls, types or clicks themselves, or the page has kept its size for `settleMs` (parts
 * load later on a busy device, so this is not a fixed few seconds), and never for more than `maxMs`.
 */
export function keepRevealed(reveal: () => void, { settleMs = 4_000, maxMs = 30_000 }: { settleMs?: number; maxMs?: number } = {}): void {
  if (typeof ResizeObserver === "undefined") return;
  let settle = setTimeout(() => stop(), settleMs);
  const observer = new ResizeObserver(() => {
    reveal();
    clearTimeout(settle);
    settle = setTimeout(() => stop(), settleMs);
  });
  const cap = setTimeout(() => stop(), maxMs);
  function stop() {
    observer.disconnect();
    clearTimeout(settle);
    clearTimeout(cap);
    for (const e of USER_MOVES) window.removeEventListener(e, stop, true);
  }
  for (const e of USER_MOVES) window.addEventListener(e, stop, true);
  observer.observe(document.documentElement);
}
const USER_MOVES = ["wheel", "keydown", "pointerdown", "touchstart"] as const;
