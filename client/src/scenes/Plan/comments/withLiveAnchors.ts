import type * as Y from "yjs";
import type { PresentedThread } from "@jigsaw/shared/comments/types";
import { resolveTextAnchor } from "@jigsaw/shared/comments/textAnchor";
import { sectionBody } from "@jigsaw/shared/plan/index";

/**
 * Threads with the state of their text anchors read from this device's
 * document (the server's answer is as old as the last load). A section this
 * device has not received yet keeps the server's word.
 */
export function withLiveAnchors(doc: Y.Doc, threads: PresentedThread[], previous: PresentedThread[] | null): PresentedThread[] {
  const live = threads.map((t, i) => {
    if (t.anchor.kind !== "text" || !sectionBody(doc, t.anchor.sectionId)) return t;
    const state = resolveTextAnchor(doc, t.anchor).status;
    if (state === t.anchorState) return t;
    // The copy made last time, when it still says the same: typing does not re-render every thread.
    const before = previous?.[i];
    return before && before.id === t.id && before.comments === t.comments && before.status === t.status && before.anchorState === state ? before : { ...t, anchorState: state };
  });
  const unchanged = (list: PresentedThread[] | null) => list !== null && list.length === live.length && live.every((t, i) => t === list[i]);
  return unchanged(threads) ? threads : unchanged(previous) ? previous! : live;
}
