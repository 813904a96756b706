import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { buildPlanExport, type PlanExportInput } from "@jigsaw/shared/export/buildPlanExport";
import { addAction, addSection, bodyDoc, createPlanDoc, paragraph, readPlan, text } from "@jigsaw/shared/plan/index";
import { renderPdf } from "./pdfRenderer.ts";

const run = promisify(execFile);

/** Not cp1252 (the standard PDF fonts' WinAnsi encoding): Polish, Welsh, arrows, maths, ticks, Greek, Cyrillic. */
const UNICODE = "Łódź → Cymru: ŵ ŷ ≠ ✓ ≥ Ελληνικά Кириллица";
/** What neither DejaVu Sans nor the CJK fallback has a glyph for: each character (grapheme) is drawn as "□"; CJK is drawn. */
const NO_GLYPH = "中文 🦀 👩‍👩‍👧";
const NO_GLYPH_SHOWN = "中文 □ □";

function hasPdfToText(): boolean {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

async function renderToBuffer(input: PlanExportInput): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  await renderPdf(buildPlanExport(input), out);
  return Buffer.concat(chunks);
}

/** Text of a PDF (pdftotext -raw: content-stream order). */
async function pdfToText(pdf: Buffer): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jigsaw-pdf-unicode-"));
  try {
    const file = path.join(dir, "x.pdf");
    fs.writeFileSync(file, pdf);
    return (await run("pdftotext", ["-raw", "-enc", "UTF-8", file, "-"])).stdout;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function unicodeInput(): PlanExportInput {
  const doc = createPlanDoc("blank", { title: `Plan ${UNICODE}`, place: "Łódź", now: new Date(0) });
  const sectionId = addSection(doc, {
    title: `Section ${UNICODE}`,
    body: bodyDoc([
      paragraph(`Body ${UNICODE} ${NO_GLYPH}`),
      paragraph([text("Code "), text(`mono ${UNICODE}`, [{ type: "code" }])]),
      paragraph(`Hostile\u0000 con\u0007trol\u001b[31m, lone \ud800 surrogate, line\u2028separator`),
      paragraph([text("joined"), text("\u0001", [{ type: "bold" }]), text("runs")]),
    ]),
  });
  addAction(doc, { title: `Action ${UNICODE}`, leadOrganisation: `Cymdeithas ${UNICODE}`, partnerOrganisations: [] });
  const snapshot = readPlan(doc);
  return {
    generatedAt: "2026-11-28T09:00:00.000Z",
    partnership: { name: `Partneriaeth ${UNICODE}`, place: "Łódź" },
    plan: { id: "plan-unicode", title: snapshot.meta.title, template: "blank" },
    version: { id: "v1", kind: "agreed", name: "Agreed ✓", createdAt: "2026-11-28T09:00:00.000Z", contentHash: "0".repeat(64) },
    snapshot,
    signOff: {
      agreementId: "agreement-1",
      title: "Whole plan",
      outcome: "Partners agree ≥ 3",
      reviewDate: null,
      closedAt: "2026-11-28T09:00:00.000Z",
      closedBy: "Facilitator",
      entries: [{ organisation: `Grŵp ${UNICODE}`, response: "consent", comment: null, by: "Siân", at: "2026-11-28T09:00:00.000Z" }],
    },
    lens: "all",
    comments: [{ id: "t1", sectionId, quote: null, comments: [{ author: "Zoë", organisation: "Łódź", at: "2026-11-28T09:00:00.000Z", text: `Comment ${UNICODE} ${NO_GLYPH}` }] }],
  };
}

describe("renderPdf with text outside cp1252", () => {
  it("embeds a Unicode font: titles, actions, sign-off organisations and comments come out exactly; what the font cannot show is a visible □", async () => {
    if (!hasPdfToText()) {
      console.log("SKIPPED pdf unicode text check: pdftotext not installed (apt-get install poppler-utils)");
      return;
    }
    const pdf = await renderToBuffer(unicodeInput());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const txt = await pdfToText(pdf);
    const lines = txt.split("\n").map((l) => l.trim());
    const squashed = txt.replace(/\s+/g, "");
    const has = (s: string) => expect(squashed, s).toContain(s.replace(/\s+/g, ""));
    // whole lines, exactly: a paragraph, and the section's heading in the comments appendix
    expect(lines).toContain(`Body ${UNICODE} ${NO_GLYPH_SHOWN}`);
    expect(lines).toContain(`Section ${UNICODE}`);
    // large headings and table cells wrap: compare without whitespace
    has(`Plan ${UNICODE}`);
    has(`Action ${UNICODE}`);
    has(`Cymdeithas ${UNICODE}`);
    has(`Grŵp ${UNICODE}`);
    has(`mono ${UNICODE}`);
    has(`Zoë (Łódź)`);
    has(`Comment ${UNICODE} ${NO_GLYPH_SHOWN}`);
    has("Partners agree ≥ 3");
    // control characters dropped, a lone surrogate shown as □, a line separator a line break
    expect(lines).toContain("Hostile control[31m, lone □ surrogate, line");
    expect(lines).toContain("separator");
    expect(lines).toContain("joinedruns");
    expect(txt).not.toContain("?");
    // the fonts are subsets: only the glyphs used are embedded (the CJK face's subset included)
    expect(pdf.byteLength).toBeLessThan(250_000);
  });

  it("writes the document information in Unicode", async () => {
    if (!hasPdfToText()) {
      console.log("SKIPPED pdf info check: pdfinfo not installed (apt-get install poppler-utils)");
      return;
    }
    const pdf = await renderToBuffer(unicodeInput());
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jigsaw-pdf-info-"));
    try {
      const file = path.join(dir, "x.pdf");
      fs.writeFileSync(file, pdf);
      const info = (await run("pdfinfo", ["-enc", "UTF-8", file])).stdout;
      expect(info).toMatch(new RegExp(`^Title:\\s+Plan ${UNICODE}$`, "m"));
      expect(info).toMatch(new RegExp(`^Author:\\s+Partneriaeth ${UNICODE}$`, "m"));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("tags each link: a Link structure element holding the link text and an OBJR to its annotation, which points back through StructParent", async ({ skip }) => {
    const doc = createPlanDoc("blank", { title: "Linked plan", place: "Riverside", now: new Date(0) });
    addSection(doc, {
      title: "Evidence",
      body: bodyDoc([
        paragraph([text("See the "), text("JSNA summary", [{ type: "link", attrs: { href: "https://example.org/jsna" } }]), text(" and the "), text("ICB strategy", [{ type: "link", attrs: { href: "https://example.org/icb" } }]), text(".")]),
      ]),
    });
    const input = { ...unicodeInput(), snapshot: readPlan(doc), comments: null };
    const pdf = await renderToBuffer(input);
    const raw = pdf.toString("latin1");
    // uncompressed object dictionaries: two link annotations, each with a StructParent
    expect(raw.match(/\/Subtype \/Link[^>]*\/StructParent \d+/g) ?? []).toHaveLength(2);
    expect(raw.match(/\/Type \/OBJR\s*\/Obj \d+ 0 R/g) ?? []).toHaveLength(2);
    if (!hasPdfToText()) return skip("SKIPPED pdf structure check: poppler-utils not installed");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jigsaw-pdf-links-"));
    try {
      const file = path.join(dir, "x.pdf");
      fs.writeFileSync(file, pdf);
      const struct = (await run("pdfinfo", ["-struct-text", file])).stdout;
      const links = struct.split("\n").filter((l) => l.trim().startsWith("Link"));
      expect(links).toHaveLength(2);
      expect(struct).toMatch(/Link[^\n]*\n\s*"JSNA summary"/);
      expect(struct).toMatch(/Link[^\n]*\n\s*"ICB strategy"/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
