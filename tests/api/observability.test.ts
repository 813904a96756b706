import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import { sectionBody, sectionIds } from "@jigsaw/shared/plan/index";
import { startChildServer, type ChildServer } from "../utils/childServer.ts";
import { startTestServer, tempDir, type TestServer } from "../utils/testServer.ts";
import { connectYjs, createCollabFixture, planJson, rawCollabSocket, waitFor, waitForSync, type YClient } from "../utils/yjsClient.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TOKEN = "metrics-token-for-tests-0123456789";

/** The value of one sample line (`name{labels} value`) of a Prometheus text page. */
function sample(page: string, series: string): number | null {
  const line = page.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? null : Number(line.slice(series.length + 1));
}

describe("request ids", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each(["/healthz", "/api/auth/me", "/api/no-such-route"])("%s answers a new X-Request-Id", async (path) => {
    const a = (await fetch(server.origin + path)).headers.get("x-request-id");
    const b = (await fetch(server.origin + path)).headers.get("x-request-id");
    expect(a).toMatch(UUID);
    expect(b).toMatch(UUID);
    expect(a).not.toBe(b);
  });

  it("keeps a sane incoming X-Request-Id (a proxy's) and replaces anything else", async () => {
    const kept = await fetch(`${server.origin}/healthz`, { headers: { "X-Request-Id": "edge-7f3a.42" } });
    expect(kept.headers.get("x-request-id")).toBe("edge-7f3a.42");
    for (const bad of ["has spaces in it", "x".repeat(129), "quote\"d", "line\tbreak"]) {
      const res = await fetch(`${server.origin}/healthz`, { headers: { "X-Request-Id": bad } });
      expect(res.headers.get("x-request-id")).toMatch(UUID);
    }
  });
});

describe("log lines of a request carry its id", () => {
  let child: ChildServer | null = null;
  afterAll(async () => {
    await child?.kill("SIGKILL");
  });

  it("lines logged by the code serving a request have its reqId; JSON lines with LOG_FORMAT=json", async () => {
    child = await startChildServer(tempDir("jigsaw-logs-"), undefined, { LOG_LEVEL: "debug", LOG_FORMAT: "json" }, 90_000, { capture: true });
    // a second sign-up with the same email logs from the authentication code; then the http line
    const signUp = (reqId: string) =>
      fetch(`${child!.origin}/api/auth/signup`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Origin: child!.origin, "X-Request-Id": reqId },
        body: JSON.stringify({ email: "twice@example.org", password: "correct horse battery staple", displayName: "Twice" }),
      });
    expect((await signUp("trace-signup-1")).status).toBe(201);
    expect((await signUp("trace-signup-2")).status).toBe(400);
    await waitFor(() => /"reqId":"trace-signup-2".*"msg":"request"/.test(child!.output()), "request line", 20_000);
    const lines = child
      .output()
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const ofRequest = lines.filter((l) => l.reqId === "trace-signup-2");
    expect(ofRequest.map((l) => [l.category, l.msg])).toEqual([
      ["authentication", "sign-up with an existing email"],
      ["http", "request rejected"],
      ["http", "request"],
    ]);
    // a websocket upgrade to the Yjs endpoint is a request too (refused here: no session)
    const ws = new WebSocket(`${child.origin.replace(/^http/, "ws")}/collab/no-such-plan`, {
      headers: { Origin: child.origin, "X-Request-Id": "trace-upgrade-1" },
    });
    await new Promise<void>((resolve) => {
      ws.on("error", () => resolve());
      ws.on("close", () => resolve());
    });
    await waitFor(() => child!.output().includes('"reqId":"trace-upgrade-1"'), "upgrade line", 20_000);
    const upgrade = child
      .output()
      .split("\n")
      .filter((l) => l.includes('"reqId":"trace-upgrade-1"'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(upgrade.map((l) => l.msg)).toContain("collaboration upgrade refused");
    // start-up lines belong to no request
    expect(lines.find((l) => l.msg === "Jigsaw is running")?.reqId).toBeUndefined();
  });
});

describe("/metrics", () => {
  let server: TestServer;
  const clients: YClient[] = [];
  beforeAll(async () => {
    server = await startTestServer({ env: { METRICS_TOKEN: TOKEN } });
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await server?.close();
  });

  it("serves the Prometheus text format to a direct loopback request", async () => {
    const res = await fetch(`${server.origin}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/plain");
    const page = await res.text();
    for (const name of [
      "jigsaw_open_connections",
      "jigsaw_documents_loaded",
      "jigsaw_update_commit_seconds",
      "jigsaw_relay_lag_seconds",
      "jigsaw_export_queue_depth",
      "process_resident_memory_bytes",
    ]) {
      expect(page).toContain(`# TYPE ${name} `);
    }
  });

  it("refuses a forwarded request without the token and accepts it with the token", async () => {
    const forwarded = { "X-Forwarded-For": "203.0.113.9" };
    expect((await fetch(`${server.origin}/metrics`, { headers: forwarded })).status).toBe(403);
    expect((await fetch(`${server.origin}/metrics`, { headers: { ...forwarded, Authorization: "Bearer wrong-token-wrong-token-000" } })).status).toBe(403);
    expect((await fetch(`${server.origin}/metrics`, { headers: { ...forwarded, Authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
  });

  it("counts open connections and loaded documents, and times update commits", async () => {
    const before = await (await fetch(`${server.origin}/metrics`)).text();
    const commitsBefore = sample(before, "jigsaw_update_commit_seconds_count") ?? 0;
    const fx = await createCollabFixture(server, "place_plan");
    const writer = connectYjs(server, fx.facilitator, fx.planId);
    const reader = connectYjs(server, (await fx.addMember("editor")).api, fx.planId);
    clients.push(writer, reader);
    await Promise.all([waitForSync(writer), waitForSync(reader)]);
    const body = sectionBody(writer.doc, sectionIds(writer.doc)[0]!)!;
    writer.doc.transact(() => body.insert(body.length, [new Y.XmlText("measured")]));
    await waitFor(() => planJson(reader.doc).includes("measured"), "relayed edit");
    const page = await (await fetch(`${server.origin}/metrics`)).text();
    expect(sample(page, 'jigsaw_open_connections{kind="collab"}')).toBe(2);
    expect(sample(page, "jigsaw_documents_loaded")).toBe(1);
    expect(sample(page, "jigsaw_export_queue_depth")).toBe(0);
    expect(sample(page, "jigsaw_update_commit_seconds_count")).toBeGreaterThan(commitsBefore);
  });

  it("counts refused updates by reason", async () => {
    const refused = (page: string) =>
      page
        .split("\n")
        .filter((l) => l.startsWith("jigsaw_updates_refused_total{"))
        .reduce((n, l) => n + Number(l.split(" ").pop()), 0);
    const before = refused(await (await fetch(`${server.origin}/metrics`)).text());
    const fx = await createCollabFixture(server, "place_plan");
    const sock = await rawCollabSocket(server, fx.planId, { cookie: fx.facilitator.cookieHeader, origin: server.origin });
    await sock.next((m) => m[0] === 0 && m[1] === 0);
    const closed = new Promise<number>((r) => sock.ws.once("close", (code: number) => r(code)));
    // a sync update whose delete set has a zero-length range (issue 18): refused, its sender closed
    sock.ws.send(Buffer.from("0002070001 8b06010000".replace(/ /g, ""), "hex"));
    expect(await closed).toBe(4400);
    await waitFor(async () => refused(await (await fetch(`${server.origin}/metrics`)).text()) > before, "refusal counted");
  });
});
