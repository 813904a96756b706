/**
 * Parts of the plan that load after the page moved someone to a place (a deep link's sentence, the
 * section a meeting is discussing) change the page's height above it: outcome tags, jargon hints,
 * tables, section editors built one after another, the "since your last visit" banner. Bring the place
 * back into view whenever the page resizes, until the person scrolls, types or clicks themselves, or
 * the returned function is called, and never for more than `maxMs` (parts load later on a busy device,
 * so this is not a fixed few seconds).
 */
export function keepRevealed(reveal: () => void, { maxMs = 30_000 }: { maxMs?: number } = {}): () => void {
  if (typeof ResizeObserver === "undefined") return () => {};
  const observer = new ResizeObserver(() => reveal());
  const cap = setTimeout(() => stop(), maxMs);
  function stop() {
    observer.disconnect();
    clearTimeout(cap);
    for (const e of USER_MOVES) window.removeEventListener(e, stop, true);
  }
  for (const e of USER_MOVES) window.addEventListener(e, stop, true);
  observer.observe(document.documentElement);
  return stop;
}

/** What a person does to move on their own (after which the page stops moving for them). */
export const USER_MOVES = ["wheel", "keydown", "pointerdown", "touchstart"] as const;
