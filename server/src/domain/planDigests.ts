import crypto from "node:crypto";
import * as Y from "yjs";
import type { ChangedPart } from "@jigsaw/shared/comments/types";
import { PLAN_ROOTS, pmText, readPlan } from "@jigsaw/shared/plan/index";

/** What a member saw of each part: section id (or collection name) → title and content hash. */
export type Digests = Record<string, { title: string; hash: string; kind: ChangedPart["kind"] }>;

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
