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

/** Escape text for HTML text and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

function inlineHtml(nodes: readonly PmNode[] | undefined): string {
  let out = "";
  for (const r of inlineRuns(nodes)) {
    if (r.lineBreak) {
      out += "<br>";
      continue;
    }
    let t = escapeHtml(r.text);
    if (r.code) t = `<code>${t}</code>`;
    if (r.strike) t = `<s>${t}</s>`;
    if (r.underline) t = `<u>${t}</u>`;
    if (r.italic) t = `<em>${t}</em>`;
    if (r.bold) t = `<strong>${t}</strong>`;
    if (r.href) t = `<a href="${escapeHtml(r.href)}" rel="noopener noreferrer nofollow">${t}</a>`;
    out += t;
  }
  return out;
}

function blocks(nodes: readonly PmNode[] | undefined, out: string[]): void {
  for (const n of nodes ?? []) {
    switch (n.type) {
      case "paragraph":
        out.push(`<p>${inlineHtml(n.content)}</p>`);
        break;
      case "heading": {
        const level = Math.min(6, Math.max(1, Number(n.attrs?.level ?? 1)) + 2);
        out.push(`<h${level}>${inlineHtml(n.content)}</h${level}>`);
        break;
      }
      case "bulletList":
      case "orderedList": {
        const tag = n.type === "bulletList" ? "ul" : "ol";
        const start = Number(n.attrs?.start ?? 1) || 1;
        out.push(tag === "ol" && start !== 1 ? `<ol start="${start}">` : `<${tag}>`);
        for (const item of n.content ?? []) {
          const inner: string[] = [];
          blocks(item.content, inner);
          out.push(`<li>${inner.join("")}</li>`);
        }
        out.push(`</${tag}>`);
        break;
      }
      case "blockquote": {
        const inner: string[] = [];
        blocks(n.content, inner);
        out.push(`<blockquote>${inner.join("")}</blockquote>`);
        break;
      }
      case "codeBlock":
        out.push(`<pre><code>${escapeHtml(inlineText(n.content))}</code></pre>`);
        break;
      case "horizontalRule":
        out.push("<hr>");
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
        if (n.content) blocks(n.content, out);
        else if (n.text) out.push(`<p>${escapeHtml(n.text)}</p>`);
    }
  }
}

/** A table; cells must already be neutralised (they are escaped here). */
function table(t: { header: string[]; rows: string[][] }): string {
  const head = `<thead><tr>${t.header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("")}</tr></thead>`;
  const body = t.rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`).join("\n");
  return `<table>${head}<tbody>\n${body}\n</tbody></table>`;
}

function dataTable(out: string[], t: TextTable | null, empty: string): void {
  if (!t || t.rows.length === 0) out.push(`<p>${escapeHtml(empty)}</p>`);
  else out.push(table(t));
}

const STYLE = `body{font-family:Arial,Helvetica,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}
table{border-collapse:collapse;width:100%;margin:1rem 0;font-size:.9rem}th,td{border:1px solid #999;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#eee}.cover{border-bottom:2px solid #333;margin-bottom:2rem}.status{font-style:italic;color:#444}dt{font-weight:bold}`;

/**
 * The export as one self-contained HTML page. All text is escaped; links keep
 * only http(s)/mailto targets; a Content-Security-Policy meta tag forbids
 * scripts and remote loads even if something slipped through.
 */
export function renderHtml(e: PlanExport, progress: ProgressFn = () => {}): string {
  const out: string[] = [];
  out.push(`<header class="cover"><h1>${escapeHtml(e.plan.title)}</h1><dl>`);
  for (const [label, value] of coverLines(e)) out.push(`<dt>${escapeHtml(label)}:</dt><dd>${escapeHtml(value)}</dd>`);
  out.push("</dl></header><main>");
  e.sections.forEach((s, i) => {
    out.push(`<section><h2>${escapeHtml(s.title)}</h2>`);
    out.push(`<p class="status">Status: ${escapeHtml(sectionStatusLabel(s.status))}${s.outcomes.length ? ` · Outcomes: ${escapeHtml(s.outcomes.join(", "))}` : ""}</p>`);
    blocks(s.body.content, out);
    out.push("</section>");
    progress(0.1 + (0.7 * (i + 1)) / Math.max(1, e.sections.length), "sections");
  });
  out.push("<section><h2>Actions</h2>");
  dataTable(out, actionsTable(e), "No actions.");
  out.push("</section><section><h2>Outcomes and indicators</h2><h3>Shared outcomes</h3>");
  dataTable(out, outcomesTable(e), "No shared outcomes are linked.");
  out.push("<h3>Indicators</h3>");
  dataTable(out, indicatorsTable(e), "No indicators.");
  out.push("<h3>Crosswalk</h3>");
  dataTable(out, crosswalkTable(e), "Nothing to translate.");
  out.push("</section><section><h2>Risks</h2>");
  dataTable(out, risksTable(e), "No risks recorded.");
  out.push("</section><section><h2>Sign-off record</h2>");
  for (const l of signOffLines(e)) out.push(`<p>${escapeHtml(l)}</p>`);
  const so = signOffTable(e);
  if (so) out.push(table(so));
  out.push("</section>");
  if (e.comments.included) {
    out.push("<section><h2>Appendix: open comment threads</h2>");
    const empty = commentsEmptyText(e);
    if (empty) out.push(`<p>${escapeHtml(empty)}</p>`);
    for (const t of e.comments.threads) {
      out.push(`<h3>${escapeHtml(t.sectionTitle ?? "General")}</h3>`);
      if (t.quote) out.push(`<blockquote><p>${escapeHtml(t.quote)}</p></blockquote>`);
      for (const c of t.comments) {
        out.push(
          `<p><strong>${escapeHtml(c.author)}</strong>${c.organisation ? ` (${escapeHtml(c.organisation)})` : ""}, ${escapeHtml(longDateTime(c.at))}: ${escapeHtml(c.text)}</p>`,
        );
      }
    }
    out.push("</section>");
  }
  out.push("</main>");
  progress(1, "done");
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(e.plan.title)} (${escapeHtml(e.version.name)})</title>
<style>${STYLE}</style>
</head>
<body>
${out.join("\n")}
</body>
</html>
`;
}
