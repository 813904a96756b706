import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { promisify } from "node:util";
import { DomUtils, parseDocument } from "htmlparser2";
import JSZip from "jszip";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPlanExport } from "@jigsaw/shared/export/buildPlanExport";
import type { PlanExport } from "@jigsaw/shared/export/exportSchema";
import { boardPaperInput, SAMPLE } from "./boardPaperFixture.ts";
import { renderDocx } from "./docxRenderer.ts";
import { docxColumnWidths } from "./docxTable.ts";
import { renderHtml } from "./htmlRenderer.ts";
import { renderMarkdown } from "./markdownRenderer.ts";
import { renderPdf } from "./pdfRenderer.ts";

/*
 * The paper the board receives: every format read back with an independent tool
 * (mammoth for DOCX, poppler's pdftotext/pdfinfo/pdffonts for PDF, htmlparser2 for
 * HTML) for a cover, contents, page numbers, heading order, the sign-off trail, codes
 * with their wording and the non-Latin sample.
 */

const run = promisify(execFile);
const e: PlanExport = buildPlanExport(boardPaperInput());

/** The sign-off trail as each format must show it: the withdrawn objection stays, with its reason and time. */
const TRAIL = [
  ["Riverside ICB", "Object (later changed)", "The budget line is missing", "David Ng (Editor)", "28 November 2026, 05:41 UTC"],
  ["Riverside ICB", "Consent", "", "David Ng (Editor)", "28 November 2026, 08:41 UTC"],
  [`Grŵp ${SAMPLE}`, "Consent with comment", `Yes ${SAMPLE}`, "Siân Evans (Facilitator)", "28 November 2026, 07:00 UTC"],
  ["Northfield Residents' Association", "No response", "", "", ""],
];

/** Heading levels in order never go down by more than one (h2 → h4 is a jump). */
function expectNoJumps(levels: number[]): void {
  expect(levels.length).toBeGreaterThan(5);
  levels.forEach((l, i) => {
    if (i > 0) expect(l - levels[i - 1]!, `heading ${i}: h${levels[i - 1]} → h${l} in ${levels.join(",")}`).toBeLessThanOrEqual(1);
  });
}

function htmlHeadings(html: string): Array<{ level: number; text: string }> {
  const dom = parseDocument(html);
  return DomUtils.findAll((el) => /^h[1-6]$/.test(el.name), dom.children).map((el) => ({ level: Number(el.name[1]), text: DomUtils.textContent(el).trim() }));
}

function tableRows(html: string): string[][] {
  const dom = parseDocument(html);
  return DomUtils.findAll((el) => el.name === "tr", dom.children).map((tr) =>
    DomUtils.findAll((el) => el.name === "td" || el.name === "th", tr.children).map((c) => DomUtils.textContent(c).trim()),
  );
}

