import { useEffect, useRef, type Dispatch, type RefObject, type SetStateAction } from "react";
import type { PresentedThread } from "@jigsaw/shared/comments/types";
import type { CommentAnchorRegistry } from "./anchorRegistry.ts";
import { keepRevealed } from "./keepRevealed.ts";
import type { ThreadFilter } from "./threadOrder.ts";

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
    let tries = 0;
    clearTimeout(d.timer);
    const attempt = () => {
      const shown = t.anchor.kind !== "text" || t.anchorState === "detached" || registry.reveal(t);
      if (shown && t.anchor.kind === "text" && t.anchorState !== "detached") keepRevealed(() => registry.reveal(t));
      if (shown || tries++ > 40) {
        requestAnimationFrame(() => cardRefs.current.get(t.id)?.focus({ preventScroll: t.anchor.kind === "text" }));
        return;
      }
      d.timer = setTimeout(attempt, 150);
    };
    attempt();
  }, [wantedThread, threads, registry, cardRefs, setActive, setFilter]);
  return deepLink;
}
