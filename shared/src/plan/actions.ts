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
import { ActionFieldsSchema, ActionSnapshotSchema } from "./schema.ts";
import type { ActionFields, ActionSnapshot } from "./schema.ts";

/** Storage spec of actions (`actions` / `actionOrder`). */
export const ACTION_SPEC: RecordSpec<ActionFields> = {
  collection: "actions",
  noun: "action",
  fields: ActionFieldsSchema,
  snapshot: ActionSnapshotSchema,
  defaults: {
    title: "",
    leadOrganisation: "",
    partnerOrganisations: [],
    sector: null,
    dueDate: null,
    status: "not_started",
    outcomes: [],
    indicators: [],
    sectionId: null,
  },
  lists: new Set(["partnerOrganisations", "outcomes", "indicators"]),
  texts: new Set(["title", "leadOrganisation"]),
};

/** What `addAction` accepts: a title plus any other fields (others default). */
export type NewAction = Partial<ActionFields> & { title: string };

/** Adds an action; returns its id. Throws `PlanDocError` on invalid input. */
export function addAction(doc: Y.Doc, input: NewAction, options: { newId?: NewId; index?: number } = {}): string {
  return addRecord(doc, ACTION_SPEC, input, options);
}

/**
 * Sets one field of an action. List fields (`partnerOrganisations`, `outcomes`,
 * `indicators`) are edited minimally so concurrent additions both survive.
 */
export function updateActionField<K extends keyof ActionFields>(
  doc: Y.Doc,
  id: string,
  field: K,
  value: ActionFields[K],
): void {
  updateRecordField(doc, ACTION_SPEC, id, field, value);
}

/** Removes an action. */
export function removeAction(doc: Y.Doc, id: string): void {
  removeRecord(doc, ACTION_SPEC, id);
}

/** Moves an action to display position `toIndex`. */
export function moveAction(doc: Y.Doc, id: string, toIndex: number): void {
  moveRecord(doc, ACTION_SPEC, id, toIndex);
}

/** Action ids in display order. */
export function actionIds(doc: Y.Doc): string[] {
  return recordIds(doc, ACTION_SPEC);
}

/** One action, or null. */
export function readAction(doc: Y.Doc, id: string): ActionSnapshot | null {
  return readRecord(doc, ACTION_SPEC, id);
}

/** All actions in display order. */
export function readActions(doc: Y.Doc): ActionSnapshot[] {
  return readRecords(doc, ACTION_SPEC);
}