describe("Markdown board paper", () => {
  const md = renderMarkdown(e);
  it("has a cover, contents, headings without jumps, codes with wording, the trail and the sample", () => {
    const levels = md
      .split("\n")
      .filter((l) => /^#{1,6} /.test(l))
      .map((l) => l.indexOf(" "));
    expect(levels[0]).toBe(1);
    expectNoJumps(levels);
    expect(md).toContain(`# Joint plan ${SAMPLE}`);
    expect(md).toContain("**Agreed:** 28 November 2026, 08:59 UTC");
    expect(md).toContain(`**Content hash (SHA-256):** ${"ab".repeat(32)}`);
    expect(md).toContain("## Contents\n\n1. Introduction");
    expect(md).toContain("Outcomes: SO-02 — Best start in life");
    expect(md).toContain("IND-HLE — Healthy life expectancy at birth");
    for (const row of TRAIL) expect(md).toContain(`| ${row.map((c) => c || " ").join(" | ")} |`);
    expect(md).toContain(`Body text ${SAMPLE}`);
    expect(md).toContain(`*Joint plan ${SAMPLE} · Agreed plan · SHA-256 ${"ab".repeat(32)}*`);
  });
});

describe("HTML board paper", () => {
  const html = renderHtml(e);
  it("parses into a cover, linked contents, headings without jumps, the trail and the sample", () => {
    const hs = htmlHeadings(html);
    expect(hs[0]).toEqual({ level: 1, text: `Joint plan ${SAMPLE}` });
    expectNoJumps(hs.map((h) => h.level));
    const dom = parseDocument(html);
    const nav = DomUtils.findOne((el) => el.name === "nav" && el.attribs.class === "contents", dom.children)!;
    const links = DomUtils.findAll((el) => el.name === "a", nav.children);
    expect(links.map((a) => DomUtils.textContent(a))).toEqual(["Introduction", `Starting well ${SAMPLE}`, ...Array.from({ length: 6 }, (_, i) => `Section ${i + 1}`), "Actions", "Outcomes and indicators", "Shared outcomes", "Indicators", "Crosswalk", "Risks", "Sign-off record", "Appendix: open comment threads"]);
    for (const a of links) {
      const target = DomUtils.findOne((el) => el.attribs.id === a.attribs.href!.slice(1), dom.children);
      expect(target && DomUtils.textContent(target)).toBe(DomUtils.textContent(a));
    }
    const rows = tableRows(html);
    for (const row of TRAIL) expect(rows).toContainEqual(row);
    expect(rows).toContainEqual(expect.arrayContaining(["SO-02 — Best start in life"]));
    expect(html).toContain(`<p>Body text ${SAMPLE}</p>`);
  });

  it("has print styles: page breaks, headings kept with what follows, table headers repeated", () => {
    const style = DomUtils.textContent(DomUtils.findOne((el) => el.name === "style", parseDocument(html).children)!);
    const print = style.slice(style.indexOf("@media print"));
    expect(style).toContain("@page{size:A4");
    expect(print).toMatch(/\.cover\{break-after:page/);
    expect(print).toMatch(/h1,h2,h3,h4,h5,h6\{break-after:avoid/);
    expect(print).toContain("thead{display:table-header-group}");
  });
});

describe("DOCX board paper", () => {
  let docx: Buffer;
  let html: string;
  beforeAll(async () => {
    docx = await renderDocx(e);
    html = (await mammoth.convertToHtml({ buffer: docx })).value;
  });

  it("reads back (mammoth) with contents, headings without jumps, codes with wording, the trail and the sample", () => {
    const hs = htmlHeadings(html);
    expect(hs[0]!.text).toBe("Contents");
    expectNoJumps(hs.map((h) => h.level));
    expect(hs.map((h) => h.text)).toEqual(expect.arrayContaining(["Why it matters", "What we will do", `Starting well ${SAMPLE}`, "Sign-off record"]));
    expect(html).toContain(`<p>Body text ${SAMPLE}</p>`);
    expect(html).toContain("<strong>Agreed: </strong>28 November 2026, 08:59 UTC");
    expect(html).toContain(`<strong>Content hash (SHA-256): </strong>${"ab".repeat(32)}`);
    expect(html).toContain('<a href="#part_15">Sign-off record</a>');
    expect(html).toContain("SO-02 — Best start in life");
    const rows = tableRows(html);
    for (const row of TRAIL) expect(rows).toContainEqual(row);
  });

  it("has a footer with version, hash and page N of M, page references in the contents, spacing, and columns wide enough for their words", async () => {
    const zip = await JSZip.loadAsync(docx);
    const footer = await zip.file("word/footer1.xml")!.async("string");
    expect(footer).toContain(`SHA-256 ${"ab".repeat(32)}`);
    expect(footer).toContain("Agreed plan");
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>|w:instr="\s*PAGE\s*"/);
    expect(footer).toMatch(/NUMPAGES/);
    const body = await zip.file("word/document.xml")!.async("string");
    expect(body.match(/PAGEREF part_\d+/g)).toHaveLength(16);
    const styles = await zip.file("word/styles.xml")!.async("string");
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:spacing w:after="140"/);
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?<w:keepNext\/>/);
    for (const grid of body.match(/<w:tblGrid>.*?<\/w:tblGrid>/g) ?? []) {
      const cols = [...grid.matchAll(/w:w="(\d+)"/g)].map((m) => Number(m[1]));
      expect(cols.reduce((a, b) => a + b, 0)).toBe(11906 - 2 * 1134);
      expect(Math.min(...cols)).toBeGreaterThan(600);
    }
  });

  it("renders the same export to the same bytes", async () => {
    expect((await renderDocx(e)).equals(docx)).toBe(true);
  });

  it("renders the same bytes seconds later: nothing in the package is dated by the clock", { timeout: 20_000 }, async () => {
    // zip times have a 2 s resolution: JSZip dated the folder entries it added with the time of packing
    await new Promise((r) => setTimeout(r, 2_100));
    expect((await renderDocx(e)).equals(docx)).toBe(true);
  });

  it("sizes columns to the longest word: the actions table's Status column holds 'Status' whole", () => {
    const widths = docxColumnWidths({ header: ["Action", "Status"], rows: [["x", "On track"]], widths: [95, 5] }, 9638);
    // "Status" in 8 pt bold Arial is about 490 twips, plus cell margins
    expect(widths[1]).toBeGreaterThanOrEqual(6 * 0.62 * 160 + 144);
    expect(widths[0]! + widths[1]!).toBe(9638);
  });
});

function hasPoppler(): boolean {
  return fs.existsSync("/usr/bin/pdftotext") && fs.existsSync("/usr/bin/pdfinfo");
}

