/**
 * When a tall element itself takes focus (a table's scroll region, reached by
 * Tab or Shift+Tab), the browser does not scroll if any part of it is on
 * screen, so its top, where its name and first row are, can sit under the
 * sticky bar. Scroll it to the top of the free space instead (the root's
 * scroll-padding leaves the bar's height). Focus inside it is left alone.
 */
export function revealTopOnFocus(e: { target: EventTarget; currentTarget: HTMLElement }): void {
  if (e.target !== e.currentTarget) return;
  const el = e.currentTarget;
  const padding = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
  if (el.getBoundingClientRect().top < padding) el.scrollIntoView({ block: "start" });
}
