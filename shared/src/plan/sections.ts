import * as Y from "yjs";
import { bodyToJSON, jsonToBody, newBodyFragment } from "./body.ts";
import { sectionBodyFromParagraphs } from "./bodyBuilders.ts";
import { pmText } from "./bodyText.ts";
import { randomPlanId } from "./newId.ts";
import type { NewId } from "./newId.ts";
import { PlanDocError } from "./planDocError.ts";
import { collectionRoots, planRoots, transact } from "./roots.ts";
import {
  OutcomeRefSchema,
  PLAN_LIMITS,
  SectionStatusSchema,
  SectionTitleSchema,
} from "./schema.ts";
import type { PmDoc, SectionSnapshot, SectionStatus } from "./schema.ts";
import { orderedIds, placeInOrder, readString, readStringList, removeFromOrder, writeStringList } from "./yValues.ts";
import { z } from "zod";

/** What `addSection` accepts. */
export interface NewSection {
  title: string;
  status?: SectionStatus;
  outcomes?: readonly string[];
  /** Initial body; default one empty paragraph. */
  body?: PmDoc;
  /** Display position; default last. */
  index?: number;
}

const OutcomeListSchema = z.array(OutcomeRefSchema).max(PLAN_LIMITS.listMax);

function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new PlanDocError("invalid_input", `Invalid ${what}: ${r.error.issues[0]?.message ?? "invalid"}`);
  return r.data;
}

function sectionMap(doc: Y.Doc, id: string): Y.Map<unknown> {
  const m = planRoots(doc).sections.get(id);
  if (!(m instanceof Y.Map)) throw new PlanDocError("not_found", `No section ${id}`);
  return m as Y.Map<unknown>;
}

/** Section ids in display order (deduplicated; ids without a section ignored). */
export function sectionIds(doc: Y.Doc): string[] {
  const { items, order } = collectionRoots(doc, "sections");
  return orderedIds(order, items);
}

/**
 * Adds a section (one transaction) and returns its id. Throws `PlanDocError`
 * (`invalid_input`) for a bad title/status/outcome list.
 */
export function addSection(doc: Y.Doc, input: NewSection, options: { newId?: NewId } = {}): string {
  const title = parseOrThrow(SectionTitleSchema, input.title, "section title");
  const status = parseOrThrow(SectionStatusSchema, input.status ?? "draft", "section status");
  const outcomes = parseOrThrow(OutcomeListSchema, input.outcomes ?? [], "outcomes");
  const id = (options.newId ?? randomPlanId)();
  const { items, order } = collectionRoots(doc, "sections");
  if (items.has(id)) throw new PlanDocError("invalid_input", `Section ${id} already exists`);
  transact(doc, () => {
    const m = new Y.Map<unknown>();
    m.set("id", id);
    m.set("title", title);
    m.set("status", status);
    const outcomeArr = new Y.Array<string>();
    outcomeArr.insert(0, [...new Set(outcomes)]);
    m.set("outcomes", outcomeArr);
    m.set("body", newBodyFragment(input.body ?? sectionBodyFromParagraphs([])));
    items.set(id, m);
    placeInOrder(order, items, id, input.index);
  });
  return id;
}

/** Moves a section to display position `toIndex` (clamped). Reorder = delete + insert of the id. */
export function moveSection(doc: Y.Doc, id: string, toIndex: number): void {
  sectionMap(doc, id);
  const { items, order } = collectionRoots(doc, "sections");
  transact(doc, () => placeInOrder(order, items, id, toIndex));
}

/** Removes a section, its order entries, and clears `sectionId` on actions that pointed to it. */
export function removeSection(doc: Y.Doc, id: string): void {
  sectionMap(doc, id);
  const r = planRoots(doc);
  transact(doc, () => {
    r.sections.delete(id);
    removeFromOrder(r.sectionOrder, id);
    for (const action of r.actions.values()) {
      if (action instanceof Y.Map && action.get("sectionId") === id) action.set("sectionId", null);
    }
  });
}

/** Sets a section's title (trimmed, 1..200 chars). */
export function setSectionTitle(doc: Y.Doc, id: string, title: string): void {
  const value = parseOrThrow(SectionTitleSchema, title, "section title");
  const m = sectionMap(doc, id);
  if (m.get("title") !== value) m.set("title", value);
}

/** Sets a section's workflow status. */
export function setSectionStatus(doc: Y.Doc, id: string, status: SectionStatus): void {
  const value = parseOrThrow(SectionStatusSchema, status, "section status");
  const m = sectionMap(doc, id);
  if (m.get("status") !== value) m.set("status", value);
}

/** Sets the shared-outcome ids a section contributes to (minimal list edit, merges concurrently). */
export function setSectionOutcomes(doc: Y.Doc, id: string, outcomes: readonly string[]): void {
  const value = parseOrThrow(OutcomeListSchema, outcomes, "outcomes");
  const m = sectionMap(doc, id);
  transact(doc, () => writeStringList(m, "outcomes", value));
}

/**
 * The Y.XmlFragment holding a section's body: pass it to Tiptap's Collaboration
 * extension (`fragment` option). Null if the section does not exist or has no valid body.
 */
export function sectionBody(doc: Y.Doc, id: string): Y.XmlFragment | null {
  const m = planRoots(doc).sections.get(id);
  if (!(m instanceof Y.Map)) return null;
  const body = m.get("body");
  return body instanceof Y.XmlFragment ? body : null;
}

/** Replaces a section's body content in place (e.g. "restore a version"). */
export function setSectionBody(doc: Y.Doc, id: string, body: PmDoc): void {
  const fragment = sectionBody(doc, id);
  if (!fragment) throw new PlanDocError("not_found", `No section body ${id}`);
  jsonToBody(body, fragment);
}

/** Reads one section map defensively (wrong or missing values become defaults). */
export function readSectionMap(id: string, m: Y.Map<unknown>): SectionSnapshot {
  const status = SectionStatusSchema.safeParse(m.get("status"));
  const body = m.get("body");
  return {
    id,
    title: readString(m.get("title")),
    status: status.success ? status.data : "draft",
    outcomes: readStringList(m.get("outcomes")),
    body: body instanceof Y.XmlFragment ? bodyToJSON(body) : { type: "doc", content: [] },
  };
}

/** One section as a snapshot, or null if there is no such section. */
export function readSection(doc: Y.Doc, id: string): SectionSnapshot | null {
  const m = planRoots(doc).sections.get(id);
  return m instanceof Y.Map ? readSectionMap(id, m as Y.Map<unknown>) : null;
}

/** Plain text of a section body (see `pmText`); "" if there is no such section. */
export function sectionText(doc: Y.Doc, id: string): string {
  const fragment = sectionBody(doc, id);
  return fragment ? pmText(bodyToJSON(fragment)) : "";
}