describe("PDF board paper", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jigsaw-board-pdf-"));
  const file = path.join(dir, "paper.pdf");
  let pdf: Buffer;
  let pages: string[];
  /** The text in content-stream order (a table cell's lines together). */
  let raw: string;
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function render(): Promise<Buffer> {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on("data", (c: Buffer) => chunks.push(c));
    await renderPdf(e, out);
    return Buffer.concat(chunks);
  }

  beforeAll(async () => {
    pdf = await render();
    fs.writeFileSync(file, pdf);
    if (!hasPoppler()) return;
    const text = (await run("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"])).stdout;
    pages = text.split("\f").slice(0, -1);
    raw = (await run("pdftotext", ["-raw", "-enc", "UTF-8", file, "-"])).stdout;
  }, 60_000);

  it("numbers every page in a footer with the version and hash, and the contents give the page each part starts on", ({ skip }) => {
    if (!hasPoppler()) skip("SKIPPED pdf board paper: poppler-utils (pdftotext) not installed");
    expect(pages.length).toBeGreaterThanOrEqual(5);
    pages.forEach((p, i) => {
      expect(p).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(p).toContain("Agreed plan · SHA-256");
      expect(p).toContain("ab".repeat(32));
    });
    expect(pages[0]).toContain(`Joint plan ${SAMPLE}`);
    expect(pages[0]).toMatch(/Agreed: 28 November 2026, 08:59 UTC/);
    const contents = pages[1]!;
    expect(contents).toMatch(/^\s*Contents/);
    for (const part of ["Actions", "Risks", "Sign-off record", `Starting well ${SAMPLE}`]) {
      const m = contents.match(new RegExp(`^\\s*${part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s+(\\d+)\\s*$`, "m"));
      expect(m, part).not.toBeNull();
      const page = Number(m![1]);
      expect(pages[page - 1], `${part} on page ${page}`).toMatch(new RegExp(`^\\s*${part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*$`, "m"));
    }
  });

  it("keeps the sample in glyphs and text layer, gives codes their wording and lists the whole sign-off trail", async ({ skip }) => {
    if (!hasPoppler()) skip("SKIPPED pdf board paper: poppler-utils not installed");
    const all = pages.join("\n");
    expect(all).toContain(`Body text ${SAMPLE}`);
    expect(all).not.toContain("□");
    expect(all).toContain("Outcomes: SO-02 — Best start in life");
    const squashed = raw.replace(/\s+/g, "");
    for (const row of TRAIL) for (const cell of row) expect(squashed).toContain(cell.replace(/\s+/g, ""));
    const fonts = (await run("pdffonts", [file])).stdout;
    expect(fonts).toMatch(/\+DejaVuSans\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    expect(fonts).toMatch(/\+NotoSansHans-Regular\s+CID Type 0C\s+Identity-H\s+yes yes yes/);
  });

  it("leaves no page with a single stranded line of body text", ({ skip }) => {
    if (!hasPoppler()) skip("SKIPPED pdf board paper: poppler-utils not installed");
    pages.forEach((p, i) => {
      const body = p.split("\n").filter((l) => l.trim() && !l.includes(`Page ${i + 1} of`) && !/^\s*(ab)+\s*$/.test(l));
      expect(body.length, `page ${i + 1}: ${body.join(" / ")}`).toBeGreaterThanOrEqual(2);
    });
  });

  it("is a tagged PDF: language, title shown, PDF/UA id, structure tree with headings in order, lists, tables with header cells", async ({ skip }) => {
    if (!hasPoppler()) skip("SKIPPED pdf board paper: poppler-utils not installed");
    const info = (await run("pdfinfo", ["-enc", "UTF-8", file])).stdout;
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(new RegExp(`^Title:\\s+Joint plan ${SAMPLE}$`, "m"));
    const raw = pdf.toString("latin1");
    expect(raw).toContain("/Lang (en-GB)");
    expect(raw).toContain("/DisplayDocTitle true");
    expect(raw).toContain("<pdfuaid:part>1</pdfuaid:part>");
    const struct = (await run("pdfinfo", ["-struct", file])).stdout;
    const lines = struct.split("\n").filter((l) => l.trim());
    expect(lines[0]).toBe("Document");
    const headings = lines.map((l) => l.trim().match(/^H(\d)\b/)).filter((m) => m !== null);
    expect(headings[0]![1]).toBe("1");
    expectNoJumps(headings.map((m) => Number(m[1])));
    expect(struct).toMatch(/^ {2}TOC\n(?: {4}TOCI\n){16}/m);
    expect(struct).toMatch(/^ {2}L \(block\)\n {4}LI \(block\)\n {6}LBody/m);
    expect(struct).toMatch(/Table \(block\)\n {4}TR\n {6}TH\n/);
    expect(struct).toMatch(/ {4}TR\n {6}TD\n/);
  });

  it("renders the same export to the same bytes", { timeout: 60_000 }, async () => {
    expect((await render()).equals(pdf)).toBe(true);
  });
});
