import type { PmNode } from "@jigsaw/shared/plan/index";
import type { PlanExport } from "@jigsaw/shared/export/exportSchema";
import { indicatorChartGeometry, indicatorChartSvg } from "@jigsaw/shared/plan/index";
import {
  commentsEmptyText,
  contentsEntries,
  coverLines,
  footerText,
  HeadingLeveler,
  inlineRuns,
  inlineText,
  longDateTime,
  neutraliseCell,
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

function blocks(nodes: readonly PmNode[] | undefined, out: string[], levels: HeadingLeveler): void {
  for (const n of nodes ?? []) {
    switch (n.type) {
      case "paragraph":
        out.push(`<p>${inlineHtml(n.content)}</p>`);
        break;
      case "heading": {
        const level = levels.level(n);
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
          blocks(item.content, inner, levels);
          out.push(`<li>${inner.join("")}</li>`);
        }
        out.push(`</${tag}>`);
        break;
      }
      case "blockquote": {
        const inner: string[] = [];
        blocks(n.content, inner, levels);
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
        if (n.content) blocks(n.content, out, levels);
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

/** Each indicator's trend chart (inline SVG, described in words) and the tables of baselines, targets and figures. */
function indicatorFigures(out: string[], e: PlanExport): void {
  for (const i of e.indicators) {
    if (i.series.length === 0) continue;
    out.push(`<figure class="indicator-chart">${indicatorChartSvg(i, i.label)}<figcaption>${escapeHtml(i.label)}${i.source?.illustrative ? " (illustrative figures, not real data)" : ""}: ${escapeHtml(indicatorChartGeometry(i).summary)}</figcaption></figure>`);
  }
  for (const t of [indicatorDetailsTable(e), indicatorSeriesTable(e)]) if (t) out.push(table(t));
}

function dataTable(out: string[], t: TextTable | null, empty: string): void {
  if (!t || t.rows.length === 0) out.push(`<p>${escapeHtml(empty)}</p>`);
  else out.push(table(t));
}

const STYLE = `body{font-family:"Noto Sans",Arial,Helvetica,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}
table{border-collapse:collapse;width:100%;margin:1rem 0;font-size:.9rem}th,td{border:1px solid #999;padding:.3rem .5rem;text-align:left;vertical-align:top;overflow-wrap:normal;word-break:normal;hyphens:manual}
th{background:#eee}.cover{border-bottom:2px solid #333;margin-bottom:2rem}.status{font-style:italic;color:#444}dt{font-weight:bold}dd{overflow-wrap:anywhere}
.contents ol{padding-left:1.5rem}.contents a{color:inherit}footer.running{margin-top:3rem;border-top:1px solid #999;font-size:.8rem;color:#444;word-break:break-all}
@page{size:A4;margin:2cm 1.8cm}
@media print{body{max-width:none;margin:0;padding:0;font-size:10.5pt;color:#000}
a{color:inherit;text-decoration:none}
.cover{break-after:page;page-break-after:always;border:0}.contents{break-after:page;page-break-after:always}
main>section{break-before:page;page-break-before:always}
h1,h2,h3,h4,h5,h6{break-after:avoid;page-break-after:avoid;break-inside:avoid}
p,li,blockquote{orphans:3;widows:3}
table{font-size:8.5pt}thead{display:table-header-group}tr,th,td{break-inside:avoid;page-break-inside:avoid}
th{background:#eee;-webkit-print-color-adjust:exact;print-color-adjust:exact}}`;

/** An id for a contents link: "part-3". */
const partId = (i: number) => `part-${i + 1}`;

/**
 * The export as one self-contained HTML page. All text is escaped; links keep
 * only http(s)/mailto targets; a Content-Security-Policy meta tag forbids
 * scripts and remote loads even if something slipped through.
 */
export function renderHtml(e: PlanExport, progress: ProgressFn = () => {}): string {
  const out: string[] = [];
  const parts = contentsEntries(e);
  let part = 0;
  /** The next part's heading, with the id its contents link points at. */
  const h = (level: 2 | 3, title: string) => `<h${level} id="${partId(part++)}">${escapeHtml(title)}</h${level}>`;
  out.push(`<header class="cover"><h1>${escapeHtml(e.plan.title)}</h1><dl>`);
  for (const [label, value] of coverLines(e)) out.push(`<dt>${escapeHtml(label)}:</dt><dd>${escapeHtml(value)}</dd>`);
  out.push("</dl></header>");
  out.push('<nav class="contents" aria-labelledby="contents"><h2 id="contents">Contents</h2><ol>');
  parts.forEach((c, i) => {
    const link = `<a href="#${partId(i)}">${escapeHtml(c.title)}</a>`;
    const next = parts[i + 1];
    if (c.level === 1 && next?.level === 2) out.push(`<li>${link}<ol>`);
    else if (c.level === 2 && next?.level !== 2) out.push(`<li>${link}</li></ol></li>`);
    else out.push(`<li>${link}</li>`);
  });
  out.push("</ol></nav><main>");
  e.sections.forEach((s, i) => {
    out.push(`<section>${h(2, s.title)}`);
    out.push(`<p class="status">${escapeHtml(sectionMetaLine(e, s))}</p>`);
    blocks(s.body.content, out, new HeadingLeveler(s.body.content, 2));
    out.push("</section>");
    progress(0.1 + (0.7 * (i + 1)) / Math.max(1, e.sections.length), "sections");
  });
  out.push(`<section>${h(2, "Actions")}`);
  dataTable(out, actionsTable(e), "No actions.");
  out.push(`</section><section>${h(2, "Outcomes and indicators")}${h(3, "Shared outcomes")}`);
  dataTable(out, outcomesTable(e), "No shared outcomes are linked.");
  out.push(h(3, "Indicators"));
  dataTable(out, indicatorsTable(e), "No indicators.");
  indicatorFigures(out, e);
  out.push(h(3, "Crosswalk"));
  dataTable(out, crosswalkTable(e), "Nothing to translate.");
  out.push(`</section><section>${h(2, "Risks")}`);
  dataTable(out, risksTable(e), "No risks recorded.");
  out.push(`</section><section>${h(2, "Sign-off record")}`);
  for (const l of signOffLines(e)) out.push(`<p>${escapeHtml(l)}</p>`);
  const so = signOffTable(e);
  if (so) out.push(table(so));
  out.push("</section>");
  if (e.comments.included) {
    out.push(`<section>${h(2, "Appendix: open comment threads")}`);
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
  out.push(`</main><footer class="running"><p>${escapeHtml(footerText(e))}</p></footer>`);
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
