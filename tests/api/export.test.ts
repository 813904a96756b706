import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import mammoth from "mammoth";
import { PlanExportSchema } from "@jigsaw/shared/export/exportSchema";
import type { ExportJobView } from "@jigsaw/shared/export/exportJob";
import type { ExportCommentsProvider } from "@jigsaw/server/src/export/commentsProvider.ts";
import { EXPORT_SCHEMA_FILE, exportSchemaFileContent } from "@jigsaw/server/src/export/writeExportJsonSchema.ts";
import * as Y from "yjs";
import { addSection, readSection, sectionIds } from "@jigsaw/shared/plan/index";
import { startTestServer, type TestServer } from "../utils/testServer.ts";
import { connectYjs, waitFor, waitForSync } from "../utils/yjsClient.ts";
import type { ApiClient } from "../utils/apiClient.ts";
import { signedUpClient } from "../utils/apiFixtures.ts";
import { agreementTeam, editPlan, planSnapshot } from "../utils/agreementFixtures.ts";
import { addRichContent, FORMULA, hasPdfToText, htmlWords, markdownWords, pdfToText, squash, XSS_IMG, XSS_SCRIPT } from "../utils/exportFixtures.ts";

let server: TestServer;
let team: Awaited<ReturnType<typeof agreementTeam>>;
const DEADLINE = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
const files = new Map<string, Buffer>();
const headers = new Map<string, Headers>();
const progressSeen: number[] = [];
const UNICODE_ORG = "Grŵp Łódź";
const UNICODE_COMMENT = "Cymru → ≠ ✓ Ελληνικά";

async function download(client: ApiClient, planId: string, body: Record<string, unknown>): Promise<{ buffer: Buffer; headers: Headers; job: ExportJobView }> {
  const created = await client.post(`/api/plans/${planId}/exports`, body);
  if (created.status !== 202) throw new Error(`export failed: ${created.status} ${JSON.stringify(created.body)}`);
  let job = created.body.data as ExportJobView;
  for (let i = 0; i < 600 && job.status !== "done" && job.status !== "failed"; i++) {
    await new Promise((r) => setTimeout(r, 50));
    job = (await client.get(`/api/plans/${planId}/exports/${job.id}`)).body.data as ExportJobView;
    progressSeen.push(job.progress);
  }
  expect(job.status).toBe("done");
  const res = await fetch(`${server.origin}/api/plans/${planId}/exports/${job.id}/download`, { headers: { cookie: client.cookieHeader!, origin: server.origin } });
  expect(res.status).toBe(200);
  return { buffer: Buffer.from(await res.arrayBuffer()), headers: res.headers, job };
}

/** The server's own provider of open threads, put back after the tests swap it. */
let storedComments: ExportCommentsProvider | null = null;

beforeAll(async () => {
  server = await startTestServer();
  team = await agreementTeam(server);
  await server.ctx.storage.plans.update(team.plan.id, { title: 'Riverside "Place" Plan — Café <2026>' });
  await editPlan(server, team.plan.id, team.icb.user.id, addRichContent);
  const base = `/api/plans/${team.plan.id}/agreements`;
  const r = await team.facilitator.client.post(base, { scope: { kind: "plan" }, requiredOrganisations: ["Riverside ICB", "Riverside CVS", "Riverside Community Trust"], deadline: DEADLINE });
  const id = r.body.data.id as string;
  await team.icb.client.post(`${base}/${id}/responses`, { kind: "consent" });
  await team.cvs.client.post(`${base}/${id}/responses`, { kind: "consent_with_comment", comment: `Carers matter ${XSS_IMG}` });
  await team.trust.client.post(`${base}/${id}/responses`, { kind: "consent" });
  const closed = await team.facilitator.client.post(`${base}/${id}/close`, { outcome: "Partners agree the plan" });
  expect(closed.status).toBe(200);
  storedComments = server.ctx.exportComments;
  server.ctx.exportComments = {
    async openThreads() {
      const snap = await planSnapshot(server, team.plan.id);
      const comments = [
        { author: "Pat", organisation: "Riverside CVS", at: "2026-03-01T10:00:00.000Z", text: `What about ${XSS_SCRIPT}?` },
        { author: "Siân", organisation: UNICODE_ORG, at: "2026-03-01T10:05:00.000Z", text: UNICODE_COMMENT },
      ];
      return [{ id: "thread-1", sectionId: snap.sections[0]!.id, quote: "healthy life", comments }];
    },
  };
  for (const format of ["docx", "pdf", "md", "html", "json"]) {
    const d = await download(team.cvs.client, team.plan.id, { format, includeComments: true, lens: "all" });
    files.set(format, d.buffer);
    headers.set(format, d.headers);
  }
}, 180_000);

