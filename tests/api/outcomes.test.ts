import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../utils/apiClient.ts";
import { createPartnership, isCleanErrorBody, joinAs, signedUpClient } from "../utils/apiFixtures.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";

describe("outcomes API", () => {
  let server: TestServer;
  let anon: ApiClient;
  let facilitator: ApiClient;
  let facilitatorUser: { id: string; displayName: string };
  let pid: string;
  const others: Record<"editor" | "commenter" | "viewer" | "non-member", ApiClient> = {} as never;

  beforeAll(async () => {
    server = await startTestServer();
    anon = new ApiClient(server.origin);
    const f = await signedUpClient(server, "Fola");
    facilitator = f.client;
    facilitatorUser = f.user;
    pid = (await createPartnership(facilitator)).id;
    for (const role of ["editor", "commenter", "viewer"] as const) others[role] = (await joinAs(server, facilitator, pid, role)).client;
    others["non-member"] = (await signedUpClient(server, "outsider")).client;
  });
  afterAll(async () => {
    await server?.close();
  });

  const base = () => `/api/partnerships/${pid}/outcomes`;
  /** Everything a write could change, as a member reads it. */
  const state = async () => {
    const r = await facilitator.get(base());
    return { revision: r.body.data.revision, items: r.body.data.items, changes: r.body.data.changes, terms: r.body.data.model.terms.length };
  };

  describe("GET /api/outcomes/model", () => {
    it("is public, cacheable for 5 minutes and carries the content hash as a strong ETag", async () => {
      const r = await anon.get("/api/outcomes/model");
      expect(r.status).toBe(200);
      expect(r.headers.get("cache-control")).toBe("public, max-age=300");
      const etag = r.headers.get("etag")!;
      expect(etag).toMatch(/^"\d+\.\d+\.\d+-[0-9a-f]{16}"$/);
      expect(etag).toBe(r.body.data.etag);
      expect(etag).toContain(r.body.data.hash);
      expect(r.body.data.terms.length).toBeGreaterThan(50);
      expect(r.body.data.frameworks.map((f: { id: string }) => f.id)).toContain("FW-C20A");
    });

    it("answers 304 with no body to a matching If-None-Match (also weak and in a list), 200 otherwise", async () => {
      const etag = (await anon.get("/api/outcomes/model")).headers.get("etag")!;
      for (const inm of [etag, `W/${etag}`, `"stale", ${etag}`]) {
        const r = await anon.request("GET", "/api/outcomes/model", undefined, { "if-none-match": inm });
        expect(r.status).toBe(304);
        expect(r.body).toBeNull();
        expect(r.headers.get("etag")).toBe(etag);
      }
      const stale = await anon.request("GET", "/api/outcomes/model", undefined, { "if-none-match": '"0.0.0-0000000000000000"' });
      expect(stale.status).toBe(200);
      expect(stale.body.data.etag).toBe(etag);
    });
  });

  describe("term search", () => {
    const search = async (q: string, extra = "") => facilitator.get(`/api/outcomes/terms?q=${encodeURIComponent(q)}${extra}`);

    it("needs sign-in", async () => {
      const r = await anon.get("/api/outcomes/terms?q=HLE");
      expect(r.status).toBe(401);
      expect(isCleanErrorBody(r.body)).toBe(true);
    });

    it("finds an acronym first: HLE → healthy life expectancy", async () => {
      const r = await search("HLE");
      expect(r.status).toBe(200);
      expect(r.body.data[0]).toMatchObject({ id: "CONCEPT-HLE", match: "exact", matched: "HLE" });
      expect(r.body.data[0].label.toLowerCase()).toContain("healthy life expectancy");
    });

    it("ranks exact > prefix > alias > substring", async () => {
      const order = ["exact", "prefix", "alias", "substring"];
      const core20 = (await search("core20")).body.data;
      expect(core20.map((h: { label: string; match: string }) => `${h.match} ${h.label}`).slice(0, 2)).toEqual(["exact Core20", "prefix Core20PLUS5"]);
      const health = (await search("health", "&limit=50")).body.data;
      const ranks = health.map((h: { match: string }) => order.indexOf(h.match));
      expect(ranks).toEqual([...ranks].sort((a: number, b: number) => a - b));
      expect(new Set(health.map((h: { match: string }) => h.match))).toEqual(new Set(["prefix", "alias", "substring"]));
      expect(health[0].label).toMatch(/^Health/);
    });

    it("matches by prefix and by alias", async () => {
      const prefix = (await search("Mission 7: He")).body.data;
      expect(prefix[0]).toMatchObject({ id: "LU-M7", match: "prefix" });
      const alias = (await search("levelling up mission")).body.data;
      expect(alias[0]).toMatchObject({ id: "LU-M7", match: "alias", matched: "levelling up mission 7" });
    });

    it("honours limit and rejects an empty or unknown query parameter with 400", async () => {
      expect((await search("a", "&limit=2")).body.data).toHaveLength(2);
      for (const path of ["/api/outcomes/terms?q=", "/api/outcomes/terms", "/api/outcomes/terms?q=x&limit=0", "/api/outcomes/terms?q=x&evil=1"]) {
        const r = await facilitator.get(path);
        expect(r.status, path).toBe(400);
        expect(r.body.error.id).toBe("validation_error");
      }
    });
  });

  describe("lens, related and coverage", () => {
    it("translates a term into a sector's language and into a framework's terms", async () => {
      const nhs = await facilitator.get("/api/outcomes/terms/LU-M7/lens?sector=nhs");
      expect(nhs.status).toBe(200);
      expect(nhs.body.data.target).toMatchObject({ type: "sector", id: "nhs" });
      expect(nhs.body.data.confidence).not.toBe("none");
      expect(nhs.body.data.label.length).toBeGreaterThan(3);
      const c20 = await facilitator.get("/api/outcomes/terms/LU-M7/lens?framework=FW-C20A");
      expect(c20.status).toBe(200);
      expect(c20.body.data.target).toMatchObject({ type: "framework", id: "FW-C20A" });
      expect(c20.body.data.terms.length).toBeGreaterThan(0);
      for (const t of c20.body.data.terms) expect(t.framework).toBe("FW-C20A");
      const outcome = await facilitator.get("/api/outcomes/terms/SO-04/lens?sector=community");
      expect(outcome.body.data.item).toMatchObject({ type: "outcome", id: "SO-04" });
    });

    it("lens: unknown item 404, unknown framework / both / neither target 400", async () => {
      expect((await facilitator.get("/api/outcomes/terms/NOPE-1/lens?sector=nhs")).status).toBe(404);
      const fw = await facilitator.get("/api/outcomes/terms/LU-M7/lens?framework=FW-NOPE");
      expect(fw.status).toBe(400);
      expect(fw.body.error.message).toContain("Unknown framework FW-NOPE");
      expect((await facilitator.get("/api/outcomes/terms/LU-M7/lens?sector=nhs&framework=FW-C20A")).status).toBe(400);
      expect((await facilitator.get("/api/outcomes/terms/LU-M7/lens")).status).toBe(400);
      expect((await facilitator.get("/api/outcomes/terms/LU-M7/lens?sector=martian")).status).toBe(400);
    });

    it("related terms of Mission 7 include healthy life expectancy and Core20PLUS5 items", async () => {
      const r = await facilitator.get("/api/outcomes/terms/LU-M7/related");
      expect(r.status).toBe(200);
      const ids = r.body.data.map((x: { termId: string }) => x.termId);
      expect(ids).toContain("PHOF-HLO1");
      expect(r.body.data.some((x: { framework: string }) => x.framework === "FW-C20A")).toBe(true);
      expect(r.body.data[0]).toHaveProperty("strength");
      expect((await facilitator.get("/api/outcomes/terms/NOPE-1/related")).status).toBe(404);
    });

    it("coverage reports per framework what the selected outcomes address", async () => {
      const r = await facilitator.post("/api/outcomes/coverage", { outcomeIds: ["SO-04", "SO-99"] });
      expect(r.status).toBe(200);
      expect(r.body.data.unknown).toEqual(["SO-99"]);
      const lu = r.body.data.frameworks.find((f: { frameworkId: string }) => f.frameworkId === "FW-LU");
      expect(lu.addressed.map((i: { termId: string }) => i.termId)).toContain("LU-M7");
      expect(lu.total).toBe(lu.addressed.length + lu.uncovered.length);
      const bad = await facilitator.post("/api/outcomes/coverage", { outcomeIds: "SO-04" });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(/^outcomeIds:/);
    });
  });

  describe("partnership extensions", () => {
    it("members read the merged model; non-members get 404; signed-out 401", async () => {
      const r = await others.viewer.get(base());
      expect(r.status).toBe(200);
      expect(r.body.policies).toEqual({ extendOutcomes: false });
      expect(r.body.data.model.terms.length).toBeGreaterThan(50);
      expect((await facilitator.get(base())).body.policies).toEqual({ extendOutcomes: true });
      expect((await others["non-member"].get(base())).status).toBe(404);
      expect((await anon.get(base())).status).toBe(401);
    });

    it("only facilitators may add, edit or retire; others are refused and nothing is written", async () => {
      const created = await facilitator.post(`${base()}/terms`, { label: "Authz probe", definition: "A test term" });
      expect(created.status).toBe(201);
      const id = created.body.data.id;
      const before = await state();
      for (const [who, status] of [["editor", 403], ["commenter", 403], ["viewer", 403], ["non-member", 404]] as const) {
        const c = others[who];
        expect((await c.post(`${base()}/terms`, { label: `By ${who}` })).status, who).toBe(status);
        expect((await c.post(`${base()}/outcomes`, { label: `By ${who}` })).status, who).toBe(status);
        expect((await c.post(`${base()}/links`, { from: id, to: "SO-04", kind: "serves", rationale: "x" })).status, who).toBe(status);
        expect((await c.patch(`${base()}/terms/${id}`, { label: "Hijacked" })).status, who).toBe(status);
        expect((await c.delete(`${base()}/terms/${id}`)).status, who).toBe(status);
      }
      expect(await state()).toEqual(before);
      expect((await facilitator.delete(`${base()}/terms/${id}`)).status).toBe(200);
    });

    it("bad input → 400 with a clear message, and nothing is written", async () => {
      const term = await facilitator.post(`${base()}/terms`, { label: "Thriving Riverside validation" });
      const termId = term.body.data.id;
      const cases: Array<[string, string, unknown, RegExp]> = [
        ["dangling link", "links", { from: termId, to: "SO-99", kind: "serves", rationale: "Because" }, /to: .*SO-99 does not exist/],
        ["unknown framework", "terms", { label: "Somewhere", framework: "FW-NOPE" }, /^framework: Unknown framework FW-NOPE/],
        ["empty label", "terms", { label: "   " }, /^label: Label is empty/],
        ["10 kB label", "terms", { label: "x".repeat(10 * 1024) }, /^label: Label is longer than 200 characters/],
        ["empty outcome label", "outcomes", { label: "" }, /^label: Label is empty/],
        ["link without rationale", "links", { from: termId, to: "SO-04", kind: "serves", rationale: "" }, /^rationale: A link needs a rationale/],
        ["link between two core items", "links", { from: "LU-M7", to: "SO-04", kind: "serves", rationale: "x" }, /local item/],
        ["duplicate id", "terms", { id: termId, label: "Again" }, new RegExp(`^id: Id ${termId} is already used`)],
      ];
      for (const [name, collection, body, message] of cases) {
        const before = await state();
        const r = await facilitator.post(`${base()}/${collection}`, body);
        expect(r.status, name).toBe(400);
        expect(isCleanErrorBody(r.body), name).toBe(true);
        expect(r.body.error.id).toBe("validation_error");
        expect(r.body.error.message, name).toMatch(message);
        expect(await state(), name).toEqual(before);
      }
      const before = await state();
      const patch = await facilitator.patch(`${base()}/terms/${termId}`, { label: "y".repeat(10 * 1024) });
      expect(patch.status).toBe(400);
      expect(patch.body.error.message).toMatch(/^label: Label is longer than 200 characters/);
      const patchFw = await facilitator.patch(`${base()}/terms/${termId}`, { framework: "FW-NOPE" });
      expect(patchFw.body.error.message).toMatch(/^framework: Unknown framework FW-NOPE/);
      expect((await facilitator.post(`${base()}/widgets`, { label: "x" })).status).toBe(404);
      expect((await facilitator.patch(`${base()}/terms/local:no-such-term`, { label: "x" })).status).toBe(404);
      expect(await state()).toEqual(before);
    });

    it("adds a local priority, links it with a rationale, edits and retires it, with an audit trail of who/what/when", async () => {
      const t0 = new Date().toISOString();
      const term = await facilitator.post(`${base()}/terms`, {
        label: "Thriving Riverside",
        definition: "Riverside Local Strategy 2025 priority: everyone lives well for longer.",
        plainEnglish: "People in Riverside live longer, healthier lives.",
        sector: "council",
      });
      expect(term.status).toBe(201);
      expect(term.body.data).toMatchObject({ id: "local:thriving-riverside", kind: "term", status: "active", createdBy: { id: facilitatorUser.id, displayName: "Fola" } });
      const termId = term.body.data.id as string;

      const outcome = await facilitator.post(`${base()}/outcomes`, { label: "Riverside residents feel well", readings: { community: "Feeling well" } });
      expect(outcome.status).toBe(201);
      const link = await facilitator.post(`${base()}/links`, { from: termId, to: "SO-04", kind: "serves", strength: "strong", rationale: "The strategy's HLE ambition" });
      expect(link.status).toBe(201);
      const crosswalk = await facilitator.post(`${base()}/links`, { from: termId, to: "LU-M7", kind: "crosswalk", rationale: "Same ambition as Mission 7" });
      expect(crosswalk.status).toBe(201);

      let read = (await others.viewer.get(base())).body.data;
      const merged = read.model.terms.find((t: { id: string }) => t.id === termId);
      expect(merged).toMatchObject({ origin: "local", verified: false, label: "Thriving Riverside" });
      expect(read.model.links.some((l: { id: string; origin: string }) => l.id === link.body.data.id && l.origin === "local")).toBe(true);
      expect(read.model.version).toMatch(/\+local$/);

      // The local term is found by search inside the partnership, and its links show as related terms.
      const found = await facilitator.get(`/api/outcomes/terms?q=thriving&partnershipId=${pid}`);
      expect(found.body.data[0]).toMatchObject({ id: termId, origin: "local", match: "prefix" });
      expect((await others["non-member"].get(`/api/outcomes/terms?q=thriving&partnershipId=${pid}`)).status).toBe(404);

      const edited = await facilitator.patch(`${base()}/terms/${termId}`, { label: "Thriving Riverside 2030" });
      expect(edited.status).toBe(200);
      expect(edited.body.data.value.label).toBe("Thriving Riverside 2030");
      expect(edited.body.data.id).toBe(termId);

      const retired = await facilitator.delete(`${base()}/terms/${termId}`);
      expect(retired.status).toBe(200);
      expect(retired.body.data).toMatchObject({ id: termId, status: "retired", retiredBy: { id: facilitatorUser.id } });
      expect(retired.body.alsoRetired.map((i: { id: string }) => i.id).sort()).toEqual([link.body.data.id, crosswalk.body.data.id].sort());
      expect((await facilitator.patch(`${base()}/terms/${termId}`, { label: "Back" })).status).toBe(409);
      expect((await facilitator.delete(`${base()}/terms/${termId}`)).status).toBe(409);

      read = (await others.viewer.get(base())).body.data;
      expect(read.model.terms.some((t: { id: string }) => t.id === termId)).toBe(false);
      expect(read.items.find((i: { id: string }) => i.id === termId).status).toBe("retired");
      // A retired id is never reused.
      const again = await facilitator.post(`${base()}/terms`, { label: "Thriving Riverside" });
      expect(again.body.data.id).not.toBe(termId);

      const t1 = new Date().toISOString();
      const mine = read.changes.filter((c: { itemId: string }) => [termId, link.body.data.id, crosswalk.body.data.id, outcome.body.data.id].includes(c.itemId));
      expect(mine.map((c: { action: string; itemKind: string; fields: string[] }) => `${c.action} ${c.itemKind}${c.fields.length ? ` [${c.fields.join(",")}]` : ""}`)).toEqual([
        "retire link",
        "retire link",
        "retire term",
        "update term [label]",
        "create link",
        "create link",
        "create outcome",
        "create term",
      ]);
      for (const c of mine) {
        expect(c.actor).toEqual({ id: facilitatorUser.id, displayName: "Fola" });
        expect(c.at >= t0 && c.at <= t1).toBe(true);
      }
      expect(mine.find((c: { action: string }) => c.action === "update").label).toBe("Thriving Riverside 2030");
      expect(mine.find((c: { itemId: string }) => c.itemId === link.body.data.id).label).toMatch(/Thriving Riverside.* → Longer, healthier lives/);
      const seqs = read.changes.map((c: { seq: number }) => c.seq);
      expect(seqs).toEqual([...seqs].sort((a: number, b: number) => b - a));
      expect(read.revision).toBe(seqs[0]);
    });

    it("adds a local source and a local JSNA indicator citing it, links it to a shared outcome, with validation and audit", async () => {
      const bad: Array<[string, string, unknown, RegExp]> = [
        ["javascript: address", "sources", { label: "JSNA", publisher: "Riverside Council", date: "2025-03", url: "javascript:alert(1)" }, /^url: Give a web address/],
        ["bad date", "sources", { label: "JSNA", publisher: "Riverside Council", date: "March 2025", url: "https://example.org/jsna" }, /^date: Use YYYY/],
        ["source without publisher", "sources", { label: "JSNA", publisher: " ", date: "2025", url: "https://example.org/jsna" }, /^publisher: Publisher is empty/],
        ["indicator without unit", "indicators", { label: "Cold homes", dataSource: "Riverside Council" }, /^unit:/],
        ["indicator citing an unknown source", "indicators", { label: "Cold homes", unit: "%", dataSource: "Riverside Council", sources: ["local:nope"] }, /^sources\[0\]: Unknown source local:nope/],
      ];
      for (const [name, collection, body, message] of bad) {
        const before = await state();
        const r = await facilitator.post(`${base()}/${collection}`, body);
        expect(r.status, name).toBe(400);
        expect(r.body.error.message, name).toMatch(message);
        expect(await state(), name).toEqual(before);
      }
      expect((await others.editor.post(`${base()}/indicators`, { label: "Cold homes", unit: "%", dataSource: "Riverside Council" })).status).toBe(403);

      const source = await facilitator.post(`${base()}/sources`, { label: "Riverside JSNA 2025", publisher: "Riverside Council", date: "2025-03", url: "https://example.org/jsna" });
      expect(source.status).toBe(201);
      expect(source.body.data).toMatchObject({ id: "local:riverside-jsna-2025", kind: "source" });
      const indicator = await facilitator.post(`${base()}/indicators`, {
        label: "Households in cold homes (Riverside)",
        unit: "%",
        polarity: "lower_is_better",
        dataSource: "Riverside Council JSNA",
        code: "JSNA 4.2",
        note: "Survey of 1,200 households; not comparable with the national fuel poverty statistic.",
        sources: [source.body.data.id],
      });
      expect(indicator.status).toBe(201);
      const indicatorId = indicator.body.data.id as string;
      const link = await facilitator.post(`${base()}/links`, { from: "SO-06", to: indicatorId, kind: "measured_by", rationale: "Cold homes are what the outcome is about" });
      expect(link.status).toBe(201);

      const read = (await others.viewer.get(base())).body.data;
      expect(read.model.sources.find((s: { id: string }) => s.id === source.body.data.id)).toMatchObject({ title: "Riverside JSNA 2025", origin: "local", url: "https://example.org/jsna" });
      expect(read.model.indicators.find((i: { id: string }) => i.id === indicatorId)).toMatchObject({
        name: "Households in cold homes (Riverside)",
        framework: "FW-LOCAL",
        code: "JSNA 4.2",
        codeScheme: "local",
        origin: "local",
        verified: false,
        higherIsBetter: false,
        note: expect.stringMatching(/not comparable/),
      });
      // A source an indicator still cites cannot be retired; the message names the problem.
      const refused = await facilitator.delete(`${base()}/sources/${source.body.data.id}`);
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toMatch(/Unknown source local:riverside-jsna-2025/);
      // Retiring the indicator retires its local link too.
      const retired = await facilitator.delete(`${base()}/indicators/${indicatorId}`);
      expect(retired.status).toBe(200);
      expect(retired.body.alsoRetired.map((i: { id: string }) => i.id)).toEqual([link.body.data.id]);
      expect((await facilitator.delete(`${base()}/sources/${source.body.data.id}`)).status).toBe(200);
      const changes = (await others.viewer.get(base())).body.data.changes.slice(0, 5);
      expect(changes.map((c: { action: string; itemKind: string }) => `${c.action} ${c.itemKind}`)).toEqual([
        "retire source",
        "retire link",
        "retire indicator",
        "create link",
        "create indicator",
      ]);
      expect(changes[4].actor).toEqual({ id: facilitatorUser.id, displayName: "Fola" });
    });

    it("concurrent facilitator writes all land with distinct audit entries", async () => {
      const before = (await state()).revision;
      const results = await Promise.all(Array.from({ length: 6 }, (_, i) => facilitator.post(`${base()}/terms`, { label: `Concurrent ${i}` })));
      expect(results.map((r) => r.status)).toEqual(Array(6).fill(201));
      const after = await state();
      expect(after.revision).toBe(before + 6);
      expect(new Set(results.map((r) => r.body.data.id)).size).toBe(6);
    });
  });
});
