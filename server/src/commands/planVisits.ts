import crypto from "node:crypto";
import * as Y from "yjs";
import { commentExcerpt } from "@jigsaw/shared/comments/commentBody";
import type { ChangedPart, ChangesSinceVisit } from "@jigsaw/shared/comments/types";
import { PLAN_ROOTS, pmText, readPlan } from "@jigsaw/shared/plan/index";
import type { Actor } from "../policies/index.ts";
import type { ServerContext } from "../services/context.ts";
import type { PlanRecord } from "../domain/plan.ts";
import type { StoredDoc } from "../storage/types.ts";
import { readPlanDoc } from "./planDocReader.ts";

/** What a member saw of each part: section id (or collection name) → title and content hash. */
type Digests = Record<string, { title: string; hash: string; kind: ChangedPart["kind"] }>;

const COLLECTION_TITLES = { actions: "Actions", indicators: "Indicators", risks: "Risks", plan: "Plan details" } as const;

function hash(value: string): string {
  return crypto.createHash("sha256").update(value).digest("hex").slice(0, 24);
}

/** Content digests of every section and of each record collection. */
export function planDigests(doc: Y.Doc): Digests {
  const plan = readPlan(doc);
  const out: Digests = {};
  for (const s of plan.sections) {
    out[s.id] = { kind: "section", title: s.title, hash: hash(JSON.stringify([s.title, s.status, s.outcomes, pmText(s.body)])) };
  }
  out.actions = { kind: "actions", title: COLLECTION_TITLES.actions, hash: hash(JSON.stringify(plan.actions)) };
  out.indicators = { kind: "indicators", title: COLLECTION_TITLES.indicators, hash: hash(JSON.stringify(plan.indicators)) };
  out.risks = { kind: "risks", title: COLLECTION_TITLES.risks, hash: hash(JSON.stringify(plan.risks)) };
  out.plan = { kind: "plan", title: COLLECTION_TITLES.plan, hash: hash(JSON.stringify([plan.meta.title, plan.sections.map((s) => s.id)])) };
  return out;
}

/** Which part of the plan an item belongs to: a section id, or a collection key. */
export function partOfItem(item: Y.Item): string | null {
  let cur: Y.Item = item;
  for (let depth = 0; depth < 1000; depth++) {
    const parent = cur.parent;
    if (!(parent instanceof Y.AbstractType)) return null;
    if (parent._item === null) {
      let root: string;
      try {
        root = Y.findRootTypeKey(parent);
      } catch {
        return null;
      }
      if (root === PLAN_ROOTS.sections) return cur.parentSub;
      // Comment anchors following an undo: bookkeeping, not a change to the plan's content.
      if (root === PLAN_ROOTS.anchorMoves) return null;
      if (root === PLAN_ROOTS.actions || root === PLAN_ROOTS.actionOrder) return "actions";
      if (root === PLAN_ROOTS.indicators || root === PLAN_ROOTS.indicatorOrder) return "indicators";
      if (root === PLAN_ROOTS.risks || root === PLAN_ROOTS.riskOrder) return "risks";
      return "plan";
    }
    cur = parent._item;
  }
  return null;
}

function itemAt(doc: Y.Doc, client: number, clock: number): Y.Item | null {
  try {
    const s = Y.getItem(doc.store, Y.createID(client, clock));
    return s instanceof Y.Item ? s : null;
  } catch {
    return null;
  }
}

/** Yjs client → member, from the log entries (first writer wins), for attribution that outlives compaction. */
async function rememberOwners(ctx: ServerContext, planId: string, stored: StoredDoc | null): Promise<void> {
  if (!stored) return;
  const owners = new Map<number, string>();
  for (const u of stored.updates) {
    if (!u.userId) continue;
    try {
      for (const client of Y.parseUpdateMeta(u.data).to.keys()) if (!owners.has(client)) owners.set(client, u.userId);
    } catch {
      // unreadable entry: nothing to learn
    }
  }
  await ctx.storage.visits.recordClientOwners(planId, [...owners].map(([clientId, userId]) => ({ clientId, userId })));
}

function lastSeqOf(stored: StoredDoc | null): number {
  if (!stored) return 0;
  return stored.updates.length > 0 ? stored.updates[stored.updates.length - 1]!.seq : stored.snapshotSeq;
}

/** Remember what the member sees of the plan now (called on opening and leaving the plan). */
export async function recordVisit(ctx: ServerContext, actor: Actor, plan: PlanRecord): Promise<void> {
  const [stored, doc] = await Promise.all([ctx.storage.docs.load(plan.id), readPlanDoc(ctx, plan.id)]);
  if (!doc) return;
  try {
    await rememberOwners(ctx, plan.id, stored);
    await ctx.storage.visits.put({
      userId: actor.user.id,
      planId: plan.id,
      visitedAt: new Date().toISOString(),
      seq: lastSeqOf(stored),
      stateVector: Y.encodeStateVector(doc),
      digests: JSON.stringify(planDigests(doc)),
    });
  } finally {
    doc.destroy();
  }
}

/**
 * What changed since the member's last visit: parts whose content differs
 * from what they saw (added / edited / removed), attributed to the members
 * who wrote the new content (Yjs client ids → members, from the update log)
 * and, while the log still holds them, who deleted text; plus threads opened
 * and resolved since, by others.
 */
export async function changesSinceVisit(ctx: ServerContext, actor: Actor, plan: PlanRecord): Promise<ChangesSinceVisit> {
  const visit = await ctx.storage.visits.get(actor.user.id, plan.id);
  const empty: ChangesSinceVisit = { lastVisitAt: null, changes: [], newThreads: [], resolvedThreads: [], attributionComplete: true };
  if (!visit) return empty;
  const [stored, doc] = await Promise.all([ctx.storage.docs.load(plan.id), readPlanDoc(ctx, plan.id)]);
  if (!doc) return { ...empty, lastVisitAt: visit.visitedAt };
  try {
    await rememberOwners(ctx, plan.id, stored);
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
