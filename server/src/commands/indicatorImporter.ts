import {
  addIndicator,
  INDICATOR_SERIES_LIMITS,
  PlanDocError,
  readIndicator,
  readPlan,
  updateIndicatorField,
  latestPoint,
  type ImportChanges,
  type ImportSelection,
  type IndicatorImportPreview,
  type IndicatorImportQuery,
  type IndicatorImportResult,
  type IndicatorPoint,
  type IndicatorSnapshot,
  type IndicatorSource,
} from "@jigsaw/shared/plan/index";
import * as Y from "yjs";
import { NotFoundError, ValidationError } from "../errors.ts";
import { comparePeriods, ENGLAND_CODE, IndicatorCsvError, parseIndicatorCsv, type CsvGroup, type ParsedIndicatorCsv } from "../indicators/indicatorCsv.ts";
import type { ServerContext } from "../services/context.ts";
import type { PlanRecord } from "../domain/plan.ts";
import { nowIso } from "../utils/clock.ts";
import { recordAudit, type AuditActor } from "./auditRecorder.ts";
import { changePlan, loadPlanState } from "./planDocAccess.ts";

const FINGERTIPS_SOURCE = { publisher: "Office for Health Improvement and Disparities (OHID), Public health profiles (Fingertips)", url: "https://fingertips.phe.org.uk/" };

/** Leading `#` comment lines of a file that say its figures are illustrative (the convention of our fixtures and demo files). */
function saysIllustrative(csv: string): boolean {
  const comments: string[] = [];
  for (const line of csv.replace(/^\uFEFF/, "").split(/\r?\n/, 20)) {
    if (!line.startsWith("#")) break;
    comments.push(line);
  }
  return comments.some((l) => /\billustrative\b/i.test(l));
}

function pointOnly(p: IndicatorPoint & { row?: number }): IndicatorPoint {
  const { row: _row, ...rest } = p;
  return rest;
}

function groupLabel(g: CsvGroup, groups: readonly CsvGroup[]): string {
  const name = g.indicatorName || "Local indicator";
  const several = groups.filter((x) => x.indicatorId === g.indicatorId).length > 1;
  const qualifiers = several ? [g.sex, g.age].filter((x) => x !== "") : [];
  return (qualifiers.length ? `${name} (${qualifiers.join(", ")})` : name).slice(0, 500);
}

function mergeSeries(existing: readonly IndicatorPoint[], incoming: readonly IndicatorPoint[]): { merged: IndicatorPoint[]; changes: Omit<ImportChanges, "target" | "comparator"> } {
  const byPeriod = new Map(existing.map((p) => [p.period, p]));
  const incomingPeriods = new Set(incoming.map((p) => p.period));
  const added: string[] = [];
  const changed: ImportChanges["changed"] = [];
  const unchanged: string[] = [];
  for (const p of incoming) {
    const old = byPeriod.get(p.period);
    if (!old) added.push(p.period);
    else if (JSON.stringify(old) === JSON.stringify(p)) unchanged.push(p.period);
    else changed.push({ period: p.period, from: old.value, to: p.value });
    byPeriod.set(p.period, p);
  }
  const kept = existing.filter((p) => !incomingPeriods.has(p.period)).map((p) => p.period);
  const merged = [...byPeriod.values()].sort((a, b) => comparePeriods(a.period, b.period));
  return { merged, changes: { added, changed, unchanged, kept } };
}

/**
 * What importing `parsed` with `query` would do to the plan whose indicators
 * are `indicators`: the series groups and areas of the file, and for the
 * chosen (or only) series and area the values, comparator, source and the
 * periods added, changed, unchanged and kept. Throws 400 for a choice the
 * file does not hold.
 */
