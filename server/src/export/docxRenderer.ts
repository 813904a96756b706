import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from "docx";
import type { PmNode } from "@jigsaw/shared/plan/index";
import type { PlanExport } from "@jigsaw/shared/export/exportSchema";
import {
  actionsTable,
  commentsEmptyText,
  coverLines,
  crosswalkTable,
  indicatorsTable,
  inlineRuns,
  inlineText,
  longDateTime,
  neutraliseCell,
  outcomesTable,
  risksTable,
  sectionStatusLabel,
  signOffLines,
  signOffTable,
  type TextTable,
} from "./exportText.ts";
import { cellText } from "./markdownRenderer.ts";
import type { ProgressFn } from "./progress.ts";

type Block = Paragraph | Table;

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/** XML 1.0 forbids most control characters; drop them (docx writes text runs as-is, escaped). */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
}

function runs(nodes: readonly PmNode[] | undefined): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const r of inlineRuns(nodes)) {
    if (r.lineBreak) {
      out.push(new TextRun({ text: "", break: 1 }));
      continue;
    }
    const run = new TextRun({
      text: clean(r.text),
      bold: r.bold,
      italics: r.italic,
      strike: r.strike,
      ...(r.underline || r.href ? { underline: {} } : {}),
      ...(r.code ? { font: "Courier New" } : {}),
      ...(r.href ? { style: "Hyperlink" } : {}),
    });
    out.push(r.href ? new ExternalHyperlink({ link: r.href, children: [run] }) : run);
  }
  return out;
}

class ListCounter {
  next = 0;
}

function blocks(nodes: readonly PmNode[] | undefined, out: Block[], lists: ListCounter, level = 0, instance?: { ref: string; id: number }): void {
  for (const n of nodes ?? []) {
    switch (n.type) {
      case "paragraph":
        out.push(
          new Paragraph({
            children: runs(n.content),
            ...(instance ? { numbering: { reference: instance.ref, level: Math.min(level, 8), instance: instance.id } } : {}),
          }),
        );
        break;
      case "heading": {
        const lvl = Math.min(6, Math.max(1, Number(n.attrs?.level ?? 1)) + 2);
        out.push(new Paragraph({ heading: HEADINGS[lvl - 1]!, children: runs(n.content) }));
        break;
      }
      case "bulletList":
      case "orderedList": {
        const inst = { ref: n.type === "bulletList" ? "bullets" : "numbers", id: ++lists.next };
        const nextLevel = instance ? level + 1 : 0;
        for (const item of n.content ?? []) {
          let first = true;
          for (const child of item.content ?? []) {
            if (child.type === "paragraph" && first) {
              blocks([child], out, lists, nextLevel, inst);
              first = false;
            } else if (child.type === "bulletList" || child.type === "orderedList") {
              blocks([child], out, lists, nextLevel, inst);
            } else {
              blocks([child], out, lists, nextLevel);
            }
          }
        }
        break;
      }
      case "blockquote": {
        const inner: Block[] = [];
        blocks(n.content, inner, lists, level);
        for (const b of inner) out.push(b instanceof Paragraph ? b : b);
        break;
      }
      case "codeBlock":
        out.push(
          new Paragraph({
            children: inlineText(n.content)
              .split("\n")
              .map((line, i) => new TextRun({ text: clean(line), font: "Courier New", ...(i > 0 ? { break: 1 } : {}) })),
          }),
        );
        break;
      case "horizontalRule":
        out.push(new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "999999", space: 1 } }, children: [] }));
        break;
      case "table": {
        const rows = (n.content ?? []).map((row) => (row.content ?? []).map((c) => neutraliseCell(cellText(c))));
        if (rows.length === 0) break;
        const width = Math.max(...rows.map((r) => r.length));
        const pad = (r: string[]) => [...r, ...Array<string>(width - r.length).fill("")];
        out.push(table({ header: pad(rows[0]!), rows: rows.slice(1).map(pad), widths: Array<number>(width).fill(1) }));
        break;
      }
      default:
        if (n.content) blocks(n.content, out, lists, level, instance);
        else if (n.text) out.push(new Paragraph({ children: [new TextRun(clean(n.text))] }));
    }
  }
}

