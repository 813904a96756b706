import type * as Y from "yjs";
import type { NewId } from "./newId.ts";
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
import { RiskFieldsSchema, RiskSnapshotSchema } from "./schema.ts";
import type { RiskFields, RiskSnapshot } from "./schema.ts";

/** Storage spec of risks (`risks` / `riskOrder`). Likelihood and impact are 1..5. */
export const RISK_SPEC: RecordSpec<RiskFields> = {
  collection: "risks",
  noun: "risk",
  fields: RiskFieldsSchema,
  snapshot: RiskSnapshotSchema,
  defaults: { title: "", likelihood: 3, impact: 3, mitigation: "", owner: "" },
  lists: new Set(),
  texts: new Set(["title", "mitigation", "owner"]),
};

/** What `addRisk` accepts: a title plus any other fields. */
export type NewRisk = Partial<RiskFields> & { title: string };

/** Adds a risk; returns its id. */
export function addRisk(doc: Y.Doc, input: NewRisk, options: { newId?: NewId; index?: number } = {}): string {
  return addRecord(doc, RISK_SPEC, input, options);
}

/** Sets one field of a risk. */
export function updateRiskField<K extends keyof RiskFields>(doc: Y.Doc, id: string, field: K, value: RiskFields[K]): void {
  updateRecordField(doc, RISK_SPEC, id, field, value);
}

/** Removes a risk. */
export function removeRisk(doc: Y.Doc, id: string): void {
  removeRecord(doc, RISK_SPEC, id);
}

/** Moves a risk to display position `toIndex`. */
export function moveRisk(doc: Y.Doc, id: string, toIndex: number): void {
  moveRecord(doc, RISK_SPEC, id, toIndex);
}

/** Risk ids in display order. */
export function riskIds(doc: Y.Doc): string[] {
  return recordIds(doc, RISK_SPEC);
}

/** One risk, or null. */
export function readRisk(doc: Y.Doc, id: string): RiskSnapshot | null {
  return readRecord(doc, RISK_SPEC, id);
}

/** All risks in display order. */
export function readRisks(doc: Y.Doc): RiskSnapshot[] {
  return readRecords(doc, RISK_SPEC);
}
