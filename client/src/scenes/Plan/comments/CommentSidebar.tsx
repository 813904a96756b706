import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { useAnnounce } from "../../../hooks/useAnnounce.tsx";
import { useMediaQuery } from "../../../hooks/useMediaQuery.ts";
import { useSearchParams } from "react-router";
import type * as Y from "yjs";
import type { CommentAnchor } from "@jigsaw/shared/comments/anchor";
import type { PresentedThread } from "@jigsaw/shared/comments/types";
import type { PresentedMembership } from "@jigsaw/shared/domain/partnership";
import type { PresentedPlan } from "@jigsaw/shared/domain/plan";
import { resolveTextAnchor } from "@jigsaw/shared/comments/textAnchor";
import { actionIds, sectionBody, sectionIds } from "@jigsaw/shared/plan/index";
import { api } from "../../../api/index.ts";
import { getSocket } from "../../../realtime/socket.ts";
import { sectionHeadingId } from "../components/PlanSection.tsx";
import { anchorRegistryFor, type SelectionDraft } from "./anchorRegistry.ts";
import { CommentComposer } from "./CommentComposer.tsx";
import { commentRequestsFor, type CommentRequest } from "./commentRequests.ts";
import { createThread, getThread, listThreads } from "../../../api/comments.ts";
import { describeAnchor } from "./describeAnchor.ts";
import { marginHeight, marginTops, type MarginItem } from "./marginLayout.ts";
import { ThreadCard } from "./ThreadCard.tsx";
import "./comments.css";

type Filter = "open" | "resolved" | "all";

/**
 * Parts of the plan that load after a deep link landed (outcome tags, jargon hints, tables) change the
 * page's height above the sentence: for a few seconds, bring it back into view whenever the page
 * resizes, until the person scrolls, types or clicks themselves.
 */
function keepRevealed(reveal: () => void, forMs = 5_000): void {
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

/** Scroll to a section or action of the plan and move focus there (a thread's "Show in plan"). */
function revealItem(anchor: CommentAnchor): boolean {
  const target =
    anchor.kind === "section"
      ? document.getElementById(sectionHeadingId(anchor.sectionId))
      : anchor.kind === "action"
        ? document.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(anchor.actionId)}"]`)
        : null;
  if (!target) return false;
  const reduce = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
  target.scrollIntoView({ block: "center", behavior: reduce ? "auto" : "smooth" });
  // A row itself takes no focus: its first control that does (the comment button when a viewer has nothing to edit).
  const focusable = anchor.kind === "action" ? target.querySelector<HTMLElement>("input:not(:disabled), select:not(:disabled), button:not(:disabled)") : target;
  focusable?.focus({ preventScroll: true });
  return true;
}

/**
 * Wide enough for threads in the margin beside their text (Google Docs, Outline);
 * narrower screens keep the comments as a panel.
 */
export const MARGIN_MEDIA = "(min-width: 80rem)";

/** The plan element a non-text anchor belongs to (section heading or action row). */
function anchorElement(anchor: CommentAnchor): HTMLElement | null {
  const row = (id: string) => document.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(id)}"]`);
  switch (anchor.kind) {
    case "section":
      return document.getElementById(sectionHeadingId(anchor.sectionId));
    case "action":
      return row(anchor.actionId);
    case "outcome":
      return anchor.ownerKind === "section" ? document.getElementById(sectionHeadingId(anchor.ownerId)) : row(anchor.ownerId);
    default:
      return null;
  }
}

/** A number that changes (at most once a frame) whenever the plan document does. */
function useDocVersion(doc: Y.Doc): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let frame = 0;
    const onUpdate = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setVersion((v) => v + 1));
    };
    doc.on("update", onUpdate);
    return () => {
      doc.off("update", onUpdate);
      cancelAnimationFrame(frame);
    };
  }, [doc]);
  return version;
}

/**
 * Threads with the state of their text anchors read from this device's
 * document (the server's answer is as old as the last load). A section this
 * device has not received yet keeps the server's word.
 */
function withLiveAnchors(doc: Y.Doc, threads: PresentedThread[], previous: PresentedThread[] | null): PresentedThread[] {
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

/** Floating "Comment" button next to a text selection in the plan. */
function SelectionButton({ draft, onComment }: { draft: SelectionDraft; onComment: () => void }) {
  const top = Math.min(window.innerHeight - 52, Math.max(8, draft.rect.top - 44));
  const left = Math.min(window.innerWidth - 120, Math.max(8, draft.rect.right - 40));
  return (
    <button
      type="button"
      className="button button--small selection-comment"
      style={{ position: "fixed", top, left }}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onComment}
    >
      Comment
    </button>
  );
}

