import { useEffect, useState } from "react";
import type { ChangesSinceVisit } from "@jigsaw/shared/comments/types";
import { formatDateTime, formatRelative } from "../../../utils/format.ts";
import { sectionHeadingId } from "../components/PlanSection.tsx";
import { getChangesSinceVisit, recordVisit } from "../../../api/comments.ts";

const ANCHORS: Record<string, string> = { actions: "plan-actions", indicators: "plan-indicators", risks: "plan-risks" };

function names(list: Array<{ displayName: string }>): string {
  if (list.length === 0) return "";
  if (list.length === 1) return list[0]!.displayName;
  return `${list.slice(0, -1).map((p) => p.displayName).join(", ")} and ${list.at(-1)!.displayName}`;
}

/** Mark changed sections in the editor (outline) and return how to unmark them. */
function markChanged(ids: string[]): () => void {
  const els = ids
    .map((id) => document.getElementById(sectionHeadingId(id))?.closest("section") ?? document.getElementById(ANCHORS[id] ?? ""))
    .filter((e): e is HTMLElement => e instanceof HTMLElement);
  for (const el of els) el.classList.add("changed-since-visit");
  return () => {
    for (const el of els) el.classList.remove("changed-since-visit");
  };
}

function reveal(id: string): void {
  const el = document.getElementById(sectionHeadingId(id)) ?? document.getElementById(ANCHORS[id] ?? "");
  if (!el) return;
  el.scrollIntoView({ block: "start", behavior: window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth" });
  if (el.tabIndex < 0 || el.hasAttribute("tabindex")) el.focus({ preventScroll: true });
}

/**
 * "Since your last visit": which sections others changed (and who), and
 * threads opened or resolved, with the changed sections outlined. The visit
 * is recorded after reading it, and again when leaving the plan.
 */
export function SinceLastVisitBanner({ planId, ready }: { planId: string; ready: boolean }) {
  const [changes, setChanges] = useState<ChangesSinceVisit | null>(null);
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => {
    const ctrl = new AbortController();
    getChangesSinceVisit(planId, ctrl.signal)
      .then((c) => {
        setChanges(c);
        recordVisit(planId);
      })
      .catch(() => undefined);
    const leave = () => recordVisit(planId, true);
    window.addEventListener("pagehide", leave);
    return () => {
      ctrl.abort();
      window.removeEventListener("pagehide", leave);
      recordVisit(planId, true);
    };
  }, [planId]);

  const ids = changes?.changes.filter((c) => c.change !== "removed").map((c) => c.id) ?? [];
  const key = ids.join(",");
  useEffect(() => {
    if (!ready || dismissed || key === "") return;
    return markChanged(key.split(","));
  }, [ready, dismissed, key]);

  if (!changes || dismissed || !changes.lastVisitAt) return null;
  const any = changes.changes.length + changes.newThreads.length + changes.resolvedThreads.length > 0;
  if (!any) return null;
  return (
    <section className="since-visit" aria-labelledby="since-visit-heading">
      <h2 id="since-visit-heading" className="since-visit__heading">
        Since your last visit{" "}
        <time dateTime={changes.lastVisitAt} title={formatDateTime(changes.lastVisitAt)}>
          {formatRelative(changes.lastVisitAt)}
        </time>
      </h2>
      <ul className="since-visit__list">
        {changes.changes.map((c) => (
          <li key={c.id}>
            {c.change === "removed" ? (
              <span>“{c.title}” was removed</span>
            ) : (
              <button type="button" className="link-button" onClick={() => reveal(c.id)}>
                {c.kind === "section" ? `“${c.title || "Untitled section"}”` : c.title} {c.change === "added" ? "was added" : "changed"}
              </button>
            )}
            {c.changedBy.length > 0 && <span> by {names(c.changedBy)}</span>}
          </li>
        ))}
        {changes.newThreads.length > 0 && (
          <li>
            {changes.newThreads.length} new comment thread{changes.newThreads.length === 1 ? "" : "s"} (from {names(changes.newThreads.map((t) => ({ displayName: t.authorName })).filter((v, i, a) => a.findIndex((x) => x.displayName === v.displayName) === i))})
          </li>
        )}
        {changes.resolvedThreads.length > 0 && (
          <li>
            {changes.resolvedThreads.length} thread{changes.resolvedThreads.length === 1 ? "" : "s"} resolved
          </li>
        )}
      </ul>
      {!changes.attributionComplete && <p className="since-visit__note">Some older edits could not be attributed to a person.</p>}
      <button type="button" className="button button--secondary button--small" onClick={() => setDismissed(true)}>
        Dismiss
      </button>
    </section>
  );
}
