import * as Y from "yjs";
import type { z } from "zod";
import { randomPlanId } from "./newId.ts";
import type { NewId } from "./newId.ts";
import { PlanDocError } from "./planDocError.ts";
import { ensureTextField, writeText } from "./textFields.ts";
import { collectionRoots, transact } from "./roots.ts";
import type { PlanCollection } from "./roots.ts";
import { orderedIds, placeInOrder, readStringList, removeFromOrder, writeStringList } from "./yValues.ts";

/**
 * How one kind of record (action, indicator, risk) is stored: a `Y.Map` per record
 * with one key per field (so concurrent edits to different fields merge), list
 * fields as `Y.Array<string>`, free-text fields as `Y.Text` (concurrent typing in
 * one cell merges character by character), everything else as plain values (last
 * writer wins per field: dates, statuses, scores).
 */
export interface RecordSpec<F extends object> {
  collection: Exclude<PlanCollection, "sections">;
  /** Human name for errors. */
  noun: string;
  /** Input schema (lengths enforced). */
  fields: z.ZodObject;
  /** Snapshot schema (shape only) used to read defensively. */
  snapshot: z.ZodObject;
  defaults: F;
  lists: ReadonlySet<string>;
  /** Free-text fields, kept as `Y.Text` (documents of schema version 1 hold plain strings: see textFields.ts). */
  texts: ReadonlySet<string>;
}

function fieldSchema(obj: z.ZodObject, key: string): z.ZodType {
  const s = (obj.shape as Record<string, z.ZodType | undefined>)[key];
  if (!s) throw new PlanDocError("invalid_input", `Unknown field ${key}`);
  return s;
}

function cloneValue<T>(v: T): T {
  // Field values are JSON (strings, numbers, null, { value, date }).
  return v !== null && typeof v === "object" ? (JSON.parse(JSON.stringify(v)) as T) : v;
}

function recordMap<F extends object>(doc: Y.Doc, spec: RecordSpec<F>, id: string): Y.Map<unknown> {
  const m = collectionRoots(doc, spec.collection).items.get(id);
  if (!(m instanceof Y.Map)) throw new PlanDocError("not_found", `No ${spec.noun} ${id}`);
  return m as Y.Map<unknown>;
}

function writeField(m: Y.Map<unknown>, key: string, value: unknown, isList: boolean): void {
  if (isList) {
    writeStringList(m, key, value as string[]);
  } else {
    const current = m.get(key);
    const same =
      current === value ||
      (current !== null &&
        value !== null &&
        typeof current === "object" &&
        typeof value === "object" &&
        !(current instanceof Y.AbstractType) &&
        JSON.stringify(current) === JSON.stringify(value));
    if (!same) m.set(key, cloneValue(value));
  }
}

/** Adds a record (validated against `spec.fields`, missing fields defaulted) and returns its id. */
export function addRecord<F extends object>(
  doc: Y.Doc,
  spec: RecordSpec<F>,
  input: Partial<F>,
  options: { newId?: NewId; index?: number } = {},
): string {
  const merged = { ...spec.defaults, ...input };
  const parsed = spec.fields.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PlanDocError("invalid_input", `Invalid ${spec.noun} ${issue?.path.join(".") ?? ""}: ${issue?.message ?? ""}`);
  }
  const values = parsed.data as Record<string, unknown>;
  const id = (options.newId ?? randomPlanId)();
  const { items, order } = collectionRoots(doc, spec.collection);
  if (items.has(id)) throw new PlanDocError("invalid_input", `${spec.noun} ${id} already exists`);
  transact(doc, () => {
    const m = new Y.Map<unknown>();
    m.set("id", id);
    for (const key of Object.keys(spec.defaults)) {
      const v = values[key];
      if (spec.lists.has(key)) {
        const arr = new Y.Array<string>();
        arr.insert(0, [...new Set(v as string[])]);
        m.set(key, arr);
      } else if (spec.texts.has(key)) {
        m.set(key, new Y.Text(v as string));
      } else {
        m.set(key, cloneValue(v));
      }
    }
    items.set(id, m);
    placeInOrder(order, items, id, options.index);
  });
  return id;
}

