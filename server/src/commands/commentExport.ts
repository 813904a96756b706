import { renderCommentText } from "@jigsaw/shared/comments/commentBody";
import type { AnchorState } from "@jigsaw/shared/comments/types";
import { readAction, readIndicator, readSection } from "@jigsaw/shared/plan/index";
import type { ServerContext } from "../services/context.ts";
import type { PlanRecord } from "../domain/plan.ts";
import { anchorState, parseStoredAnchor } from "./commentAnchors.ts";
import { readPlanDoc } from "./planDocReader.ts";

/** One thread as plain text for exports (HTML/PDF/DOCX renderers escape it for their format). */
export interface ExportedThread {
  /** The thread id (its first comment's id). */
  id: string;
  /** Where it is anchored, in words, e.g. "Section “Housing”". */
  where: string;
  sectionId: string | null;
  /** The quoted text for text anchors (kept even when the text was deleted). */
  quote: string | null;
  anchorState: AnchorState;
  status: "open" | "resolved";
  comments: Array<{ author: string; organisation: string | null; createdAt: string; edited: boolean; deleted: boolean; text: string }>;
}

/**
 * Every comment thread of a plan as plain text, in document order where
 * possible, detached ones included with their quote, so an export never
 * silently drops comments (Etherpad ep_comments_page #406).
 */
export async function commentsForExport(ctx: ServerContext, plan: PlanRecord): Promise<ExportedThread[]> {
  const [comments, members] = await Promise.all([ctx.storage.comments.listForPlan(plan.id), ctx.storage.memberships.listMembers(plan.partnershipId)]);
  const byId = new Map(members.map((m) => [m.userId, m]));
  const formerNames = new Map<string, string>();
  for (const c of comments) {
    if (!byId.has(c.authorId) && !formerNames.has(c.authorId)) formerNames.set(c.authorId, (await ctx.storage.users.findById(c.authorId))?.displayName ?? "Former member");
  }
  const doc = await readPlanDoc(ctx, plan.id);
  try {
    const threads = new Map<string, typeof comments>();
    for (const c of comments) threads.set(c.threadId, [...(threads.get(c.threadId) ?? []), c]);
    const out: ExportedThread[] = [];
    for (const list of threads.values()) {
      const root = list[0]!;
      const anchor = root.id === root.threadId ? parseStoredAnchor(root.anchor) : null;
      if (!anchor) continue;
      const title = (kind: string, t: string | undefined) => `${kind} “${t || "untitled"}”`;
      const where =
        anchor.kind === "text" || anchor.kind === "section"
          ? title("Section", doc ? readSection(doc, anchor.sectionId)?.title : undefined)
          : anchor.kind === "action"
            ? title("Action", doc ? readAction(doc, anchor.actionId)?.title : undefined)
            : anchor.kind === "indicator"
              ? title("Indicator", doc ? readIndicator(doc, anchor.indicatorId)?.label : undefined)
              : `Outcome ${anchor.outcomeId}`;
      out.push({
        id: root.threadId,
        where,
        sectionId: anchor.kind === "text" || anchor.kind === "section" ? anchor.sectionId : null,
        quote: anchor.kind === "text" ? anchor.quote : null,
        anchorState: doc ? anchorState(doc, anchor) : "unknown",
        status: root.resolvedAt ? "resolved" : "open",
        comments: list.map((c) => ({
          author: byId.get(c.authorId)?.displayName ?? formerNames.get(c.authorId) ?? "Former member",
          organisation: byId.get(c.authorId)?.organisation ?? null,
          createdAt: c.createdAt,
          edited: c.editedAt !== null,
          deleted: c.deletedAt !== null,
          text: c.deletedAt ? "" : renderCommentText(c.body),
        })),
      });
    }
    return out;
  } finally {
    doc?.destroy();
  }
}
