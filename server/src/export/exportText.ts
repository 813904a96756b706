import type { ACTION_STATUSES, SECTION_STATUSES, Measurement, PmMark, PmNode } from "@jigsaw/shared/plan/index";
import { SECTOR_LABELS, type Sector } from "@jigsaw/shared/domain/sector";
import { AGREEMENT_RESPONSE_LABELS } from "@jigsaw/shared/agreement/schema";
import type { PlanExport } from "@jigsaw/shared/export/exportSchema";

/*
 * Format-neutral helpers shared by every renderer: inline runs with marks,
 * safe links, table-cell neutralisation and the wording of values.
 */

/** A run of text with its marks. */
export interface InlineRun {
  text: string;
  bold: boolean;
  italic: boolean;
  strike: boolean;
  underline: boolean;
  code: boolean;
  /** A safe link target (http, https or mailto), or null. */
  href: string | null;
  /** A hard line break (text is empty). */
  lineBreak: boolean;
}

/** A link target if it is http(s) or mailto; anything else (javascript:, data:, relative) is dropped. */
export function safeHref(href: unknown): string | null {
  if (typeof href !== "string") return null;
  const h = href.trim();
  if (!/^(https?:\/\/|mailto:)/i.test(h)) return null;
  try {
    const u = new URL(h);
    if (!["http:", "https:", "mailto:"].includes(u.protocol)) return null;
    return u.href;
  } catch {
    return null;
  }
}

function hasMark(marks: readonly PmMark[] | undefined, type: string): boolean {
  return (marks ?? []).some((m) => m.type === type);
}

/** Flatten inline content (text, hardBreak, nested inline nodes) into runs. */
export function inlineRuns(nodes: readonly PmNode[] | undefined): InlineRun[] {
  const out: InlineRun[] = [];
  const walk = (ns: readonly PmNode[]) => {
    for (const n of ns) {
      if (n.type === "text") {
        if (!n.text) continue;
        const link = (n.marks ?? []).find((m) => m.type === "link");
        out.push({
          text: n.text,
          bold: hasMark(n.marks, "bold"),
          italic: hasMark(n.marks, "italic"),
          strike: hasMark(n.marks, "strike"),
          underline: hasMark(n.marks, "underline"),
          code: hasMark(n.marks, "code"),
          href: link ? safeHref(link.attrs?.href) : null,
          lineBreak: false,
        });
      } else if (n.type === "hardBreak") {
        out.push({ text: "", bold: false, italic: false, strike: false, underline: false, code: false, href: null, lineBreak: true });
      } else if (n.content) {
        walk(n.content);
      }
    }
  };
  walk(nodes ?? []);
  return out;
}

/** Plain text of inline content. */
export function inlineText(nodes: readonly PmNode[] | undefined): string {
  return inlineRuns(nodes)
    .map((r) => (r.lineBreak ? "\n" : r.text))
    .join("");
}

/**
 * Spreadsheet formula injection: a table cell whose text starts with = + - @
 * (or a tab / carriage return, which some tools strip first) is prefixed
 * with an apostrophe so that a spreadsheet opening the table shows it as text.
 */
export function neutraliseCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const SECTION_STATUS_LABELS: Record<(typeof SECTION_STATUSES)[number], string> = {
  draft: "Draft",
  in_review: "In review",
  agreed: "Agreed",
  changed_since_agreement: "Changed since agreement",
};
const ACTION_STATUS_LABELS: Record<(typeof ACTION_STATUSES)[number], string> = {
  not_started: "Not started",
  on_track: "On track",
  at_risk: "At risk",
  off_track: "Off track",
  done: "Done",
};

