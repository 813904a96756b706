import type * as Y from "yjs";
import { ACTION_SPEC } from "../plan/actions.ts";
import { INDICATOR_SPEC } from "../plan/indicators.ts";
import { RISK_SPEC } from "../plan/risks.ts";
import { PlanDocError } from "../plan/planDocError.ts";
import { stableStringify } from "../outcomes/hash.ts";
import { addRecord, moveRecord, readRecords, recordIds, removeRecord, updateRecordField, type RecordSpec } from "../plan/records.ts";
import { readSections } from "../plan/readPlan.ts";
import {
  addSection,
  moveSection,
  removeSection,
  sectionIds,
  setSectionBody,
  setSectionOutcomes,
  setSectionStatus,
  setSectionTitle,
} from "../plan/sections.ts";
import type { PlanSnapshot, SectionStatus } from "../plan/schema.ts";

/** What a restore wrote, and what it could not (values the current setters refuse). */
export interface RestoreReport {
  sections: { added: number; removed: number; updated: number };
  records: { added: number; removed: number; updated: number };
  skipped: string[];
}

const same = (a: unknown, b: unknown) => stableStringify(a) === stableStringify(b);

function attempt(report: RestoreReport, what: string, fn: () => void): void {
  try {
    fn();
  } catch (err) {
    if (err instanceof PlanDocError) report.skipped.push(`${what}: ${err.message}`);
    else throw err;
  }
}

function restoreRecords<F extends object>(
  doc: Y.Doc,
  spec: RecordSpec<F>,
  wanted: ReadonlyArray<{ id: string }>,
  report: RestoreReport,
): void {
  const current = new Map(readRecords(doc, spec).map((r) => [r.id, r as Record<string, unknown>]));
  const wantedIds = new Set(wanted.map((r) => r.id));
  for (const id of current.keys()) {
    if (!wantedIds.has(id)) {
      removeRecord(doc, spec, id);
      report.records.removed++;
    }
  }
  wanted.forEach((w, index) => {
    const values = w as unknown as Record<string, unknown>;
    const now = current.get(w.id);
    if (!now) {
      const input: Record<string, unknown> = {};
      for (const k of Object.keys(spec.defaults)) if (k in values) input[k] = values[k];
      attempt(report, `${spec.noun} ${w.id}`, () => {
        addRecord(doc, spec, input as Partial<F>, { newId: () => w.id, index });
        report.records.added++;
      });
      return;
    }
    let changed = false;
    for (const k of Object.keys(spec.defaults)) {
      if (!(k in values) || same(now[k], values[k])) continue;
      attempt(report, `${spec.noun} ${w.id} ${k}`, () => {
        updateRecordField(doc, spec, w.id, k, values[k]);
        changed = true;
      });
    }
    if (changed) report.records.updated++;
  });
  wanted.forEach((w, index) => {
    const ids = recordIds(doc, spec);
    if (ids.includes(w.id) && ids[index] !== w.id) moveRecord(doc, spec, w.id, index);
  });
}

/**
 * Writes an old snapshot's content into a live plan doc as ordinary changes
 * (one transaction): sections come back with the same ids (re-added if
 * deleted since, removed if added since), titles, statuses, outcomes and
 * bodies; actions, indicators and risks likewise, field by field; display
 * order as in the snapshot. Metadata (title, place) is not touched: it is
 * server-owned and follows the REST rename. Unchanged items are not rewritten,
 * so concurrent edits elsewhere survive.
 *
 * `statusOverride` lets the caller decide section statuses (e.g. restoring an
 * old draft over agreed content marks it changed-since-agreement).
 */
export function restoreSnapshot(
  doc: Y.Doc,
  snapshot: PlanSnapshot,
  statusOverride?: (sectionId: string, snapshotStatus: SectionStatus) => SectionStatus,
): RestoreReport {
  const report: RestoreReport = { sections: { added: 0, removed: 0, updated: 0 }, records: { added: 0, removed: 0, updated: 0 }, skipped: [] };
  doc.transact(() => {
    const current = new Map(readSections(doc).map((s) => [s.id, s]));
    const wantedIds = new Set(snapshot.sections.map((s) => s.id));
    for (const id of current.keys()) {
      if (!wantedIds.has(id)) {
        removeSection(doc, id);
        report.sections.removed++;
      }
    }
    snapshot.sections.forEach((s, index) => {
      const status = statusOverride ? statusOverride(s.id, s.status) : s.status;
      const now = current.get(s.id);
      if (!now) {
        attempt(report, `section ${s.id}`, () => {
          addSection(doc, { title: s.title || "Untitled section", status, outcomes: s.outcomes, body: s.body, index }, { newId: () => s.id });
          report.sections.added++;
        });
        return;
      }
      let changed = false;
      const mark = () => {
        changed = true;
      };
      if (now.title !== s.title && s.title) attempt(report, `section ${s.id} title`, () => (setSectionTitle(doc, s.id, s.title), mark()));
      if (now.status !== status) attempt(report, `section ${s.id} status`, () => (setSectionStatus(doc, s.id, status), mark()));
      if (!same(now.outcomes, s.outcomes)) attempt(report, `section ${s.id} outcomes`, () => (setSectionOutcomes(doc, s.id, s.outcomes), mark()));
      if (!same(now.body, s.body)) attempt(report, `section ${s.id} body`, () => (setSectionBody(doc, s.id, s.body), mark()));
      if (changed) report.sections.updated++;
    });
    snapshot.sections.forEach((s, index) => {
      const ids = sectionIds(doc);
      if (ids.includes(s.id) && ids[index] !== s.id) moveSection(doc, s.id, index);
    });
    restoreRecords(doc, INDICATOR_SPEC, snapshot.indicators, report);
    restoreRecords(doc, ACTION_SPEC, snapshot.actions, report);
    restoreRecords(doc, RISK_SPEC, snapshot.risks, report);
  });
  return report;
}
