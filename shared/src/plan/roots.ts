import type * as Y from "yjs";
import { PLAN_ROOTS } from "./schema.ts";

/** The root types of a plan document. Values are `unknown`: anyone may have written them. */
export interface PlanRoots {
  meta: Y.Map<unknown>;
  sections: Y.Map<unknown>;
  sectionOrder: Y.Array<unknown>;
  actions: Y.Map<unknown>;
  actionOrder: Y.Array<unknown>;
  indicators: Y.Map<unknown>;
  indicatorOrder: Y.Array<unknown>;
  risks: Y.Map<unknown>;
  riskOrder: Y.Array<unknown>;
  anchorMoves: Y.Map<unknown>;
}

/** Gets (defining if needed) every root type of a plan document. */
export function planRoots(doc: Y.Doc): PlanRoots {
  return {
    meta: doc.getMap<unknown>(PLAN_ROOTS.meta),
    sections: doc.getMap<unknown>(PLAN_ROOTS.sections),
    sectionOrder: doc.getArray<unknown>(PLAN_ROOTS.sectionOrder),
    actions: doc.getMap<unknown>(PLAN_ROOTS.actions),
    actionOrder: doc.getArray<unknown>(PLAN_ROOTS.actionOrder),
    indicators: doc.getMap<unknown>(PLAN_ROOTS.indicators),
    indicatorOrder: doc.getArray<unknown>(PLAN_ROOTS.indicatorOrder),
    risks: doc.getMap<unknown>(PLAN_ROOTS.risks),
    riskOrder: doc.getArray<unknown>(PLAN_ROOTS.riskOrder),
    anchorMoves: doc.getMap<unknown>(PLAN_ROOTS.anchorMoves),
  };
}

/** The kinds of record kept as `Y.Map<id, Y.Map>` plus an order array. */
export type PlanCollection = "sections" | "actions" | "indicators" | "risks";

/** The map and order array of one collection. */
export function collectionRoots(
  doc: Y.Doc,
  collection: PlanCollection,
): { items: Y.Map<unknown>; order: Y.Array<unknown> } {
  const r = planRoots(doc);
  switch (collection) {
    case "sections":
      return { items: r.sections, order: r.sectionOrder };
    case "actions":
      return { items: r.actions, order: r.actionOrder };
    case "indicators":
      return { items: r.indicators, order: r.indicatorOrder };
    case "risks":
      return { items: r.risks, order: r.riskOrder };
  }
}

/** Runs `fn` in one transaction of `doc` (one update, one undo step). */
export function transact<T>(doc: Y.Doc, fn: () => T, origin?: unknown): T {
  let result!: T;
  doc.transact(() => {
    result = fn();
  }, origin);
  return result;
}