/** Sets one field of a record (validated). Only that field's key changes, so edits merge per cell. */
export function updateRecordField<F extends object>(
  doc: Y.Doc,
  spec: RecordSpec<F>,
  id: string,
  field: string,
  value: unknown,
): void {
  if (!(field in spec.defaults)) throw new PlanDocError("invalid_input", `Unknown ${spec.noun} field ${field}`);
  const parsed = fieldSchema(spec.fields, field).safeParse(value);
  if (!parsed.success) {
    throw new PlanDocError("invalid_input", `Invalid ${spec.noun} ${field}: ${parsed.error.issues[0]?.message ?? ""}`);
  }
  const m = recordMap(doc, spec, id);
  if (spec.texts.has(field)) {
    const text = ensureTextField(m, field);
    transact(doc, () => writeText(text, parsed.data as string));
    return;
  }
  transact(doc, () => writeField(m, field, parsed.data, spec.lists.has(field)));
}

/**
 * Converts every free-text field of every record of a kind still held as a plain
 * string into a `Y.Text` (deterministic: see textFields.ts). Returns how many.
 */
export function convertRecordTexts<F extends object>(doc: Y.Doc, spec: RecordSpec<F>): number {
  let converted = 0;
  for (const m of collectionRoots(doc, spec.collection).items.values()) {
    if (!(m instanceof Y.Map)) continue;
    for (const key of spec.texts) {
      if (m.get(key) instanceof Y.Text) continue;
      ensureTextField(m as Y.Map<unknown>, key);
      converted++;
    }
  }
  return converted;
}

/** Removes a record and its order entries. */
export function removeRecord<F extends object>(doc: Y.Doc, spec: RecordSpec<F>, id: string): void {
  recordMap(doc, spec, id);
  const { items, order } = collectionRoots(doc, spec.collection);
  transact(doc, () => {
    items.delete(id);
    removeFromOrder(order, id);
  });
}

/** Moves a record to display position `toIndex` (clamped). */
export function moveRecord<F extends object>(doc: Y.Doc, spec: RecordSpec<F>, id: string, toIndex: number): void {
  recordMap(doc, spec, id);
  const { items, order } = collectionRoots(doc, spec.collection);
  transact(doc, () => placeInOrder(order, items, id, toIndex));
}

/** Reads one record map defensively: each invalid or missing field becomes its default. */
export function readRecordMap<F extends object>(spec: RecordSpec<F>, id: string, m: Y.Map<unknown>): F & { id: string } {
  const out: Record<string, unknown> = { id };
  for (const [key, def] of Object.entries(spec.defaults)) {
    let raw = m.get(key);
    if (spec.lists.has(key)) raw = readStringList(raw);
    else if (raw instanceof Y.Text) raw = raw.toString();
    const parsed = fieldSchema(spec.snapshot, key).safeParse(raw);
    out[key] = parsed.success ? parsed.data : cloneValue(def);
  }
  return out as F & { id: string };
}

/** Record ids in display order. */
export function recordIds<F extends object>(doc: Y.Doc, spec: RecordSpec<F>): string[] {
  const { items, order } = collectionRoots(doc, spec.collection);
  return orderedIds(order, items);
}

/** All records of a kind in display order. */
export function readRecords<F extends object>(doc: Y.Doc, spec: RecordSpec<F>): Array<F & { id: string }> {
  const { items } = collectionRoots(doc, spec.collection);
  return recordIds(doc, spec).map((id) => readRecordMap(spec, id, items.get(id) as Y.Map<unknown>));
}

/** One record, or null. */
export function readRecord<F extends object>(doc: Y.Doc, spec: RecordSpec<F>, id: string): (F & { id: string }) | null {
  const m = collectionRoots(doc, spec.collection).items.get(id);
  return m instanceof Y.Map ? readRecordMap(spec, id, m as Y.Map<unknown>) : null;
}
