import * as Y from "yjs";
import {
  planRoots,
  readActions,
  readIndicators,
  readRisks,
  sectionIds,
  SectionStatusSchema,
  type ActionSnapshot,
  type IndicatorSnapshot,
  type RiskSnapshot,
  type SectionStatus,
} from "@jigsaw/shared/plan/index";
import { useDocValue } from "./useDocValue.ts";

/** What a section header shows (no body: the editor renders that). */
export interface SectionInfo {
  id: string;
  title: string;
  status: SectionStatus;
  outcomes: string[];
}

function readStrings(v: unknown): string[] {
  if (!(v instanceof Y.Array)) return [];
  return [...new Set((v.toArray() as unknown[]).filter((x): x is string => typeof x === "string"))];
}

/** Section headers in display order, read defensively. */
export function readSectionInfos(doc: Y.Doc): SectionInfo[] {
  const { sections } = planRoots(doc);
  return sectionIds(doc).map((id) => {
    const m = sections.get(id) as Y.Map<unknown>;
    const status = SectionStatusSchema.safeParse(m.get("status"));
    const title = m.get("title");
    return { id, title: typeof title === "string" ? title : "", status: status.success ? status.data : "draft", outcomes: readStrings(m.get("outcomes")) };
  });
}

/** Live section headers of a plan. */
export function useSections(doc: Y.Doc): SectionInfo[] {
  const r = planRoots(doc);
  return useDocValue([r.sections, r.sectionOrder] as Y.AbstractType<unknown>[], () => readSectionInfos(doc), [doc]);
}

/** Live actions of a plan, in order. */
export function useActions(doc: Y.Doc): ActionSnapshot[] {
  const r = planRoots(doc);
  return useDocValue([r.actions, r.actionOrder] as Y.AbstractType<unknown>[], () => readActions(doc), [doc]);
}

/** Live indicators of a plan, in order. */
export function useIndicators(doc: Y.Doc): IndicatorSnapshot[] {
  const r = planRoots(doc);
  return useDocValue([r.indicators, r.indicatorOrder] as Y.AbstractType<unknown>[], () => readIndicators(doc), [doc]);
}

/** Live risks of a plan, in order. */
export function useRisks(doc: Y.Doc): RiskSnapshot[] {
  const r = planRoots(doc);
  return useDocValue([r.risks, r.riskOrder] as Y.AbstractType<unknown>[], () => readRisks(doc), [doc]);
}
