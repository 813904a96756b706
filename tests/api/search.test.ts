import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SearchHit } from "@jigsaw/shared/comments/types";
import { ApiClient } from "../utils/apiClient.ts";
import { createPartnership, createPlan, uniqueEmail } from "../utils/apiFixtures.ts";
import { firstSectionId, joinWith, writeSection, type Member } from "../utils/commentFixtures.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";

async function member(server: TestServer, name: string): Promise<Member> {
  const client = new ApiClient(server.origin);
  return { client, user: await client.signUp(uniqueEmail(name.toLowerCase()), name) };
}

describe("search API", () => {
  let server: TestServer;
  let alice: Member; // facilitator of Riverside
  let viewer: Member; // viewer of Riverside
  let bob: Member; // facilitator of Hillside
  let riverside: { id: string; planId: string; sectionId: string };
  let hillside: { id: string; planId: string; sectionId: string };

  async function search(m: Member, q: string): Promise<SearchHit[]> {
    const r = await m.client.get(`/api/search?q=${encodeURIComponent(q)}`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body.data as SearchHit[];
  }

  beforeAll(async () => {
    server = await startTestServer();
    alice = await member(server, "Alice");
    bob = await member(server, "Bob");
    const p1 = await createPartnership(alice.client, "Riverside Place Partnership");
    const plan1 = await createPlan(alice.client, p1.id, "Riverside Place Plan");
    const p2 = await createPartnership(bob.client, "Hillside Partnership");
    const plan2 = await createPlan(bob.client, p2.id, "Hillside Plan");
    riverside = { id: p1.id, planId: plan1.id, sectionId: await firstSectionId(server, plan1.id) };
    hillside = { id: p2.id, planId: plan2.id, sectionId: await firstSectionId(server, plan2.id) };
    viewer = await joinWith(server, alice.client, p1.id, "viewer", "Vera");
    await writeSection(server, riverside.planId, riverside.sectionId, ["Damp and mould in private rented housing drives asthma admissions in Northfield."]);
    await writeSection(server, hillside.planId, hillside.sectionId, ["Hillside housing secret: zebracorn regeneration scheme."]);
    await bob.client.post(`/api/plans/${hillside.planId}/comments`, { anchor: { kind: "section", sectionId: hillside.sectionId }, body: "Private housing comment zebracorn" });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("finds plan text and comments of my partnerships, ranked, with escaped marked snippets", async () => {
    const c = await alice.client.post(`/api/plans/${riverside.planId}/comments`, {
      anchor: { kind: "section", sectionId: riverside.sectionId },
      body: "Add the <b>asthma</b> data from the housing survey",
    });
    expect(c.status).toBe(201);
    const hits = await search(alice, "asthma");
    expect(hits.length).toBeGreaterThanOrEqual(2);
    const section = hits.find((h) => h.kind === "section" && h.refId === riverside.sectionId)!;
    expect(section).toMatchObject({ partnershipName: "Riverside Place Partnership", planTitle: "Riverside Place Plan", path: expect.stringContaining(riverside.planId) });
    expect(section.snippet.some((s) => s.match && /^asthma$/i.test(s.text))).toBe(true);
    const comment = hits.find((h) => h.kind === "comment")!;
    expect(comment).toMatchObject({ commentId: c.body.data.id, path: `/plans/${riverside.planId}?thread=${c.body.data.id}` });
    expect(comment.snippetHtml).toContain("&#60;b&#62;<mark>asthma</mark>&#60;/b&#62;");
    expect(comment.snippetHtml).not.toMatch(/<(?!\/?mark>)/);
    // word prefixes and several terms (all required)
    expect((await search(alice, "asth admis")).some((h) => h.refId === riverside.sectionId)).toBe(true);
    expect(await search(alice, "asthma zebracorn")).toEqual([]);
  });

  it("never returns another partnership's content", async () => {
    for (const q of ["zebracorn", "housing", "secret", "Hillside"]) {
      for (const m of [alice, viewer]) {
        const hits = await search(m, q);
        expect(hits.every((h) => h.partnershipId === riverside.id && h.planId === riverside.planId), `${q}: ${JSON.stringify(hits)}`).toBe(true);
      }
    }
    expect((await search(bob, "zebracorn")).map((h) => h.kind).sort()).toEqual(["comment", "section"]);
    const stranger = await member(server, "Stranger");
    expect(await search(stranger, "housing")).toEqual([]);
    // a removed member loses search access at once
    expect((await search(viewer, "asthma")).length).toBeGreaterThan(0);
    expect((await alice.client.delete(`/api/partnerships/${riverside.id}/members/${viewer.user.id}`)).status).toBeLessThan(300);
    expect(await search(viewer, "asthma")).toEqual([]);
  });

  it("follows edits to plan text and deleted comments", async () => {
    await writeSection(server, riverside.planId, riverside.sectionId, ["Loneliness among older people in Eastbank is rising."]);
    // the index follows a few seconds after an edit; on a machine running the whole suite it can take longer
    const deadline = Date.now() + 40_000;
    let found = false;
    while (Date.now() < deadline && !found) {
      found = (await search(alice, "loneliness")).some((h) => h.refId === riverside.sectionId);
      if (!found) await new Promise((r) => setTimeout(r, 250));
    }
    expect(found).toBe(true);
    expect((await search(alice, "mould")).some((h) => h.kind === "section")).toBe(false);

    const c = await alice.client.post(`/api/plans/${riverside.planId}/comments`, { anchor: { kind: "section", sectionId: riverside.sectionId }, body: "quokka census" });
    expect((await search(alice, "quokka")).map((h) => h.commentId)).toEqual([c.body.data.id]);
    await alice.client.delete(`/api/comments/${c.body.data.id}`);
    expect(await search(alice, "quokka")).toEqual([]);
  }, 60_000);

  it("validates the query", async () => {
    expect((await alice.client.get("/api/search?q=")).status).toBe(400);
    expect((await alice.client.get(`/api/search?q=${"x".repeat(201)}`)).status).toBe(400);
    // FTS syntax is treated as words, never as query operators
    expect(await search(alice, "\"*() ^ NEAR(")).toEqual(await search(alice, "near"));
    expect((await search(alice, "\"*) OR (\"")).every((h) => h.snippet.some((s) => s.match && /^or/i.test(s.text)))).toBe(true);
    expect(await search(alice, "\"*()^:")).toEqual([]);
    expect((await alice.client.get("/api/search?q=housing&limit=500")).status).toBe(400);
    expect((await new ApiClient(server.origin).get("/api/search?q=housing")).status).toBe(401);
  });
});
