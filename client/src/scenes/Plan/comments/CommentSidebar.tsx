import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useAnnounce } from "../../../hooks/useAnnounce.tsx";
import { useMediaQuery } from "../../../hooks/useMediaQuery.ts";
import { useSearchParams } from "react-router";
import type * as Y from "yjs";
import type { PresentedThread } from "@jigsaw/shared/comments/types";
import type { PresentedMembership } from "@jigsaw/shared/domain/partnership";
import type { PresentedPlan } from "@jigsaw/shared/domain/plan";
import { api } from "../../../api/index.ts";
import { getSocket } from "../../../realtime/socket.ts";
import { anchorElement, revealItem } from "./anchorElement.ts";
import { anchorRegistryFor, type SelectionDraft } from "./anchorRegistry.ts";
import { CommentDraft } from "./CommentDraft.tsx";
import { CommentFilter } from "./CommentFilter.tsx";
import { commentRequestsFor, type CommentRequest } from "./commentRequests.ts";
import { createThread, getThread, listThreads } from "../../../api/comments.ts";
import { describeAnchor } from "./describeAnchor.ts";
import { SelectionButton } from "./SelectionButton.tsx";
import { ThreadCard } from "./ThreadCard.tsx";
import { threadOrder, type ThreadFilter } from "./threadOrder.ts";
import { useDocVersion } from "./useDocVersion.ts";
import { useMarginLayout } from "./useMarginLayout.ts";
import { useOutcomeLabels } from "./useOutcomeLabels.ts";
import { useSelectionDraft } from "./useSelectionDraft.ts";
import { useThreadDeepLink } from "./useThreadDeepLink.ts";
import { withLiveAnchors } from "./withLiveAnchors.ts";
import "./comments.css";

/**
 * Wide enough for threads in the margin beside their text (Google Docs, Outline);
 * narrower screens keep the comments as a panel.
 */
export const MARGIN_MEDIA = "(min-width: 80rem)";

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
  const outcomeLabels = useOutcomeLabels();
  const [loadedThreads, setThreads] = useState<PresentedThread[] | null>(null);
  const docVersion = useDocVersion(doc);
  // Text anchors follow the live document: a passage deleted (or brought back by an undo) by anyone shows at once.
  const liveRef = useRef<PresentedThread[] | null>(null);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- docVersion: the document changed in place
  const threads = useMemo(() => (liveRef.current = loadedThreads ? withLiveAnchors(doc, loadedThreads, liveRef.current) : null), [doc, loadedThreads, docVersion]);
  const [canComment, setCanComment] = useState(false);
  const [members, setMembers] = useState<PresentedMembership[]>([]);
  const [filter, setFilter] = useState<ThreadFilter>("open");
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

  // Deep link: ?thread=<id> → show that thread and its sentence, once per link.
  const deepLink = useThreadDeepLink(wantedThread, threads, registry, cardRefs, setActive, setFilter);

  useSelectionDraft(registry, canComment, setSelection);

  const order = useMemo(() => threadOrder(doc, registry, threads, filter, active), [threads, filter, doc, registry, active]);

  // Threads whose text was deleted are listed apart: they have no place beside the text.
  const attached = useMemo(() => order.filter((t) => t.anchorState !== "detached"), [order]);
  const detached = useMemo(() => order.filter((t) => t.anchorState === "detached"), [order]);

  useMarginLayout({ margin, listRef, cardRefs, draftRef, draftAt, attached, registry, active, draft });

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
    <CommentDraft
      ref={draftRef}
      doc={doc}
      draft={draft}
      outcomeLabels={outcomeLabels}
      members={members}
      // In the margin the box is placed beside its text first, then focused (effect above).
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
  );
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
      <CommentFilter ref={filterRef} filter={filter} counts={counts} onChange={setFilter} />
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
