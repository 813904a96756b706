import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { promisify } from "node:util";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { buildPlanExport } from "@jigsaw/shared/export/buildPlanExport";
import { addIndicator, createPlanDoc, indicatorPoint, readPlan, setIndicatorBaselinePeriod } from "@jigsaw/shared/plan/index";
import { renderDocx } from "./docxRenderer.ts";
import { renderHtml } from "./htmlRenderer.ts";
import { renderMarkdown } from "./markdownRenderer.ts";
import { renderPdf } from "./pdfRenderer.ts";

const run = promisify(execFile);

function planWithSeries() {
  const doc = createPlanDoc("blank", { title: "Series plan", place: "Riverside", now: new Date(0) });
  const id = addIndicator(doc, {
    label: "Healthy life expectancy",
    unit: "years",
    series: [indicatorPoint("2018 - 20", 59.1, { lowerCi95: 57.5, upperCi95: 60.7 }), indicatorPoint("2019 - 21", 58.1), indicatorPoint("2020 - 22", 57.7, { count: 1234, denominator: 56789 })],
    comparator: { area: { code: "E92000001", name: "England" }, series: [indicatorPoint("2020 - 22", 62.9)] },
    area: { code: "E06009991", name: "Riverside" },
    source: { title: "Healthy life expectancy at birth", publisher: "OHID", url: "https://fingertips.phe.org.uk/", retrieved: "2026-12-07", publisherId: "90362", illustrative: true },
    target: { value: 61.5, date: null },
    targetYear: 2030,
    polarity: "higher_is_better",
  });
  setIndicatorBaselinePeriod(doc, id, "2019 - 21");
  return buildPlanExport({
    generatedAt: "2026-12-07T09:00:00.000Z",
    partnership: { name: "Riverside", place: "Riverside" },
    plan: { id: "plan-s", title: "Series plan", template: "blank" },
    version: { id: null, kind: "draft", name: "Current draft", createdAt: "2026-12-07T09:00:00.000Z", contentHash: "cd".repeat(32) },
    snapshot: readPlan(doc),
    signOff: null,
    lens: "all",
    comments: [],
  });
}

const VALUES = ["59.1", "57.5", "60.7", "58.1", "57.7", "1,234", "56,789", "62.9", "61.5 years by 2030", "58.1 (2019 - 21)", "Higher is better", "Illustrative figures, not real data"];

describe("indicator series in exports", () => {
  const e = planWithSeries();

  it("HTML: a chart described in words and the figures as tables", () => {
    const html = renderHtml(e);
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).toContain("From 59.1 years in 2018 - 20 to 57.7 years in 2020 - 22. England 62.9 years in 2020 - 22. Baseline 58.1 (2019 - 21). Target 61.5 by 2030.");
    for (const v of VALUES) expect(html).toContain(v);
  });

  it("Markdown and DOCX carry every value", async () => {
    const md = renderMarkdown(e).replace(/\\(.)/g, "$1"); // the renderer escapes a number at the start of a cell ("59\\.1")
    for (const v of VALUES) expect(md).toContain(v);
    expect(md).toMatch(/\| Healthy life expectancy \(illustrative\) \| 2019 - 21 \| 58\.1 \|.*\| Baseline \|/);
    const text = (await mammoth.extractRawText({ buffer: await renderDocx(e) })).value;
    for (const v of VALUES) expect(text).toContain(v);
  });

  it("PDF text layer holds the series values", async ({ skip }) => {
    if (!fs.existsSync("/usr/bin/pdftotext")) skip("SKIPPED: poppler-utils (pdftotext) not installed");
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on("data", (c: Buffer) => chunks.push(c));
    await renderPdf(e, out);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jigsaw-series-pdf-"));
    try {
      const file = path.join(dir, "p.pdf");
      fs.writeFileSync(file, Buffer.concat(chunks));
      const text = (await run("pdftotext", ["-raw", "-enc", "UTF-8", file, "-"])).stdout.replace(/\s+/g, " ");
      for (const v of ["59.1", "57.5", "60.7", "58.1", "57.7", "1,234", "56,789", "62.9", "2019 - 21", "Baseline"]) expect(text).toContain(v);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
