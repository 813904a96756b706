import { baselinePoint, formatIndicatorValue, polarityLabel, seriesTableRows, sourceText, targetYearOf } from "@jigsaw/shared/plan/index";
import type { PlanExport } from "@jigsaw/shared/export/exportSchema";
import { ROLE_LABELS } from "@jigsaw/shared/domain/role";
import { markWords } from "@jigsaw/shared/outcomes/marks";
import { actionStatusLabel, codesText, codeText, longDateTime, measurementText, neutraliseCell, responseLabel, sectorLabel } from "./exportText.ts";

/*
 * The board paper's tables as plain text (cells formula-neutralised), shared by every renderer.
 */
/** One table: a heading row and body rows of plain text (already neutralised). */
export interface TextTable {
  header: string[];
  rows: string[][];
  /** Relative column widths. */
  widths: number[];
}

function cells(values: string[]): string[] {
  return values.map(neutraliseCell);
}

/** The actions table. */
export function actionsTable(e: PlanExport): TextTable {
  const sections = new Map(e.sections.map((s) => [s.id, s.title]));
  const indicators = new Map(e.indicators.map((i) => [i.id, i.label]));
  return {
    header: ["Action", "Lead", "Partners", "Sector", "Due", "Status", "Section", "Outcomes", "Indicators"],
    widths: [20, 11, 11, 9, 10, 8, 11, 11, 9],
    rows: e.actions.map((a) =>
      cells([
        a.title,
        a.leadOrganisation,
        a.partnerOrganisations.join(", "),
        sectorLabel(a.sector),
        a.dueDate ?? "",
        actionStatusLabel(a.status),
        a.sectionId ? (sections.get(a.sectionId) ?? "") : "",
        codesText(e, a.outcomes),
        a.indicators.map((id) => indicators.get(id) ?? id).join(", "),
      ]),
    ),
  };
}

/** The indicators table. */
export function indicatorsTable(e: PlanExport): TextTable {
  return {
    header: ["Indicator", "Model reference", "Unit", "Baseline", "Target", "Latest", "Notes"],
    widths: [20, 12, 8, 14, 14, 14, 18],
    rows: e.indicators.map((i) =>
      cells([i.label, i.indicatorRef ? codeText(e, i.indicatorRef) : "Local", i.unit, measurementText(i.baseline), measurementText(i.target), measurementText(i.latest), i.notes]),
    ),
  };
}

/** The outcomes table. */
export function outcomesTable(e: PlanExport): TextTable {
  const titles = new Map<string, string>([...e.sections.map((s) => [s.id, s.title] as const), ...e.actions.map((a) => [a.id, a.title] as const)]);
  return {
    header: ["Outcome", "Shared outcome", "In plain English", "Contributing sections and actions"],
    widths: [10, 25, 35, 30],
    rows: e.outcomes.map((o) => cells([o.id, o.label, o.plainEnglish, o.usedBy.map((id) => titles.get(id) ?? id).join("; ")])),
  };
}

/**
 * A crosswalk cell as text, with the marks the Outcomes page shows: "Healthier for longer (proposed). Council terms:
 * Mission 7: Health (legacy, unconfirmed)". Never "(exact)": how sure a reading is, not how it was found.
 */
export function crosswalkCellText(c: PlanExport["crosswalk"]["rows"][number]["cells"][number], lensName: string): string {
  const head = `${c.label} (${c.mark === "none" ? "no route in the model" : c.mark})`;
  if (c.terms.length === 0) return head;
  return `${head}. ${lensName} terms: ${c.terms.map((t) => `${t.label} (${markWords(t.mark, t.status)})`).join("; ")}`;
}

/** The crosswalk table in the chosen lens(es). */
export function crosswalkTable(e: PlanExport): TextTable {
  const lensLabel = (l: string) => sectorLabel(l) || l;
  return {
    header: ["Item", ...e.crosswalk.lenses.map((l) => `${lensLabel(l)} view`)],
    widths: [20, ...e.crosswalk.lenses.map(() => 80 / e.crosswalk.lenses.length)],
    rows: e.crosswalk.rows.map((r) =>
      cells([`${r.item.type === "outcome" ? "Outcome" : "Indicator"}: ${r.item.label}`, ...r.cells.map((c) => crosswalkCellText(c, lensLabel(c.lens)))]),
    ),
  };
}

