import { useEffect, useRef, type Dispatch, type RefObject, type SetStateAction } from "react";
import type { PresentedThread } from "@jigsaw/shared/comments/types";
import type { CommentAnchorRegistry } from "./anchorRegistry.ts";
import { keepRevealed, USER_MOVES } from "../../../utils/keepRevealed.ts";
import type { ThreadFilter } from "./threadOrder.ts";

/** How long a deep link waits for its sentence's editor. */
const WAIT_FOR_EDITOR_MS = 30_000;

/** The deep link handled last (a thread shown by the person counts too) and the retry timer. */
export interface DeepLinkState {
  handled: string | null;
  timer?: ReturnType<typeof setTimeout>;
}

/**
 * Deep link: `?thread=<id>` shows that thread and its sentence (editors may
 * still be mounting), once per link: later changes to the threads (live
 * updates) must not pull focus back to it.
 */
export function useThreadDeepLink(
  wantedThread: string | null,
  threads: PresentedThread[] | null,
  registry: CommentAnchorRegistry,
  cardRefs: RefObject<Map<string, HTMLElement>>,
  setActive: Dispatch<SetStateAction<string | null>>,
  setFilter: Dispatch<SetStateAction<ThreadFilter>>,
): RefObject<DeepLinkState> {
  const deepLink = useRef<DeepLinkState>({ handled: null });
  useEffect(() => {
    const d = deepLink.current;
    return () => clearTimeout(d.timer);
  }, []);
  useEffect(() => {
    const d = deepLink.current;
    if (!wantedThread || !threads || d.handled === wantedThread) return;
    const t = threads.find((x) => x.id === wantedThread);
    if (!t) return;
    d.handled = t.id;
    setActive(t.id);
    if (t.status === "resolved") setFilter("all");
    clearTimeout(d.timer);
    // The sentence's section may get its editor seconds later on a busy device (editors are built one
    // after another): keep trying until it can be shown, unless the person moves first.
    const giveUpAt = Date.now() + WAIT_FOR_EDITOR_MS;
    let moved = false;
    const onMove = () => void (moved = true);
    for (const e of USER_MOVES) window.addEventListener(e, onMove, { capture: true, once: true });
    const done = () => {
      for (const e of USER_MOVES) window.removeEventListener(e, onMove, { capture: true });
      requestAnimationFrame(() => cardRefs.current.get(t.id)?.focus({ preventScroll: t.anchor.kind === "text" }));
    };
    const attempt = () => {
      const shown = t.anchor.kind !== "text" || t.anchorState === "detached" || (!moved && registry.reveal(t));
      if (shown && t.anchor.kind === "text" && t.anchorState !== "detached") keepRevealed(() => void registry.reveal(t));
      if (shown || moved || Date.now() > giveUpAt) return done();
      d.timer = setTimeout(attempt, 150);
    };
    attempt();
  }, [wantedThread, threads, registry, cardRefs, setActive, setFilter]);
  return deepLink;
}
