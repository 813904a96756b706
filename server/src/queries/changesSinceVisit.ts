import * as Y from "yjs";
import { commentExcerpt } from "@jigsaw/shared/comments/commentBody";
import type { ChangedPart, ChangesSinceVisit } from "@jigsaw/shared/comments/types";
import type { Actor } from "../policies/index.ts";
import { rememberOwners } from "../domain/clientOwners.ts";
import { partOfItem, planDigests, type Digests } from "../domain/planDigests.ts";
import type { PlanRecord } from "../domain/plan.ts";
import type { Services } from "../services/services.ts";

function itemAt(doc: Y.Doc, client: number, clock: number): Y.Item | null {
  try {
    const s = Y.getItem(doc.store, Y.createID(client, clock));
    return s instanceof Y.Item ? s : null;
  } catch {
    return null;
  }
}

/**
 * What changed since the member's last visit: parts whose content differs
 * from what they saw (added / edited / removed), attributed to the members
 * who wrote the new content (Yjs client ids → members, from the update log)
 * and, while the log still holds them, who deleted text; plus threads opened
 * and resolved since, by others.
 */
export async function changesSinceVisit(ctx: Services, actor: Actor, plan: PlanRecord): Promise<ChangesSinceVisit> {
  const visit = await ctx.storage.visits.get(actor.user.id, plan.id);
  const empty: ChangesSinceVisit = { lastVisitAt: null, changes: [], newThreads: [], resolvedThreads: [], attributionComplete: true };
  if (!visit) return empty;
  const [stored, doc] = await Promise.all([ctx.storage.docs.load(plan.id), ctx.planDocs.doc(plan.id)]);
  if (!doc) return { ...empty, lastVisitAt: visit.visitedAt };
  try {
    await rememberOwners(ctx.storage.visits, plan.id, stored);
    const owners = new Map((await ctx.storage.visits.clientOwners(plan.id)).map((o) => [o.clientId, o.userId]));
    let before: Digests = {};
    try {
      before = JSON.parse(visit.digests) as Digests;
    } catch {
      before = {};
    }
    const now = planDigests(doc);
    const authors = new Map<string, Set<string>>();
    const credit = (part: string | null, userId: string | null | undefined) => {
      if (!part || !userId) return;
      const set = authors.get(part) ?? new Set<string>();
      set.add(userId);
      authors.set(part, set);
    };

    // 1. content written since the visit: every struct past the visit's state vector
    let unknownWriters = false;
    const seen = Y.decodeStateVector(visit.stateVector);
    for (const [client, structs] of doc.store.clients) {
      const from = seen.get(client) ?? 0;
      if (Y.getState(doc.store, client) <= from) continue;
      let i = 0;
      try {
        i = from === 0 ? 0 : Y.findIndexSS(structs, from);
      } catch {
        i = 0;
      }
      const owner = owners.get(client);
      if (!owner) unknownWriters = true;
      for (; i < structs.length; i++) {
        const s = structs[i]!;
        if (s instanceof Y.Item) credit(partOfItem(s), owner);
      }
    }

    // 2. deletions, from log entries after the visit that are still stored
    const compacted = !stored || stored.snapshotSeq > visit.seq;
    for (const u of stored?.updates ?? []) {
      if (u.seq <= visit.seq || !u.userId) continue;
      try {
        const { ds } = Y.decodeUpdate(u.data) as unknown as { ds: { clients: Map<number, Array<{ clock: number }>> } };
        for (const [client, ranges] of ds.clients) {
          for (const r of ranges) {
            const item = itemAt(doc, client, r.clock);
            if (item) credit(partOfItem(item), u.userId);
          }
        }
      } catch {
        // unreadable entry
      }
    }

    const members = new Map((await ctx.storage.memberships.listMembers(plan.partnershipId)).map((m) => [m.userId, m.displayName]));
    const nameOf = async (id: string) => members.get(id) ?? (await ctx.storage.users.findById(id))?.displayName ?? "Former member";
    const changes: ChangedPart[] = [];
    const keys = new Set([...Object.keys(before), ...Object.keys(now)]);
    const order = [...Object.keys(now), ...Object.keys(before).filter((k) => !(k in now))];
    let incomplete = false;
    for (const key of order) {
      if (!keys.delete(key)) continue;
      const was = before[key];
      const is = now[key];
      const change: ChangedPart["change"] | null = !was ? "added" : !is ? "removed" : was.hash !== is.hash ? "edited" : null;
      if (!change) continue;
      const by = [...(authors.get(key) ?? [])];
      if (by.length === 1 && by[0] === actor.user.id) continue; // only my own changes
      if (by.length === 0) incomplete = true;
      changes.push({
        kind: (is ?? was)!.kind,
        id: key,
        title: (is ?? was)!.title,
        change,
        changedBy: await Promise.all(by.filter((id) => id !== actor.user.id).map(async (id) => ({ id, displayName: await nameOf(id) }))),
      });
    }

    const comments = await ctx.storage.comments.listForPlan(plan.id);
    const roots = comments.filter((c) => c.id === c.threadId);
    const newThreads = await Promise.all(
      roots
        .filter((c) => c.createdAt > visit.visitedAt && c.authorId !== actor.user.id && c.deletedAt === null)
        .map(async (c) => ({ id: c.id, authorName: await nameOf(c.authorId), excerpt: commentExcerpt(c.body), createdAt: c.createdAt })),
    );
    const resolvedThreads = await Promise.all(
      roots
        .filter((c) => c.resolvedAt !== null && c.resolvedAt > visit.visitedAt && c.resolvedBy !== actor.user.id)
        .map(async (c) => ({
          id: c.id,
          resolvedByName: await nameOf(c.resolvedBy!),
          excerpt: c.deletedAt ? "(deleted comment)" : commentExcerpt(c.body),
          resolvedAt: c.resolvedAt!,
        })),
    );
    return {
      lastVisitAt: visit.visitedAt,
      changes,
      newThreads,
      resolvedThreads,
      attributionComplete: !incomplete && !(compacted && changes.length > 0 && unknownWriters),
    };
  } finally {
    doc.destroy();
  }
}