/** A table of plain text runs (cells already neutralised). */
function table(t: TextTable): Table {
  const total = t.widths.reduce((a, b) => a + b, 0) || 1;
  const cell = (text: string, header: boolean, i: number) =>
    new TableCell({
      width: { size: Math.max(4, Math.round((100 * (t.widths[i] ?? 1)) / total)), type: WidthType.PERCENTAGE },
      ...(header ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: "E7E7E7" } } : {}),
      children: [new Paragraph({ children: [new TextRun({ text: clean(text), bold: header, size: 18 })] })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: t.header.map((h, i) => cell(h, true, i)) }),
      ...t.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, false, i)) })),
    ],
  });
}

function heading(text: string, level: 1 | 2 | 3): Paragraph {
  return new Paragraph({ heading: HEADINGS[level - 1]!, children: [new TextRun(clean(text))] });
}

function para(text: string, opts: { italics?: boolean; bold?: boolean } = {}): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: clean(text), ...opts })] });
}

function dataTable(out: Block[], t: TextTable | null, empty: string): void {
  if (!t || t.rows.length === 0) out.push(para(empty));
  else out.push(table(t));
}

const levels = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (i: number) => string) =>
  Array.from({ length: 9 }, (_, i) => ({
    level: i,
    format,
    text: text(i),
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (i + 1), hanging: 360 } } },
  }));

/**
 * The export as a Word document (docx library). Text goes into plain text
 * runs (the library XML-escapes them), so nothing in the plan can inject
 * markup; table cells are formula-neutralised.
 */
export async function renderDocx(e: PlanExport, progress: ProgressFn = () => {}): Promise<Buffer> {
  const out: Block[] = [];
  out.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(clean(e.plan.title))] }));
  for (const [label, value] of coverLines(e)) {
    out.push(new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(clean(value))] }));
  }
  out.push(new Paragraph({ children: [new PageBreak()] }));
  const lists = new ListCounter();
  e.sections.forEach((s, i) => {
    out.push(heading(s.title, 1));
    out.push(para(`Status: ${sectionStatusLabel(s.status)}${s.outcomes.length ? ` · Outcomes: ${s.outcomes.join(", ")}` : ""}`, { italics: true }));
    blocks(s.body.content, out, lists);
    if (i % 10 === 9) progress(0.1 + (0.4 * (i + 1)) / e.sections.length, "sections");
  });
  out.push(heading("Actions", 1));
  dataTable(out, actionsTable(e), "No actions.");
  out.push(heading("Outcomes and indicators", 1));
  out.push(heading("Shared outcomes", 2));
  dataTable(out, outcomesTable(e), "No shared outcomes are linked.");
  out.push(heading("Indicators", 2));
  dataTable(out, indicatorsTable(e), "No indicators.");
  out.push(heading("Crosswalk", 2));
  dataTable(out, crosswalkTable(e), "Nothing to translate.");
  out.push(heading("Risks", 1));
  dataTable(out, risksTable(e), "No risks recorded.");
  out.push(heading("Sign-off record", 1));
  for (const l of signOffLines(e)) out.push(para(l));
  const so = signOffTable(e);
  if (so) out.push(table(so));
  if (e.comments.included) {
    out.push(heading("Appendix: open comment threads", 1));
    const empty = commentsEmptyText(e);
    if (empty) out.push(para(empty));
    for (const t of e.comments.threads) {
      out.push(heading(t.sectionTitle ?? "General", 2));
      if (t.quote) out.push(para(t.quote, { italics: true }));
      for (const c of t.comments) {
        out.push(
          new Paragraph({
            children: [
              new TextRun({ text: clean(c.author), bold: true }),
              new TextRun(clean(`${c.organisation ? ` (${c.organisation})` : ""}, ${longDateTime(c.at)}: ${c.text}`)),
            ],
          }),
        );
      }
    }
  }
  progress(0.55, "packing");
  const doc = new Document({
    creator: "Jigsaw",
    title: clean(e.plan.title),
    description: clean(`${e.partnership.name}: ${e.version.name}`),
    numbering: {
      config: [
        { reference: "bullets", levels: levels(LevelFormat.BULLET, (i) => ["•", "◦", "▪"][i % 3]!) },
        { reference: "numbers", levels: levels(LevelFormat.DECIMAL, (i) => `%${i + 1}.`) },
      ],
    },
    sections: [{ children: out }],
  });
  const buffer = await Packer.toBuffer(doc);
  progress(1, "done");
  return buffer;
}
