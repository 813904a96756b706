import * as Y from "yjs";
import type { NewId } from "./newId.ts";
import { planRoots, transact } from "./roots.ts";
import {
  addRecord,
  moveRecord,
  readRecord,
  readRecords,
  recordIds,
  removeRecord,
  updateRecordField,
} from "./records.ts";
import type { RecordSpec } from "./records.ts";
import { IndicatorFieldsSchema, IndicatorSnapshotSchema } from "./schema.ts";
import type { IndicatorFields, IndicatorSnapshot } from "./schema.ts";
import { readStringList, writeStringList } from "./yValues.ts";
import { EMPTY_SERIES_FIELDS } from "./indicatorSeries.ts";
import { PlanDocError } from "./planDocError.ts";

const EMPTY = { value: null, date: null };

/** Storage spec of indicators (`indicators` / `indicatorOrder`). */
export const INDICATOR_SPEC: RecordSpec<IndicatorFields> = {
  collection: "indicators",
  noun: "indicator",
  fields: IndicatorFieldsSchema,
  snapshot: IndicatorSnapshotSchema,
  defaults: {
    indicatorRef: null,
    label: "",
    unit: "",
    baseline: EMPTY,
    target: EMPTY,
    latest: EMPTY,
    notes: "",
    ...EMPTY_SERIES_FIELDS,
  },
  lists: new Set(),
  texts: new Set(["label", "unit", "notes"]),
};

/** What `addIndicator` accepts: a label plus any other fields. */
export type NewIndicator = Partial<IndicatorFields> & { label: string };

/** Adds an indicator; returns its id. */
export function addIndicator(doc: Y.Doc, input: NewIndicator, options: { newId?: NewId; index?: number } = {}): string {
  return addRecord(doc, INDICATOR_SPEC, input, options);
}

/** Sets one field of an indicator (measurements are replaced whole: `{ value, date }`). */
export function updateIndicatorField<K extends keyof IndicatorFields>(
  doc: Y.Doc,
  id: string,
  field: K,
  value: IndicatorFields[K],
): void {
  updateRecordField(doc, INDICATOR_SPEC, id, field, value);
}

/** Removes an indicator and unlinks it from every action's `indicators`. */
export function removeIndicator(doc: Y.Doc, id: string): void {
  transact(doc, () => {
    removeRecord(doc, INDICATOR_SPEC, id);
    for (const action of planRoots(doc).actions.values()) {
      if (!(action instanceof Y.Map)) continue;
      const list = readStringList(action.get("indicators"));
      if (list.includes(id)) writeStringList(action as Y.Map<unknown>, "indicators", list.filter((x) => x !== id));
    }
  });
}

/** Moves an indicator to display position `toIndex`. */
export function moveIndicator(doc: Y.Doc, id: string, toIndex: number): void {
  moveRecord(doc, INDICATOR_SPEC, id, toIndex);
}

/** Indicator ids in display order. */
export function indicatorIds(doc: Y.Doc): string[] {
  return recordIds(doc, INDICATOR_SPEC);
}

/** One indicator, or null. */
export function readIndicator(doc: Y.Doc, id: string): IndicatorSnapshot | null {
  return readRecord(doc, INDICATOR_SPEC, id);
}

/** All indicators in display order. */
export function readIndicators(doc: Y.Doc): IndicatorSnapshot[] {
  return readRecords(doc, INDICATOR_SPEC);
}

/**
 * Takes the baseline from a period of the indicator's series: records the period
 * and copies its value into `baseline.value` (null clears the period only).
 */
export function setIndicatorBaselinePeriod(doc: Y.Doc, id: string, period: string | null): void {
  const ind = readIndicator(doc, id);
  if (!ind) throw new PlanDocError("not_found", `No indicator ${id}`);
  transact(doc, () => {
    if (period === null) {
      updateIndicatorField(doc, id, "baselinePeriod", null);
      return;
    }
    const point = ind.series.find((p) => p.period === period);
    if (!point) throw new PlanDocError("invalid_input", `The series has no period ${period}`);
    updateIndicatorField(doc, id, "baselinePeriod", period);
    updateIndicatorField(doc, id, "baseline", { ...ind.baseline, value: point.value });
  });
}
