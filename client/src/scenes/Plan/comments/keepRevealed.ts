/**
 * Parts of the plan that load after a deep link landed (outcome tags, jargon hints, tables, editors built
 * one after another, the "since your last visit" banner) change the page's height above the sentence:
 * bring it back into view whenever the page resizes, until the person scrolls, types or clicks
 * themselves, and never for more than `maxMs` (parts load later on a busy device, so this is not a fixed
 * few seconds).
 */
export function keepRevealed(reveal: () => void, { maxMs = 30_000 }: { maxMs?: number } = {}): void {
  if (typeof ResizeObserver === "undefined") return;
  const observer = new ResizeObserver(() => reveal());
  const cap = setTimeout(() => stop(), maxMs);
  function stop() {
    observer.disconnect();
    clearTimeout(cap);
    for (const e of USER_MOVES) window.removeEventListener(e, stop, true);
  }
  for (const e of USER_MOVES) window.addEventListener(e, stop, true);
  observer.observe(document.documentElement);
}

/** What a person does to move on their own (after which the page stops moving for them). */
export const USER_MOVES = ["wheel", "keydown", "pointerdown", "touchstart"] as const;