/**
 * The plan's comment sidebar: threads in document order with an open /
 * resolved / all filter, highlights of anchored text in the editors, a
 * "Comment" action on text selections, new threads on a whole section or an
 * action (asked for by their "Comment on this …" buttons), live updates from the plan room, and
 * `?thread=<id>` deep links (from notifications) that scroll to and highlight
 * the sentence.
 */
export function CommentSidebar({ plan, doc }: { plan: PresentedPlan; doc: Y.Doc }) {
  const registry = useMemo(() => anchorRegistryFor(doc), [doc]);
  const requests = useMemo(() => commentRequestsFor(doc), [doc]);
  // Outcome names (for threads on an outcome tag) come with the outcomes model, which loads after the editor.
  const [outcomeLabels, setOutcomeLabels] = useState<ReadonlyMap<string, string>>(() => new Map());
  useEffect(() => {
    let live = true;
    const load = () =>
      import("../../../outcomes/lens.ts").then(
        (m) => live && setOutcomeLabels(new Map(m.sharedOutcomes().map((o) => [o.id, o.label]))),
        () => undefined,
      );
    const idle = typeof window.requestIdleCallback === "function" ? window.requestIdleCallback(() => void load(), { timeout: 1500 }) : null;
    if (idle === null) void load();
    return () => {
      live = false;
      if (idle !== null) window.cancelIdleCallback(idle);
    };
  }, []);
  const [loadedThreads, setThreads] = useState<PresentedThread[] | null>(null);
  const docVersion = useDocVersion(doc);
  // Text anchors follow the live document: a passage deleted (or brought back by an undo) by anyone shows at once.
  const liveRef = useRef<PresentedThread[] | null>(null);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- docVersion: the document changed in place
  const threads = useMemo(() => (liveRef.current = loadedThreads ? withLiveAnchors(doc, loadedThreads, liveRef.current) : null), [doc, loadedThreads, docVersion]);
  const [canComment, setCanComment] = useState(false);
  const [members, setMembers] = useState<PresentedMembership[]>([]);
  const [filter, setFilter] = useState<Filter>("open");
  const filterRef = useRef<HTMLFieldSetElement>(null);
  const announce = useAnnounce();
  const [active, setActive] = useState<string | null>(null);
  const [selection, setSelection] = useState<SelectionDraft | null>(null);
  const [draft, setDraft] = useState<CommentRequest | null>(null);
  const [draftRequests, setDraftRequests] = useState(0);
  const draftRef = useRef<HTMLDivElement>(null);
  /** A new thread to focus once its card has rendered (the comment box it came from is gone). */
  const [focusCard, setFocusCard] = useState<string | null>(null);
  const [loadError, setLoadError] = useState(false);
  const [params, setParams] = useSearchParams();
  const cardRefs = useRef(new Map<string, HTMLElement>());
  const wantedThread = params.get("thread");
  const margin = useMediaQuery(MARGIN_MEDIA);
  const listRef = useRef<HTMLDivElement>(null);
  /** Where a new comment's text was selected (page px from the top), to open its box beside it. */
  const draftAt = useRef<number | null>(null);

  const load = useCallback(async () => {
    try {
      const r = await listThreads(plan.id);
      setThreads(r.data);
      setCanComment(r.policies.comment);
      setLoadError(false);
    } catch {
      setLoadError(true);
    }
  }, [plan.id]);

  useEffect(() => {
    void load();
    api.listMembers(plan.partnershipId).then(setMembers, () => setMembers([]));
  }, [load, plan.partnershipId]);

  const upsert = useCallback((t: PresentedThread) => {
    setThreads((list) => {
      const l = list ?? [];
      return l.some((x) => x.id === t.id) ? l.map((x) => (x.id === t.id ? t : x)) : [...l, t];
    });
  }, []);

  // Live: another member changed a thread in this plan (we are in its room).
  useEffect(() => {
    const socket = getSocket();
    const onChanged = (p: { planId: string; threadId: string }) => {
      if (p.planId !== plan.id) return;
      getThread(plan.id, p.threadId).then(upsert, () => undefined);
    };
    const onConnect = () => void load();
    socket.on("comment.changed", onChanged);
    socket.on("connect", onConnect);
    return () => {
      socket.off("comment.changed", onChanged);
      socket.off("connect", onConnect);
    };
  }, [plan.id, upsert, load]);

  // The plan's "Comment on this section / action" buttons show when the person may comment, and open the form here.
  useEffect(() => {
    requests.setCanComment(canComment);
    return () => requests.setCanComment(false);
  }, [requests, canComment]);
  useEffect(
    () =>
      requests.onRequest((r) => {
        setDraft(r);
        setSelection(null);
        setDraftRequests((n) => n + 1);
      }),
    [requests],
  );
  // Focus the comment box on every request, also when a draft was already open (its text is kept).
  useEffect(() => {
    if (draftRequests > 0) draftRef.current?.querySelector("textarea")?.focus();
  }, [draftRequests]);

  // Highlights are re-resolved from positions on every change: they need the threads, not their live state.
  useEffect(() => registry.setThreads(loadedThreads ?? []), [registry, loadedThreads]);
  useEffect(() => registry.setActive(active), [registry, active]);
  useEffect(
    () =>
      registry.onActivate(({ threadId }) => {
        setActive(threadId);
        const t = (threads ?? []).find((x) => x.id === threadId);
        if (t && t.status === "resolved") setFilter((f) => (f === "open" ? "all" : f));
        // In the margin the card is beside the highlight already: focus it where it is.
        requestAnimationFrame(() => cardRefs.current.get(threadId)?.focus({ preventScroll: margin }));
      }),
    [registry, threads, margin],
  );

  // Deep link: ?thread=<id> → show that thread and its sentence (editors may still be mounting).
  // Once per link: later changes to the threads (live updates) must not pull focus back to it.
  const deepLink = useRef<{ handled: string | null; timer?: ReturnType<typeof setTimeout> }>({ handled: null });
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
  }, [wantedThread, threads, registry]);

  // Selections in section bodies offer a "Comment" button.
  useEffect(() => {
    if (!canComment) return;
    let frame = 0;
    const onSel = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setSelection(registry.selectionDraft()));
    };
    document.addEventListener("selectionchange", onSel);
    window.addEventListener("scroll", onSel, true);
    return () => {
      document.removeEventListener("selectionchange", onSel);
      window.removeEventListener("scroll", onSel, true);
      cancelAnimationFrame(frame);
    };
  }, [registry, canComment]);

  const order = useMemo(() => {
    const ids = sectionIds(doc);
    const actions = actionIds(doc);
    // Sections in plan order (a whole-section thread first, then its text in reading order), then actions in table order.
    const rank = (t: PresentedThread): [number, number, string] => {
      const sid = t.anchor.kind === "text" || t.anchor.kind === "section" ? t.anchor.sectionId : t.anchor.kind === "outcome" && t.anchor.ownerKind === "section" ? t.anchor.ownerId : null;
      const s = sid ? ids.indexOf(sid) : -1;
      const action = t.anchor.kind === "action" ? actions.indexOf(t.anchor.actionId) : -1;
      const pos = registry.rangeOf(t)?.from ?? (t.anchor.kind === "section" ? -1 : action >= 0 ? action : Number.MAX_SAFE_INTEGER);
      return [s < 0 ? ids.length : s, pos, t.createdAt];
    };
    return (threads ?? [])
      .filter((t) => filter === "all" || t.status === filter || t.id === active)
      .map((t) => ({ t, r: rank(t) }))
      .sort((a, b) => a.r[0] - b.r[0] || a.r[1] - b.r[1] || a.r[2].localeCompare(b.r[2]))
      .map((x) => x.t);
  }, [threads, filter, doc, registry, active]);

  // Threads whose text was deleted are listed apart: they have no place beside the text.
  const attached = useMemo(() => order.filter((t) => t.anchorState !== "detached"), [order]);
  const detached = useMemo(() => order.filter((t) => t.anchorState === "detached"), [order]);

  // The margin: each card level with its anchor, stacked where anchors are close, the active one exactly beside its text.
  const layoutMargin = useCallback(() => {
    const list = listRef.current;
    if (!list) return;
    const cards = attached.map((t) => cardRefs.current.get(t.id) ?? null);
    if (!margin) {
      list.style.height = "";
      for (const c of cards) if (c) c.style.top = "";
      return;
    }
    const base = list.getBoundingClientRect().top;
    const entries: Array<{ el: HTMLElement; item: MarginItem }> = [];
    attached.forEach((t, i) => {
      const el = cards[i];
      if (!el) return;
      const top = t.anchor.kind === "text" ? registry.anchorTop(t) : (anchorElement(t.anchor)?.getBoundingClientRect().top ?? null);
      entries.push({ el, item: { height: el.offsetHeight, want: top === null ? null : top - base } });
    });
    let pinned = entries.findIndex((e) => e.el.dataset.threadId === active);
    const draftEl = draftRef.current;
    if (draftEl && listRef.current?.contains(draftEl)) {
      const at = draft && draft.anchor.kind !== "text" ? anchorElement(draft.anchor)?.getBoundingClientRect().top : draftAt.current !== null ? draftAt.current - window.scrollY : undefined;
      const want = at === undefined || at === null ? 0 : at - base;
      const index = entries.findIndex((e) => e.item.want !== null && e.item.want > want);
      pinned = index < 0 ? entries.length : index;
      entries.splice(pinned, 0, { el: draftEl, item: { height: draftEl.offsetHeight, want } });
    }
    const items = entries.map((e) => e.item);
    const tops = marginTops(items, pinned < 0 ? null : pinned);
    entries.forEach((e, i) => {
      e.el.style.top = `${Math.round(tops[i]!)}px`;
    });
    list.style.height = `${Math.ceil(marginHeight(items, tops))}px`;
  }, [attached, margin, registry, active, draft]);
  // After every render (threads, filter, the document or the active thread changed): cheap, a read of each anchor.
  useLayoutEffect(layoutMargin);
  // Text reflowing (resizes, sections or tables loading, a reply box opening) moves anchors without a render here.
  useEffect(() => {
    if (!margin || typeof ResizeObserver === "undefined") return;
    let frame = 0;
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(layoutMargin);
    };
    const observer = new ResizeObserver(schedule);
    const main = listRef.current?.closest(".plan-editor__columns")?.querySelector(".plan-editor__main");
    if (main) observer.observe(main);
    if (listRef.current) for (const child of listRef.current.children) observer.observe(child);
    window.addEventListener("resize", schedule);
    return () => {
      observer.disconnect();
      window.removeEventListener("resize", schedule);
      cancelAnimationFrame(frame);
    };
  }, [margin, layoutMargin]);

  useEffect(() => {
    const card = focusCard ? cardRefs.current.get(focusCard) : undefined;
    if (!card) return;
    card.focus();
    setFocusCard(null);
  }, [focusCard, order]);

  const counts = useMemo(() => {
    const l = threads ?? [];
    return { open: l.filter((t) => t.status === "open").length, resolved: l.filter((t) => t.status === "resolved").length, all: l.length };
  }, [threads]);

  const startDraft = () => {
    if (!selection) return;
    draftAt.current = selection.rect.top + window.scrollY;
    setDraft({ anchor: selection.anchor, opener: null });
    if (margin) setDraftRequests((n) => n + 1);
    setSelection(null);
    window.getSelection()?.removeAllRanges();
  };
  const cancelDraft = () => {
    const opener = draft?.opener;
    setDraft(null);
    if (opener?.isConnected) opener.focus();
  };

  const draftBox = draft && (
<div className="comment-sidebar__draft" ref={draftRef}>
          {draft.anchor.kind === "text" ? (
            <blockquote className="thread__quote">{draft.anchor.quote}</blockquote>
          ) : (
            <p className="comment-sidebar__target" aria-hidden="true">
              {describeAnchor(doc, draft.anchor, (id) => outcomeLabels.get(id))}
            </p>
          )}
          <CommentComposer
            label={
              draft.anchor.kind === "text" ? (
                "Your comment"
              ) : (
                <>
                  Your comment<span className="visually-hidden"> {describeAnchor(doc, draft.anchor, (id) => outcomeLabels.get(id)).replace(/^On/, "on")}</span>
                </>
              )
            }
            submitLabel="Comment"
            members={members}
            // In the margin the box is placed beside its text first, then focused (effect below).
            autoFocus={!margin}
            onCancel={cancelDraft}
            onSubmit={async (body) => {
              const t = await createThread(plan.id, draft.anchor, body);
              upsert(t);
              setDraft(null);
              setActive(t.id);
              setFilter((f) => (f === "resolved" ? "all" : f));
              setFocusCard(t.id);
            }}
          />
        </div>);
  /** Show a thread's text (or section, or action) in the plan and make it the active thread. */
  const show = (t: PresentedThread, moveFocus: boolean) => {
    setActive(t.id);
    if (t.anchor.kind === "text") registry.reveal(t);
    else if (moveFocus) revealItem(t.anchor);
    else {
      const reduce = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
      anchorElement(t.anchor)?.scrollIntoView({ block: "center", behavior: reduce ? "auto" : "smooth" });
    }
    // Shown already: the link below is for sharing, not to be followed again.
    deepLink.current.handled = t.id;
    if (params.get("thread") !== t.id)
      setParams(
        (p) => {
          p.set("thread", t.id);
          return p;
        },
        { replace: true },
      );
  };
  const card = (t: PresentedThread) => (
    <ThreadCard
      key={t.id}
      ref={(el) => {
        if (el) cardRefs.current.set(t.id, el);
        else cardRefs.current.delete(t.id);
      }}
      thread={t}
      active={t.id === active}
      members={members}
      where={describeAnchor(doc, t.anchor, (id) => outcomeLabels.get(id))}
      onShow={() => show(t, true)}
      onSelect={() => show(t, false)}
      onChanged={(next) => {
        upsert(next);
        // Resolved (or reopened) here: it leaves this view, so it stops being the active one
        // and focus goes to the next thread, or to the filter that now holds it.
        if (next.status === t.status || filter === "all") return;
        const rest = order.filter((x) => x.id !== next.id);
        const after = rest.find((x) => order.indexOf(x) > order.indexOf(t)) ?? rest.at(-1);
        setActive((a) => (a === next.id ? null : a));
        announce(next.status === "resolved" ? "Comment resolved. It is listed under Resolved." : "Comment reopened. It is listed under Open.");
        if (after) setFocusCard(after.id);
        else requestAnimationFrame(() => filterRef.current?.querySelector<HTMLInputElement>(`input[value="${next.status}"]`)?.focus());
      }}
    />
  );

  return (
    <section className={`comment-sidebar${margin ? " comment-sidebar--margin" : ""}`} aria-labelledby="comment-sidebar-heading">
      <h2 id="comment-sidebar-heading" className="comment-sidebar__heading">
        Comments
      </h2>
      {selection && !draft && <SelectionButton draft={selection} onComment={startDraft} />}
      {canComment && !draft && (
        <p className="comment-sidebar__hint">
          Select text in the plan, then choose <strong>Comment</strong> (or press <kbd>Ctrl</kbd>+<kbd>Alt</kbd>+<kbd>M</kbd>; from the keyboard, Tab to the text and select with Shift and the arrow keys). To comment on a whole section or an action, use its <strong>Comment on this…</strong> button.{" "}
          {selection && (
            <button type="button" className="link-button" onClick={startDraft}>
              Comment on the selected text
            </button>
          )}
        </p>
      )}
      {!margin && draftBox}
      <fieldset className="comment-filter" ref={filterRef}>
        <legend className="visually-hidden">Show</legend>
        {(["open", "resolved", "all"] as const).map((f) => (
          <label key={f} className="comment-filter__option">
            <input type="radio" name="comment-filter" value={f} checked={filter === f} onChange={() => setFilter(f)} />
            {f === "open" ? "Open" : f === "resolved" ? "Resolved" : "All"} ({counts[f]})
          </label>
        ))}
      </fieldset>
      {loadError && (
        <p className="notice notice--error">
          Comments could not be loaded.{" "}
          <button type="button" className="link-button" onClick={() => void load()}>
            Try again
          </button>
        </p>
      )}
      {threads && order.length === 0 && <p className="comment-sidebar__empty">{filter === "resolved" ? "No resolved comments." : "No comments yet."}</p>}
      <div className="comment-sidebar__list" ref={listRef}>
        {margin && draftBox}
        {attached.map(card)}
      </div>
      {detached.length > 0 && (
        <section className="comment-sidebar__detached" aria-labelledby="comment-detached-heading">
          <h3 id="comment-detached-heading" className="comment-sidebar__subheading">
            No longer in the text ({detached.length})
          </h3>
          <p className="comment-sidebar__hint">The words these comments were about have been deleted.</p>
          {detached.map(card)}
        </section>
      )}
    </section>
  );
}