/** "Agreed", "In review"... */
export function sectionStatusLabel(s: string): string {
  return (SECTION_STATUS_LABELS as Record<string, string>)[s] ?? s;
}
/** "On track"... */
export function actionStatusLabel(s: string): string {
  return (ACTION_STATUS_LABELS as Record<string, string>)[s] ?? s;
}
/** Sector label or "". */
export function sectorLabel(s: string | null): string {
  return s ? (SECTOR_LABELS[s as Sector] ?? s) : "";
}
/** "Consent with comment"... */
export function responseLabel(r: string): string {
  return r === "none" ? "No response" : ((AGREEMENT_RESPONSE_LABELS as Record<string, string>)[r] ?? r);
}
/** "12.5 (2024-03-01)" / "—". */
export function measurementText(m: Measurement, unit = ""): string {
  if (m.value === null) return "Not set";
  return `${m.value}${unit ? ` ${unit}` : ""}${m.date ? ` (${m.date})` : ""}`;
}
/** "1 March 2026" for an ISO date or time; the input when unparseable. */
export function longDate(iso: string | null): string {
  if (!iso) return "";
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}
/** "1 March 2026, 14:05 UTC". */
export function longDateTime(iso: string | null): string {
  if (!iso) return "";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${longDate(iso)}, ${d.toISOString().slice(11, 16)} UTC`;
}

/** Cover lines shared by every format (label, value). */
export function coverLines(e: PlanExport): Array<[string, string]> {
  return [
    ["Partnership", e.partnership.name],
    ["Place", e.plan.place],
    ["Version", e.version.name],
    ["Version date", longDateTime(e.version.createdAt)],
    ["Status", e.version.agreed ? "Agreed" : e.version.kind === "draft" ? "Current draft (not agreed)" : "Not agreed"],
    ["Content hash (SHA-256)", e.version.contentHash],
    ["Exported", longDateTime(e.generatedAt)],
  ];
}

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
    widths: [22, 12, 12, 8, 8, 8, 12, 8, 10],
    rows: e.actions.map((a) =>
      cells([
        a.title,
        a.leadOrganisation,
        a.partnerOrganisations.join(", "),
        sectorLabel(a.sector),
        a.dueDate ?? "",
        actionStatusLabel(a.status),
        a.sectionId ? (sections.get(a.sectionId) ?? "") : "",
        a.outcomes.join(", "),
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
      cells([i.label, i.indicatorRef ?? "Local", i.unit, measurementText(i.baseline), measurementText(i.target), measurementText(i.latest), i.notes]),
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

/** The crosswalk table in the chosen lens(es). */
export function crosswalkTable(e: PlanExport): TextTable {
  const lensLabel = (l: string) => sectorLabel(l) || l;
  return {
    header: ["Item", ...e.crosswalk.lenses.map((l) => `${lensLabel(l)} view`)],
    widths: [20, ...e.crosswalk.lenses.map(() => 80 / e.crosswalk.lenses.length)],
    rows: e.crosswalk.rows.map((r) =>
      cells([`${r.item.type === "outcome" ? "Outcome" : "Indicator"}: ${r.item.label}`, ...r.cells.map((c) => `${c.label} (${c.confidence})`)]),
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

/** The sign-off table. */
export function signOffTable(e: PlanExport): TextTable | null {
  if (!e.signOff) return null;
  return {
    header: ["Organisation", "Response", "Comment", "By", "When"],
    widths: [22, 16, 32, 15, 15],
    rows: e.signOff.entries.map((s) => cells([s.organisation, responseLabel(s.response), s.comment ?? "", s.by ?? "", longDateTime(s.at)])),
  };
}

/** Sentences under the sign-off heading. */
export function signOffLines(e: PlanExport): string[] {
  const s = e.signOff;
  if (!s) return [e.version.agreed ? "No sign-off record." : "This version has not been agreed; there is no sign-off record."];
  return [
    `Agreement: ${s.title}`,
    `Outcome: ${s.outcome}`,
    `Closed: ${longDateTime(s.closedAt)} by ${s.closedBy}`,
    ...(s.reviewDate ? [`Review date: ${longDate(s.reviewDate)}`] : []),
  ];
}

/** The appendix text when there is nothing to show. */
export function commentsEmptyText(e: PlanExport): string | null {
  if (!e.comments.included) return null;
  return e.comments.threads.length === 0 ? "No open comment threads." : null;
}