export function previewImport(parsed: ParsedIndicatorCsv, query: IndicatorImportQuery, indicators: readonly IndicatorSnapshot[], illustrative: boolean, today: string): IndicatorImportPreview {
  const groups = parsed.groups.map((g) => ({
    key: g.key,
    indicatorId: g.indicatorId,
    indicatorName: g.indicatorName,
    sex: g.sex,
    age: g.age,
    areas: [...g.areas.values()].map((a) => ({ code: a.code, name: a.name, areaType: a.areaType, periods: a.points.length })),
  }));
  const base = { layout: parsed.layout, dataRows: parsed.dataRows, groups };
  let group: CsvGroup | undefined;
  if (query.series !== undefined) {
    group = parsed.groups.find((g) => g.key === query.series);
    if (!group) throw ValidationError("series: the file holds no such series");
  } else if (parsed.groups.length === 1) {
    group = parsed.groups[0];
  }
  if (!group) return { ...base, selected: null };
  let areaCode = query.area;
  if (parsed.layout === "plain") areaCode = "";
  else if (areaCode === undefined) {
    const local = [...group.areas.keys()].filter((c) => c !== ENGLAND_CODE);
    if (local.length === 1) areaCode = local[0];
  }
  if (areaCode === undefined) return { ...base, selected: null };
  const area = group.areas.get(areaCode);
  if (!area) throw ValidationError(`area: the file holds no rows for area ${areaCode}${group.indicatorName ? ` in “${groupLabel(group, parsed.groups)}”` : ""}`);

  const series = area.points.map(pointOnly);
  const england = area.code !== ENGLAND_CODE ? group.areas.get(ENGLAND_CODE) : undefined;
  const periods = new Set(series.map((p) => p.period));
  const comparator = england ? { area: { code: england.code, name: england.name }, series: england.points.map(pointOnly).filter((p) => periods.has(p.period)) } : null;
  const source: IndicatorSource =
    parsed.layout === "fingertips"
      ? { title: group.indicatorName.slice(0, INDICATOR_SERIES_LIMITS.textMax) || "Fingertips indicator", ...FINGERTIPS_SOURCE, retrieved: today, publisherId: group.indicatorId, illustrative }
      : { title: query.sourceTitle ?? "Local data", publisher: "", url: null, retrieved: today, publisherId: null, illustrative };

  let target: ImportChanges["target"];
  let existing: IndicatorSnapshot | null = null;
  if (query.indicator !== undefined) {
    existing = indicators.find((i) => i.id === query.indicator) ?? null;
    if (!existing) throw ValidationError("indicator: the plan has no such indicator");
    target = { kind: "update", indicatorId: existing.id, label: existing.label };
  } else {
    target = { kind: "new", label: parsed.layout === "plain" ? (query.sourceTitle ?? "Local indicator").slice(0, 500) : groupLabel(group, parsed.groups) };
  }
  const { changes } = mergeSeries(existing?.series ?? [], series);
  const comparatorChange: ImportChanges["comparator"] = comparator === null ? "none" : !existing?.comparator ? "added" : JSON.stringify(existing.comparator) === JSON.stringify(comparator) ? "unchanged" : "replaced";
  const selected: ImportSelection = {
    groupKey: group.key,
    area: parsed.layout === "plain" ? null : { code: area.code, name: area.name },
    series,
    comparator,
    source,
    changes: { target, ...changes, comparator: comparatorChange },
  };
  return { ...base, selected };
}

/** Parse a CSV, or 400 naming the row and column of the problem. */
export async function parseOrReject(csv: string): Promise<ParsedIndicatorCsv> {
  try {
    return await parseIndicatorCsv(csv);
  } catch (e) {
    if (e instanceof IndicatorCsvError) throw ValidationError(e.message);
    throw e;
  }
}

/** Preview an import into a plan (nothing is written). */
export async function indicatorImportPreview(ctx: ServerContext, plan: PlanRecord, csv: string, query: IndicatorImportQuery): Promise<IndicatorImportPreview> {
  const parsed = await parseOrReject(csv);
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, await loadPlanState(ctx, plan.id));
    return previewImport(parsed, query, readPlan(doc).indicators, saysIllustrative(csv), nowIso().slice(0, 10));
  } finally {
    doc.destroy();
  }
}

/**
 * Import a CSV into a plan indicator (new, or `query.indicator`): the chosen
 * area's series is merged in by period, the comparator and source replaced,
 * `latest` and a baseline taken from a period follow the new values. One
 * server update; on any problem nothing is written. Audited.
 */
export async function indicatorImporter(ctx: ServerContext, plan: PlanRecord, actor: AuditActor, csv: string, query: IndicatorImportQuery): Promise<IndicatorImportResult> {
  const parsed = await parseOrReject(csv);
  const illustrative = saysIllustrative(csv);
  const today = nowIso().slice(0, 10);
  if (parsed.layout === "fingertips" && query.area === undefined) throw ValidationError("area: choose the area to import");
  const change = await changePlan(ctx, plan.id, actor.userId, (doc) => {
    const preview = previewImport(parsed, query, readPlan(doc).indicators, illustrative, today);
    const sel = preview.selected;
    if (!sel) throw ValidationError("series: choose the series to import");
    try {
      let id = sel.changes.target.kind === "update" ? sel.changes.target.indicatorId : "";
      doc.transact(() => {
        if (sel.changes.target.kind === "new") {
          id = addIndicator(doc, { label: sel.changes.target.label });
        }
        const ind = readIndicator(doc, id);
        if (!ind) throw NotFoundError("Indicator not found");
        const { merged } = mergeSeries(ind.series, sel.series);
        updateIndicatorField(doc, id, "series", merged);
        if (sel.area) updateIndicatorField(doc, id, "area", sel.area);
        if (sel.comparator) updateIndicatorField(doc, id, "comparator", sel.comparator);
        updateIndicatorField(doc, id, "source", sel.source);
        const latest = latestPoint(merged);
        if (latest) updateIndicatorField(doc, id, "latest", { ...ind.latest, value: latest.value });
        const base = ind.baselinePeriod === null ? undefined : merged.find((p) => p.period === ind.baselinePeriod);
        if (base) updateIndicatorField(doc, id, "baseline", { ...ind.baseline, value: base.value });
      });
      return { id, sel };
    } catch (e) {
      if (e instanceof PlanDocError) throw ValidationError(e.message);
      throw e;
    }
  });
  const { id, sel } = change.result;
  await recordAudit(ctx, {
    plan,
    actor,
    action: "indicator.imported",
    subjectType: "indicator",
    subjectId: id,
    details: {
      label: sel.changes.target.label,
      layout: parsed.layout,
      area: sel.area,
      source: sel.source.title,
      added: sel.changes.added,
      changed: sel.changes.changed.map((c) => c.period),
      created: sel.changes.target.kind === "new",
    },
  });
  return { indicatorId: id, created: sel.changes.target.kind === "new", selected: sel };
}
