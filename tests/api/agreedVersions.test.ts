import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlanExport } from "@jigsaw/shared/export/exportSchema";
import type { PresentedVersion } from "@jigsaw/shared/versions/schema";
import { startTestServer, tempDir, type TestServer } from "../utils/testServer.ts";
import type { ApiClient } from "../utils/apiClient.ts";
import { bodyDoc, paragraph, sectionIds, setSectionBody } from "@jigsaw/shared/plan/index";
import { agreementTeam, editPlan, planSnapshot } from "../utils/agreementFixtures.ts";

/*
 * Issue 19: every closed round (section-scoped too) makes an agreed version,
 * "latest agreed" is the round that closed last, and an agreed export's hash
 * can be recomputed from the JSON export by the documented command.
 */

const run = promisify(execFile);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const DEADLINE = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

async function exportText(client: ApiClient, planId: string, body: Record<string, unknown>): Promise<string> {
  return (await exportBytes(client, planId, body)).toString("utf8");
}

async function exportBytes(client: ApiClient, planId: string, body: Record<string, unknown>): Promise<Buffer> {
  const created = await client.post(`/api/plans/${planId}/exports`, body);
  expect(created.status).toBe(202);
  let job = created.body.data as { id: string; status: string };
  for (let i = 0; i < 600 && job.status !== "done" && job.status !== "failed"; i++) {
    await new Promise((r) => setTimeout(r, 50));
    job = (await client.get(`/api/plans/${planId}/exports/${job.id}`)).body.data;
  }
  expect(job.status).toBe("done");
  const res = await fetch(`${server.origin}/api/plans/${planId}/exports/${job.id}/download`, { headers: { cookie: client.cookieHeader!, origin: server.origin } });
  return Buffer.from(await res.arrayBuffer());
}

