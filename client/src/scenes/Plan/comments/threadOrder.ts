import type * as Y from "yjs";
import type { PresentedThread } from "@jigsaw/shared/comments/types";
import { actionIds, sectionIds } from "@jigsaw/shared/plan/index";
import type { CommentAnchorRegistry } from "./anchorRegistry.ts";

/** Which threads the sidebar lists. */
export type ThreadFilter = "open" | "resolved" | "all";

/**
 * The threads the filter shows (and the active one, whatever its status), in
 * document order.
 */
export function threadOrder(doc: Y.Doc, registry: CommentAnchorRegistry, threads: PresentedThread[] | null, filter: ThreadFilter, active: string | null): PresentedThread[] {
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
}
