import type { PmNode } from "@jigsaw/shared/plan/index";
import type { PlanExport } from "@jigsaw/shared/export/exportSchema";
import {
  commentsEmptyText,
  contentsEntries,
  coverLines,
  footerText,
  inlineRuns,
  inlineText,
  longDateTime,
  neutraliseCell,
  HeadingLeveler,
  sectionMetaLine,
  signOffLines,
} from "./exportText.ts";
import {
  actionsTable,
  crosswalkTable,
  indicatorDetailsTable,
  indicatorSeriesTable,
  indicatorsTable,
  outcomesTable,
  risksTable,
  signOffTable,
  type TextTable,
} from "./exportTables.ts";
import type { ProgressFn } from "./progress.ts";

/**
 * Escape text for Markdown so that it renders as itself and never as markup
 * or HTML: backslash-escape inline syntax (emphasis, code, links, tables,
 * strikethrough), write `< > &` as entities (so no raw HTML such as
 * `<script>` reaches a Markdown renderer), and defuse block markers (`#`,
 * `-`, `+`, `=`, `1.`) at the start of a line.
 */
export function escapeMarkdown(text: string): string {
  const inline = text
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
  return inline
    .split("\n")
    .map((line) => line.replace(/^(\s*)([-=+#])/, "$1\\$2").replace(/^(\s*\d+)([.)])/, "$1\\$2"))
    .join("\n");
}

function fence(text: string, ch: string, min: number): string {
  let longest = 0;
  for (const m of text.matchAll(new RegExp(`\\${ch}+`, "g"))) longest = Math.max(longest, m[0].length);
  return ch.repeat(Math.max(min, longest + 1));
}

function inlineMd(nodes: readonly PmNode[] | undefined): string {
  let out = "";
  for (const r of inlineRuns(nodes)) {
    if (r.lineBreak) {
      out += "\\\n";
      continue;
    }
    let t: string;
    if (r.code) {
      const f = fence(r.text, "`", 1);
      t = `${f}${r.text.startsWith("`") || r.text.endsWith("`") ? ` ${r.text} ` : r.text}${f}`;
    } else {
      t = escapeMarkdown(r.text);
      const lead = t.match(/^\s*/)![0];
      const trail = t.match(/\s*$/)![0];
      let core = t.trim();
      if (core) {
        if (r.strike) core = `~~${core}~~`;
        if (r.italic) core = `*${core}*`;
        if (r.bold) core = `**${core}**`;
      }
      t = lead + core + trail;
    }
    if (r.href) t = `[${t}](<${r.href}>)`;
    out += t;
  }
  return out;
}

/** A GFM table; cells must already be neutralised (they are escaped and kept on one line here). */
function table(t: { header: string[]; rows: string[][] }): string {
  const cell = (s: string) => escapeMarkdown(s.replace(/\s*\n\s*/g, " ")) || " ";
  const line = (cells: string[]) => `| ${cells.map(cell).join(" | ")} |`;
  return [line(t.header), `| ${t.header.map(() => "---").join(" | ")} |`, ...t.rows.map(line)].join("\n");
}

function blocks(nodes: readonly PmNode[] | undefined, depth: number, out: string[], levels: HeadingLeveler): void {
  for (const n of nodes ?? []) {
    switch (n.type) {
      case "paragraph":
        out.push(inlineMd(n.content));
        break;
      case "heading": {
        out.push(`${"#".repeat(levels.level(n))} ${inlineMd(n.content)}`);
        break;
      }
      case "bulletList":
      case "orderedList": {
        const start = Number(n.attrs?.start ?? 1) || 1;
        const lines: string[] = [];
        (n.content ?? []).forEach((item, i) => {
          const marker = n.type === "bulletList" ? "-" : `${start + i}.`;
          const inner: string[] = [];
          blocks(item.content, depth + 1, inner, levels);
          const text = inner.join("\n\n").split("\n");
          const pad = " ".repeat(marker.length + 1);
          lines.push(`${marker} ${text[0] ?? ""}`, ...text.slice(1).map((l) => (l ? pad + l : l)));
        });
        out.push(lines.join("\n"));
        break;
      }
      case "blockquote": {
        const inner: string[] = [];
        blocks(n.content, depth, inner, levels);
        out.push(
          inner
            .join("\n\n")
            .split("\n")
            .map((l) => `> ${l}`)
            .join("\n"),
        );
        break;
      }
      case "codeBlock": {
        const text = inlineText(n.content);
        const f = fence(text, "`", 3);
        out.push(`${f}\n${text}\n${f}`);
        break;
      }
      case "horizontalRule":
        out.push("* * *");
        break;
      case "table": {
        const rows = (n.content ?? []).map((row) => (row.content ?? []).map((c) => neutraliseCell(cellText(c))));
        if (rows.length === 0) break;
        const width = Math.max(...rows.map((r) => r.length));
        const pad = (r: string[]) => [...r, ...Array<string>(width - r.length).fill("")];
        out.push(table({ header: pad(rows[0]!), rows: rows.slice(1).map(pad) }));
        break;
      }
      default:
        if (n.content) blocks(n.content, depth, out, levels);
        else if (n.text) out.push(escapeMarkdown(n.text));
    }
  }
}

/** Plain text of a table cell (its paragraphs joined by spaces). */
export function cellText(cell: PmNode): string {
  const parts: string[] = [];
  const walk = (ns: readonly PmNode[] | undefined) => {
    for (const n of ns ?? []) {
      if (n.type === "paragraph" || n.type === "heading" || n.type === "codeBlock") parts.push(inlineText(n.content));
      else walk(n.content);
    }
  };
  walk(cell.content);
  return parts.join(" ").replace(/\s+/g, " ").trim();
}

function dataTable(out: string[], t: TextTable | null, empty: string): void {
  if (!t || t.rows.length === 0) out.push(escapeMarkdown(empty));
  else out.push(table(t));
}

/**
 * The export as Markdown (GFM tables). Every piece of plan text is escaped,
 * table cells are formula-neutralised; links keep only http(s)/mailto targets.
 */
export function renderMarkdown(e: PlanExport, progress: ProgressFn = () => {}): string {
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(e.plan.title)}`);
  for (const [label, value] of coverLines(e)) out.push(`**${escapeMarkdown(label)}:** ${escapeMarkdown(value)}`);
  out.push("## Contents");
  out.push(contentsEntries(e).map((c) => `${c.level === 1 ? "" : "   "}1. ${escapeMarkdown(c.title)}`).join("\n"));
  e.sections.forEach((s, i) => {
    out.push(`## ${escapeMarkdown(s.title)}`);
    out.push(`*${escapeMarkdown(sectionMetaLine(e, s))}*`);
    blocks(s.body.content, 0, out, new HeadingLeveler(s.body.content, 2));
    progress(0.1 + (0.7 * (i + 1)) / Math.max(1, e.sections.length), "sections");
  });
  out.push("## Actions");
  dataTable(out, actionsTable(e), "No actions.");
  out.push("## Outcomes and indicators");
  out.push("### Shared outcomes");
  dataTable(out, outcomesTable(e), "No shared outcomes are linked.");
  out.push("### Indicators");
  dataTable(out, indicatorsTable(e), "No indicators.");
  for (const t of [indicatorDetailsTable(e), indicatorSeriesTable(e)]) if (t) dataTable(out, t, "");
  out.push(`### Crosswalk`);
  dataTable(out, crosswalkTable(e), "Nothing to translate.");
  out.push("## Risks");
  dataTable(out, risksTable(e), "No risks recorded.");
  out.push("## Sign-off record");
  for (const l of signOffLines(e)) out.push(escapeMarkdown(l));
  const so = signOffTable(e);
  if (so) out.push(table(so));
  if (e.comments.included) {
    out.push("## Appendix: open comment threads");
    const empty = commentsEmptyText(e);
    if (empty) out.push(escapeMarkdown(empty));
    for (const t of e.comments.threads) {
      out.push(`### ${escapeMarkdown(t.sectionTitle ?? "General")}`);
      if (t.quote) out.push(`> ${escapeMarkdown(t.quote).split("\n").join("\n> ")}`);
      for (const c of t.comments) {
        out.push(`**${escapeMarkdown(c.author)}**${c.organisation ? ` (${escapeMarkdown(c.organisation)})` : ""}, ${escapeMarkdown(longDateTime(c.at))}: ${escapeMarkdown(c.text)}`);
      }
    }
  }
  // what the paged formats' running footer says: version and content hash
  out.push("* * *", `*${escapeMarkdown(footerText(e))}*`);
  progress(1, "done");
  return `${out.join("\n\n")}\n`;
}