/** Run the documented command, as an operator would, from the repository root. */
async function verifyAgreement(file: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run("npm", ["run", "-s", "verify-agreement", "--", file], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function agree(t: Awaited<ReturnType<typeof agreementTeam>>, scope: Record<string, unknown>, outcome: string): Promise<{ id: string; version: PresentedVersion | null }> {
  const base = `/api/plans/${t.plan.id}/agreements`;
  const r = await t.facilitator.client.post(base, { scope, requiredOrganisations: ["Riverside ICB"], deadline: DEADLINE });
  expect(r.status).toBe(201);
  const id = r.body.data.id as string;
  expect((await t.icb.client.post(`${base}/${id}/responses`, { kind: "consent" })).status).toBe(200);
  const closed = await t.facilitator.client.post(`${base}/${id}/close`, { outcome });
  expect(closed.status).toBe(200);
  return { id, version: closed.body.version as PresentedVersion | null };
}

describe("agreed versions", () => {
  it("a section-scoped round that closes stores an agreed version, and the latest agreed export is the round that closed last", async () => {
    const t = await agreementTeam(server);
    const [first, second] = (await planSnapshot(server, t.plan.id)).sections;
    const whole = await agree(t, { kind: "plan" }, "Whole plan agreed");
    const section = await agree(t, { kind: "sections", sectionIds: [second!.id] }, "Second section re-agreed");
    expect(section.version).toMatchObject({ kind: "agreed", agreementId: section.id });
    expect(section.version!.signOff).toMatchObject({ agreementId: section.id, scope: { kind: "sections", sections: [{ id: second!.id, title: second!.title }] } });
    const versions = (await t.viewer.client.get(`/api/plans/${t.plan.id}/versions`)).body.data as PresentedVersion[];
    expect(versions.filter((v) => v.kind === "agreed").map((v) => v.agreementId)).toEqual([section.id, whole.id]);

    const latest = JSON.parse(await exportText(t.viewer.client, t.plan.id, { format: "json", version: "agreed" })) as PlanExport;
    expect(latest.version).toMatchObject({ id: section.version!.id, agreed: true });
    expect(latest.signOff).toMatchObject({ agreementId: section.id, outcome: "Second section re-agreed", scope: { kind: "sections" } });
    expect(latest.sections.map((s) => s.id)).toContain(first!.id);
    const md = await exportText(t.viewer.client, t.plan.id, { format: "md", version: "agreed" });
    expect(md).toContain(`Covers: the section “${second!.title}” only`);
    const older = JSON.parse(await exportText(t.viewer.client, t.plan.id, { format: "json", version: whole.version!.id })) as PlanExport;
    expect(older.signOff?.scope).toEqual({ kind: "plan" });
  });

  it("npm run verify-agreement recomputes the recorded hash from the JSON export, and fails on a tampered file", async () => {
    const t = await agreementTeam(server);
    const { version } = await agree(t, { kind: "plan" }, "Agreed for the board");
    const text = await exportText(t.viewer.client, t.plan.id, { format: "json", version: "agreed" });
    const json = JSON.parse(text) as PlanExport;
    expect(json.version.contentHash).toBe(version!.contentHash);
    const dir = tempDir("jigsaw-verify-");
    const good = path.join(dir, "agreed.json");
    fs.writeFileSync(good, text);
    const ok = await verifyAgreement(good);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout.trim()).toBe(version!.contentHash);

    const tampered = structuredClone(json);
    tampered.sections[0]!.title = `${tampered.sections[0]!.title} (amended)`;
    const bad = path.join(dir, "tampered.json");
    fs.writeFileSync(bad, JSON.stringify(tampered, null, 2));
    const refused = await verifyAgreement(bad);
    expect(refused.code).toBe(1);
    expect(refused.stdout.trim()).not.toBe(version!.contentHash);
    expect(refused.stderr).toContain("MISMATCH");

    fs.writeFileSync(path.join(dir, "other.json"), JSON.stringify({ hello: "world" }));
    expect((await verifyAgreement(path.join(dir, "other.json"))).code).toBe(2);
  });

  it("an agreed version exports to the same bytes whenever it is exported, in every format", async () => {
    const t = await agreementTeam(server);
    await agree(t, { kind: "plan" }, "Agreed");
    for (const format of ["json", "md", "html", "docx", "pdf"]) {
      const first = await exportBytes(t.viewer.client, t.plan.id, { format, version: "agreed" });
      await new Promise((r) => setTimeout(r, 1100));
      const again = await exportBytes(t.viewer.client, t.plan.id, { format, version: "agreed" });
      expect(again.equals(first), format).toBe(true);
    }
  }, 120_000);
});

describe("plan status", () => {
  it("Draft, In agreement, Agreed and Changed since agreement, on the plan and in the plan list", async () => {
    const t = await agreementTeam(server);
    const status = async () => {
      const one = (await t.viewer.client.get(`/api/plans/${t.plan.id}`)).body.data.agreementStatus as string;
      const list = (await t.viewer.client.get(`/api/partnerships/${t.partnership.id}/plans`)).body.data as Array<{ id: string; agreementStatus: string }>;
      expect(list.find((p) => p.id === t.plan.id)!.agreementStatus).toBe(one);
      return one;
    };
    expect(await status()).toBe("draft");
    const base = `/api/plans/${t.plan.id}/agreements`;
    const r = await t.facilitator.client.post(base, { scope: { kind: "plan" }, requiredOrganisations: ["Riverside ICB"], deadline: DEADLINE });
    expect(await status()).toBe("in_agreement");
    await t.icb.client.post(`${base}/${r.body.data.id}/responses`, { kind: "consent" });
    await t.facilitator.client.post(`${base}/${r.body.data.id}/close`, { outcome: "Agreed" });
    expect(await status()).toBe("agreed");
    await editPlan(server, t.plan.id, t.icb.user.id, (doc) => setSectionBody(doc, sectionIds(doc)[0]!, bodyDoc([paragraph("Changed after sign-off")])));
    expect(await status()).toBe("changed_since_agreement");
  });
});
