/** One card in the comment margin: its height and where its anchor is (px from the margin's top), if on screen. */
export interface MarginItem {
  height: number;
  /** The anchor's top in the margin's coordinates, or null (its text is not on screen yet). */
  want: number | null;
}

/**
 * Tops for the cards of the comment margin, in document order: each as level
 * with its anchor as it can be without overlapping the others (`gap` apart,
 * none above 0). The `pinned` card (the active thread) sits exactly level with
 * its anchor and the others make way above and below it, as in Google Docs.
 * A card without an anchor position follows the one before it.
 */
export function marginTops(items: readonly MarginItem[], pinned: number | null, gap = 8): number[] {
  const tops = new Array<number>(items.length).fill(0);
  const down = (from: number, start: number) => {
    let y = start;
    for (let i = from; i < items.length; i++) {
      const it = items[i]!;
      tops[i] = Math.max(it.want ?? y, y);
      y = tops[i]! + it.height + gap;
    }
  };
  const pin = pinned !== null && pinned >= 0 && pinned < items.length && items[pinned]!.want !== null ? pinned : null;
  if (pin === null) {
    down(0, 0);
    return tops;
  }
  tops[pin] = Math.max(0, items[pin]!.want!);
  down(pin + 1, tops[pin]! + items[pin]!.height + gap);
  let limit = tops[pin]! - gap;
  for (let i = pin - 1; i >= 0; i--) {
    const it = items[i]!;
    tops[i] = Math.min(it.want ?? limit - it.height, limit - it.height);
    limit = tops[i]! - gap;
  }
  // No room above the pinned card: everything from the top moves down as little as it can.
  if (items.length > 0 && tops[0]! < 0) {
    let y = 0;
    for (let i = 0; i < items.length; i++) {
      tops[i] = Math.max(tops[i]!, y);
      y = tops[i]! + items[i]!.height + gap;
    }
  }
  return tops;
}

/** The height the margin needs to hold its cards. */
export function marginHeight(items: readonly MarginItem[], tops: readonly number[]): number {
  return items.reduce((h, it, i) => Math.max(h, tops[i]! + it.height), 0);
}