afterAll(async () => {
  if (storedComments) server.ctx.exportComments = storedComments;
  await server.close();
});

describe("exports of the agreed version", () => {
  it("every format is non-empty and served with a safe file name", async () => {
    for (const [format, buf] of files) {
      expect(buf.byteLength, format).toBeGreaterThan(500);
      const cd = headers.get(format)!.get("content-disposition")!;
      expect(cd).toMatch(new RegExp(`^attachment; filename="riverside-place-plan-cafe-2026-agreed-whole-plan[a-z0-9-]*-\\d{4}-\\d{2}-\\d{2}\\.${format}"; filename\\*=UTF-8''[A-Za-z0-9._%-]+$`));
      expect(headers.get(format)!.get("x-content-type-options")).toBe("nosniff");
    }
    expect(files.get("pdf")!.subarray(0, 5).toString()).toBe("%PDF-");
    expect(files.get("docx")!.subarray(0, 2).toString()).toBe("PK");
    expect(progressSeen.length).toBeGreaterThan(0);
    expect(progressSeen.every((p) => p >= 0 && p <= 1)).toBe(true);
    expect(progressSeen.at(-1)).toBe(1);
  });

  it("DOCX (read with mammoth) and PDF (read with pdftotext) contain every section heading, action and sign-off", async () => {
    const snap = await planSnapshot(server, team.plan.id);
    const docxText = (await mammoth.extractRawText({ buffer: files.get("docx")! })).value;
    const checks: string[] = [
      ...snap.sections.map((s) => s.title),
      ...snap.actions.map((a) => (a.title.startsWith("=") ? `'${a.title}` : a.title)),
      "Riverside ICB",
      "Riverside CVS",
      "Riverside Community Trust",
      "Consent with comment",
      "Partners agree the plan",
      "Sign-off record",
      "No response".length ? "Consent" : "",
    ];
    for (const c of checks) expect(squash(docxText), `docx: ${c}`).toContain(squash(c));
    if (!(await hasPdfToText())) {
      console.log("SKIPPED pdf text check: pdftotext not installed (apt-get install poppler-utils)");
      return;
    }
    const pdfText = await pdfToText(files.get("pdf")!);
    for (const c of checks) expect(squash(pdfText), `pdf: ${c}`).toContain(squash(c));
    // text outside cp1252 survives the export process (the PDF embeds a Unicode font)
    expect(squash(pdfText)).toContain(squash(`Siân (${UNICODE_ORG}), 1 March 2026, 10:05 UTC: ${UNICODE_COMMENT}`));
  });

  it("formatting survives: headings, lists, bold/italic, links (safe ones only), tables", async () => {
    const html = (await mammoth.convertToHtml({ buffer: files.get("docx")! })).value;
    expect(html).toContain("<strong>ten years lower</strong>");
    expect(html).toContain("<em>Northgate</em>");
    expect(html).toContain('<a href="https://example.org/jsna">JSNA summary</a>');
    expect(html).not.toContain("javascript:");
    expect(html).toMatch(/<ul><li>Start well<\/li><li>Live well<\/li><li>Age well<\/li><\/ul>/);
    expect(html).toMatch(/<ol><li>Agree the plan<\/li><li>Deliver the actions<\/li><\/ol>/);
    expect(html).toContain("<table>");
    const h = files.get("html")!.toString();
    expect(h).toContain("<strong>ten years lower</strong>");
    expect(h).toContain('<a href="https://example.org/jsna" rel="noopener noreferrer nofollow">JSNA summary</a>');
    expect(h).not.toContain("javascript:");
    const md = files.get("md")!.toString();
    expect(md).toContain("**ten years lower**");
    expect(md).toContain("*Northgate*");
    expect(md).toContain("[JSNA summary](<https://example.org/jsna>)");
    expect(md).toContain("- Start well");
    expect(md).toContain("1. Agree the plan");
    expect(md).not.toContain("javascript:");
  });

  it("Markdown and HTML have the same content", () => {
    // the two files were made moments apart: ignore the "Exported: <time>" value
    const dropExportTime = (w: string[]) => {
      const i = w.indexOf("Exported");
      const j = w.indexOf("UTC", i);
      return i >= 0 && j > i ? [...w.slice(0, i + 1), ...w.slice(j + 1)] : w;
    };
    const md = dropExportTime(markdownWords(files.get("md")!.toString()));
    const html = dropExportTime(htmlWords(files.get("html")!.toString()));
    expect(md.length).toBeGreaterThan(200);
    expect(md).toEqual(html);
  });

  it("JSON is valid against its versioned schema, and docs/export-schema.json is current", () => {
    const json = JSON.parse(files.get("json")!.toString());
    const parsed = PlanExportSchema.safeParse(json);
    expect(parsed.success, parsed.success ? "" : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
    expect(json).toMatchObject({ format: "jigsaw.plan-export", schemaVersion: 1, version: { kind: "agreed", agreed: true } });
    expect(json.signOff.entries).toHaveLength(3);
    expect(json.crosswalk.lenses).toEqual(["council", "nhs", "voluntary", "community"]);
    expect(json.crosswalk.rows.some((r: { item: { id: string } }) => r.item.id === "SO-04")).toBe(true);
    expect(json.comments).toMatchObject({ included: true, threads: [{ id: "thread-1" }] });
    expect(fs.readFileSync(EXPORT_SCHEMA_FILE, "utf8")).toBe(exportSchemaFileContent());
  });

  it("XSS payloads are inert in every format", async () => {
    const h = files.get("html")!.toString();
    expect(h).not.toMatch(/<script/i);
    expect(h).not.toMatch(/<img/i);
    expect(h).not.toMatch(/<b>now/i);
    expect(h).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(h).toContain("Content-Security-Policy");
    const md = files.get("md")!.toString();
    expect(md).not.toMatch(/<script/i);
    expect(md).not.toMatch(/<img/i);
    expect(md).toContain("&lt;img src=x onerror=alert(1)&gt;");
    const docxHtml = (await mammoth.convertToHtml({ buffer: files.get("docx")! })).value;
    expect(docxHtml).not.toMatch(/<script/i);
    expect(docxHtml).not.toMatch(/<img/i);
    expect(docxHtml).toContain("&lt;img src=x onerror=alert(1)&gt;");
    if (await hasPdfToText()) expect(await pdfToText(files.get("pdf")!)).toContain(XSS_IMG);
    // JSON keeps data exactly (it is data, served as an attachment with nosniff, never HTML)
    expect(headers.get("json")!.get("content-type")).toMatch(/^application\/json/);
    expect(JSON.parse(files.get("json")!.toString()).sections.some((s: { text: string }) => s.text.includes(XSS_SCRIPT))).toBe(true);
  });

  it("formula injection is neutralised in every table cell (md, html, docx, pdf)", async () => {
    const h = files.get("html")!.toString();
    expect(h).not.toMatch(/<td>[=+\-@]/);
    expect(h).toContain("<td>&#39;=HYPERLINK(");
    expect(h).toContain("<td>&#39;+44 helpline</td>");
    expect(h).toContain("<td>&#39;@risk households</td>");
    expect(h).toContain("<td>&#39;-Riverside Council</td>");
    const md = files.get("md")!.toString();
    expect(md).not.toMatch(/\|\s*([=+@]|-(?!--))/);
    expect(md).toContain("| '=HYPERLINK(");
    const docx = await mammoth.convertToHtml({ buffer: files.get("docx")! });
    expect(docx.value).not.toMatch(/<td><p>[=+\-@]/);
    expect(docx.value).toContain("<td><p>'=HYPERLINK(");
    if (await hasPdfToText()) {
      const pdf = squash(await pdfToText(files.get("pdf")!));
      expect(pdf).toContain(squash(`'${FORMULA}`));
    }
  });

  it("the comments appendix lists open threads (escaped), or says there are none", async () => {
    expect(files.get("html")!.toString()).toContain("What about &lt;script&gt;");
    server.ctx.exportComments = { openThreads: async () => [] };
    const d = await download(team.cvs.client, team.plan.id, { format: "md", includeComments: true });
    expect(d.buffer.toString()).toContain("No open comment threads.");
    const none = await download(team.cvs.client, team.plan.id, { format: "md" });
    expect(none.buffer.toString()).not.toContain("Appendix");
  });
});

describe("export options and access", () => {
  it("exports the current draft and a chosen lens; POST /export streams directly", async () => {
    const d = await download(team.icb.client, team.plan.id, { format: "json", version: "current", lens: "nhs" });
    const json = JSON.parse(d.buffer.toString());
    expect(json.version).toMatchObject({ id: null, kind: "draft", agreed: false });
    expect(json.crosswalk.lenses).toEqual(["nhs"]);
    expect(json.signOff).toBeNull();
    const res = await fetch(`${server.origin}/api/plans/${team.plan.id}/export`, {
      method: "POST",
      headers: { cookie: team.icb.client.cookieHeader!, origin: server.origin, "content-type": "application/json" },
      body: JSON.stringify({ format: "md", version: "current" }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/markdown/);
    expect(await res.text()).toContain("Current draft (not agreed)");
  });

  it("the current draft includes an edit a live client made just before the export", async () => {
    const c = connectYjs(server, team.icb.client, team.plan.id);
    try {
      await waitForSync(c);
      addSection(c.doc, { title: "Typed in the meeting a moment ago" });
      // the server has it (in the live document and its not-yet-compacted log): the export reads storage
      await waitFor(async () => {
        const live = new Y.Doc();
        Y.applyUpdate(live, (await server.collab!.getDocSnapshot(team.plan.id))!);
        return sectionIds(live).some((id) => readSection(live, id)?.title === "Typed in the meeting a moment ago");
      }, "the server has the edit");
      const d = await download(team.icb.client, team.plan.id, { format: "md", version: "current" });
      expect(d.buffer.toString()).toContain("Typed in the meeting a moment ago");
    } finally {
      c.destroy();
    }
  });

  it("no GET starts an export (issue 18: a cross-site GET wrote export.created), and a cross-site POST is refused", async () => {
    const exportsCreated = async () =>
      ((await team.facilitator.client.get(`/api/plans/${team.plan.id}/audit?limit=500`)).body.data as Array<{ action: string }>).filter((a) => a.action === "export.created").length;
    const before = await exportsCreated();
    // what a cross-site <img src> or link sends: the victim's cookie, no Origin, a foreign Referer
    const crossSiteGet = await fetch(`${server.origin}/api/plans/${team.plan.id}/export?format=md&version=current`, {
      headers: { cookie: team.icb.client.cookieHeader!, referer: "https://evil.example/page", "sec-fetch-site": "cross-site" },
    });
    expect(crossSiteGet.status).toBe(404);
    await crossSiteGet.body?.cancel();
    for (const path of ["/export", "/exports"]) {
      const r = await fetch(`${server.origin}/api/plans/${team.plan.id}${path}`, {
        method: "POST",
        headers: { cookie: team.icb.client.cookieHeader!, origin: "https://evil.example", "content-type": "application/json" },
        body: JSON.stringify({ format: "md" }),
      });
      expect(r.status, path).toBe(403);
      await r.body?.cancel();
    }
    expect(await exportsCreated()).toBe(before);
  });

  it("only members export; jobs belong to whoever made them; bad input is refused", async () => {
    const outsider = await signedUpClient(server, "outsider");
    expect((await outsider.client.post(`/api/plans/${team.plan.id}/exports`, { format: "pdf" })).status).toBe(404);
    expect((await team.icb.client.post(`/api/plans/${team.plan.id}/exports`, { format: "exe" })).status).toBe(400);
    expect((await team.icb.client.post(`/api/plans/${team.plan.id}/exports`, { format: "pdf", version: "nope-nope-nope" })).status).toBe(404);
    const created = await team.icb.client.post(`/api/plans/${team.plan.id}/exports`, { format: "md" });
    expect((await team.cvs.client.get(`/api/plans/${team.plan.id}/exports/${created.body.data.id}`)).status).toBe(404);
    expect((await team.cvs.client.get(`/api/plans/${team.plan.id}/exports/${created.body.data.id}/download`)).status).toBe(404);
    const audit = (await team.facilitator.client.get(`/api/plans/${team.plan.id}/audit?limit=500`)).body.data as Array<{ action: string; actor: { organisation: string } }>;
    expect(audit.some((a) => a.action === "export.created" && a.actor.organisation === "Riverside CVS")).toBe(true);
  });
});
