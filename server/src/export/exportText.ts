import type { ACTION_STATUSES, SECTION_STATUSES, Measurement, PmMark, PmNode } from "@jigsaw/shared/plan/index";
import { SECTOR_LABELS, type Sector } from "@jigsaw/shared/domain/sector";
import { AGREEMENT_RESPONSE_LABELS } from "@jigsaw/shared/agreement/schema";
import type { PlanExport } from "@jigsaw/shared/export/exportSchema";
import { getOutcomesModel } from "@jigsaw/shared/outcomes/model";
import { indexModel } from "@jigsaw/shared/outcomes/modelIndex";

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

/** "Agreed", "Current draft (not agreed)"... */
export function versionStatus(e: PlanExport): string {
  return e.version.agreed ? "Agreed" : e.version.kind === "draft" ? "Current draft (not agreed)" : "Not agreed";
}

/** Cover lines shared by every format (label, value): plan, partnership, status, agreed date, hash, and the export time of a version that is not agreed. */
export function coverLines(e: PlanExport): Array<[string, string]> {
  return [
    ["Plan", e.plan.title],
    ["Partnership", e.partnership.name],
    ["Place", e.plan.place],
    ["Status", versionStatus(e)],
    ["Agreed", e.signOff ? longDateTime(e.signOff.closedAt) : "Not agreed"],
    ["Version", e.version.name],
    ["Version date", longDateTime(e.version.createdAt)],
    ["Content hash (SHA-256)", e.version.contentHash],
    // an agreed version's export is reproducible (the same bytes whenever made), so it carries no export time
    ...(e.version.agreed ? [] : [["Exported", longDateTime(e.generatedAt)] as [string, string]]),
  ];
}

/** The running footer of paged formats (before "Page N of M"): version and content hash. */
export function footerText(e: PlanExport): string {
  return `${e.plan.title} · ${e.version.name} · SHA-256 ${e.version.contentHash}`;
}

/** A code from the outcomes model with its wording: "SO-04 — Healthy places"; the code alone if the model has no such item. */
export function codeText(e: PlanExport, code: string): string {
  const used = e.outcomes.find((o) => o.id === code);
  if (used && used.label !== code) return `${code} — ${used.label}`;
  const idx = indexModel(getOutcomesModel());
  const label = idx.outcomes.get(code)?.label ?? idx.indicators.get(code)?.name ?? idx.terms.get(code)?.label;
  return label ? `${code} — ${label}` : code;
}

/** Codes with their wording, joined. */
export function codesText(e: PlanExport, codes: readonly string[], sep = "; "): string {
  return codes.map((c) => codeText(e, c)).join(sep);
}

/** The italic line under a section heading: status and outcomes with their wording. */
export function sectionMetaLine(e: PlanExport, s: PlanExport["sections"][number]): string {
  return `Status: ${sectionStatusLabel(s.status)}${s.outcomes.length ? ` · Outcomes: ${codesText(e, s.outcomes)}` : ""}`;
}

/** One entry of the contents: a top-level part (level 1) or a part within it (level 2). */
export interface ContentsEntry {
  title: string;
  level: 1 | 2;
}

/** Contents of the document body, in order (what every renderer writes after the cover). */
export function contentsEntries(e: PlanExport): ContentsEntry[] {
  return [
    ...e.sections.map((s): ContentsEntry => ({ title: s.title, level: 1 })),
    { title: "Actions", level: 1 },
    { title: "Outcomes and indicators", level: 1 },
    { title: "Shared outcomes", level: 2 },
    { title: "Indicators", level: 2 },
    { title: "Crosswalk", level: 2 },
    { title: "Risks", level: 1 },
    { title: "Sign-off record", level: 1 },
    ...(e.comments.included ? [{ title: "Appendix: open comment threads", level: 1 } as ContentsEntry] : []),
  ];
}

/**
 * Heading levels for headings written inside a section body, so that levels never jump:
 * the section's own heading is `base`; the body's distinct levels map, in rank order, to
 * base+1, base+2..., and no heading goes more than one level below the one before it.
 */
export class HeadingLeveler {
  private readonly rank: Map<number, number>;
  private prev: number;
  constructor(
    body: readonly PmNode[] | undefined,
    private readonly base: number,
    private readonly max = 6,
  ) {
    const used = new Set<number>();
    const walk = (ns: readonly PmNode[] | undefined) => {
      for (const n of ns ?? []) {
        if (n.type === "heading") used.add(rawLevel(n));
        else walk(n.content);
      }
    };
    walk(body);
    this.rank = new Map([...used].sort((a, b) => a - b).map((l, i) => [l, base + 1 + i]));
    this.prev = base;
  }
  /** The output level of the next heading met in document order. */
  level(n: PmNode): number {
    const out = Math.min(this.max, this.rank.get(rawLevel(n)) ?? this.base + 1, this.prev + 1);
    this.prev = out;
    return out;
  }
}

function rawLevel(n: PmNode): number {
  return Math.min(6, Math.max(1, Number(n.attrs?.level ?? 1) || 1));
}

/**
 * What a sign-off covers, in words: a section-scoped round agreed only its
 * sections, though its version (and so the export) holds the whole plan.
 */
export function signOffScopeLine(scope: NonNullable<PlanExport["signOff"]>["scope"]): string {
  if (!scope || scope.kind === "plan") return "Covers: the whole plan";
  const names = scope.sections.map((x) => `“${x.title}”`).join(", ");
  return `Covers: ${scope.sections.length === 1 ? "the section" : "the sections"} ${names} only; other sections are shown as they stood and were not agreed in this round`;
}

/** Sentences under the sign-off heading. */
export function signOffLines(e: PlanExport): string[] {
  const s = e.signOff;
  if (!s) return [e.version.agreed ? "No sign-off record." : "This version has not been agreed; there is no sign-off record."];
  return [
    `Agreement: ${s.title}`,
    `Outcome: ${s.outcome}`,
    `Closed: ${longDateTime(s.closedAt)} by ${s.closedBy}`,
    signOffScopeLine(s.scope),
    ...(s.reviewDate ? [`Review date: ${longDate(s.reviewDate)}`] : []),
  ];
}

/** The appendix text when there is nothing to show. */
export function commentsEmptyText(e: PlanExport): string | null {
  if (!e.comments.included) return null;
  return e.comments.threads.length === 0 ? "No open comment threads." : null;
}
