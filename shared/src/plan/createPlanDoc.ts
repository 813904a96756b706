import * as Y from "yjs";
import type { PlanTemplate } from "../domain/plan.ts";
import { ACTION_SPEC } from "./actions.ts";
import { INDICATOR_SPEC } from "./indicators.ts";
import { setMeta } from "./meta.ts";
import { randomPlanId } from "./newId.ts";
import type { NewId } from "./newId.ts";
import { addRecord } from "./records.ts";
import { RISK_SPEC } from "./risks.ts";
import { planRoots } from "./roots.ts";
import { PLAN_SCHEMA_VERSION } from "./schema.ts";
import { addSection } from "./sections.ts";
import { templateContent } from "./templates.ts";

/** Options for `createPlanDoc`. */
export interface CreatePlanDocOptions {
  title: string;
  place: string;
  /** Creation time, stored as ISO in `meta.createdAt`. */
  now: Date;
  /** Id factory (default random 12-char ids); pass `sequentialIds()` to pin results in tests. */
  newId?: NewId;
  /** Y.Doc clientID; only for tests that compare encoded bytes. */
  clientID?: number;
}

/**
 * Builds a new plan Y.Doc from a template (server-side: clients never create initial
 * content). Everything is written in one transaction; all root types are defined.
 * Persist it with `Y.encodeStateAsUpdate(doc)`.
 */
export function createPlanDoc(template: PlanTemplate, options: CreatePlanDocOptions): Y.Doc {
  const doc = new Y.Doc();
  if (options.clientID !== undefined) doc.clientID = options.clientID;
  const newId = options.newId ?? randomPlanId;
  const content = templateContent(template, { title: options.title, place: options.place });
  planRoots(doc); // define every root type
  doc.transact(() => {
    setMeta(doc, {
      schemaVersion: PLAN_SCHEMA_VERSION,
      title: options.title,
      template,
      place: options.place,
      createdAt: options.now.toISOString(),
    });
    const sectionIds = new Map<string, string>();
    for (const s of content.sections) {
      sectionIds.set(s.key, addSection(doc, { title: s.title, outcomes: s.outcomes, body: s.body }, { newId }));
    }
    const indicatorIds = new Map<string, string>();
    for (const { key, ...fields } of content.indicators) {
      indicatorIds.set(key, addRecord(doc, INDICATOR_SPEC, fields, { newId }));
    }
    for (const { sectionKey, indicatorKeys, ...fields } of content.actions) {
      const sectionId = sectionKey ? (sectionIds.get(sectionKey) ?? null) : null;
      const indicators = (indicatorKeys ?? []).flatMap((k) => indicatorIds.get(k) ?? []);
      addRecord(doc, ACTION_SPEC, { ...fields, sectionId, indicators }, { newId });
    }
    for (const r of content.risks) addRecord(doc, RISK_SPEC, r, { newId });
  });
  return doc;
}