/** The risks table. */
export function risksTable(e: PlanExport): TextTable {
  return {
    header: ["Risk", "Likelihood", "Impact", "Mitigation", "Owner"],
    widths: [25, 10, 10, 35, 20],
    rows: e.risks.map((r) => cells([r.title, String(r.likelihood), String(r.impact), r.mitigation, r.owner])),
  };
}

/** "Gareth Price (Editor)". */
function byText(by: string | null, role: string | null): string {
  if (!by) return "";
  return role ? `${by} (${(ROLE_LABELS as Record<string, string>)[role] ?? role})` : by;
}

/**
 * The sign-off table: one row per response each organisation gave, oldest first, so that
 * an objection later changed to consent stays listed with its reason and time; a response
 * that was superseded says so. An organisation without a trail has its final response only.
 */
export function signOffTable(e: PlanExport): TextTable | null {
  if (!e.signOff) return null;
  const rows: string[][] = [];
  for (const s of e.signOff.entries) {
    const trail = s.trail ?? [];
    trail.forEach((t, i) => {
      const superseded = i < trail.length - 1 || t.response !== s.response;
      rows.push(cells([s.organisation, `${responseLabel(t.response)}${superseded ? " (later changed)" : ""}`, t.comment ?? "", byText(t.by, t.role), longDateTime(t.at)]));
    });
    const last = trail[trail.length - 1];
    if (!last || last.response !== s.response) {
      rows.push(cells([s.organisation, responseLabel(s.response), s.comment ?? "", byText(s.by, null), longDateTime(s.at)]));
    }
  }
  return { header: ["Organisation", "Response", "Comment or reason", "By", "When"], widths: [22, 17, 31, 15, 15], rows };
}

/** Baseline, target, polarity, area, comparator and source of each indicator with a series (null when none has one). */
export function indicatorDetailsTable(e: PlanExport): TextTable | null {
  const withSeries = e.indicators.filter((i) => i.series.length > 0);
  if (withSeries.length === 0) return null;
  return {
    header: ["Indicator", "Area", "Baseline", "Target", "Polarity", "Comparator", "Source"],
    widths: [18, 12, 12, 12, 10, 10, 26],
    rows: withSeries.map((i) => {
      const b = baselinePoint(i);
      const year = targetYearOf(i);
      return cells([
        i.label,
        i.area ? `${i.area.name} (${i.area.code})` : "",
        b ? `${formatIndicatorValue(b.value)} (${b.period})` : measurementText(i.baseline, i.unit),
        i.target.value === null ? "Not set" : `${formatIndicatorValue(i.target.value)}${i.unit ? ` ${i.unit}` : ""}${year ? ` by ${year}` : ""}`,
        polarityLabel(i.polarity),
        i.comparator?.area.name ?? "None",
        sourceText(i.source),
      ]);
    }),
  };
}

/** Every period of every indicator's series, with 95 % limits, count, denominator and comparator (null when no series). */
export function indicatorSeriesTable(e: PlanExport): TextTable | null {
  const withSeries = e.indicators.filter((i) => i.series.length > 0);
  if (withSeries.length === 0) return null;
  return {
    header: ["Indicator", "Period", "Value", "Lower 95%", "Upper 95%", "Count", "Denominator", "Comparator", "Baseline"],
    widths: [20, 11, 9, 9, 9, 9, 11, 11, 11],
    rows: withSeries.flatMap((i) =>
      seriesTableRows(i).map((r) => cells([`${i.label}${i.source?.illustrative ? " (illustrative)" : ""}`, r.period, r.value, r.lower, r.upper, r.count, r.denominator, r.comparator, r.mark])),
    ),
  };
}
