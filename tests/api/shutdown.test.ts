import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO_MEMBERS, DEMO_PASSWORD } from "@jigsaw/server/src/services/demoSeed.ts";
import { ApiClient } from "../utils/apiClient.ts";
import { freePort, tempDir } from "../utils/testServer.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** A `node --import tsx server/src/main.ts` child process. */
interface Child {
  proc: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startMain(dataDir: string, port: number): Child {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "test",
    HOST: "127.0.0.1",
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DATA_DIR: dataDir,
    SEED_DEMO: "true",
    LOG_LEVEL: "warn",
  };
  delete env.MONGODB_URI;
  delete env.REDIS_URL;
  const proc = spawn(process.execPath, ["--import", "tsx", "server/src/main.ts"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  proc.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  proc.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    proc.once("exit", (code, signal) => resolve({ code, signal }));
  });
  return { proc, output: () => out, exited };
}

/** Wait until /healthz answers and the demo seed has finished (its banner is printed after seeding). */
async function waitReady(child: Child, origin: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.proc.exitCode !== null) throw new Error(`server exited early:\n${child.output()}`);
    try {
      const res = await fetch(`${origin}/healthz`);
      if (res.ok && child.output().includes("Jigsaw demo")) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not become ready:\n${child.output()}`);
}

async function stop(child: Child): Promise<{ code: number | null; ms: number }> {
  const started = Date.now();
  child.proc.kill("SIGTERM");
  const { code } = await child.exited;
  return { code, ms: Date.now() - started };
}

describe("graceful shutdown and restart (node server/src/main.ts)", () => {
  const dataDir = tempDir("jigsaw-shutdown-");
  const children: Child[] = [];
  afterAll(() => {
    for (const c of children) if (c.proc.exitCode === null && c.proc.signalCode === null) c.proc.kill("SIGKILL");
    fs.rmSync(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  });

  it("seeds the demo, stops on SIGTERM with exit 0, and restarts on the same data without reseeding", async () => {
    const facilitator = DEMO_MEMBERS[0]!;
    expect(facilitator.email).toBe("amara@riverside.example");

    // First run: demo seeded; make a change of our own.
    const port1 = await freePort();
    const origin1 = `http://127.0.0.1:${port1}`;
    const first = startMain(dataDir, port1);
    children.push(first);
    await waitReady(first, origin1);
    const c1 = new ApiClient(origin1);
    const signin = await c1.post("/api/auth/signin", { email: facilitator.email, password: DEMO_PASSWORD });
    expect(signin.status).toBe(200);
    const list1 = (await c1.get("/api/partnerships")).body.data as Array<{ id: string; name: string; membership: { role: string } }>;
    expect(list1.map((p) => p.name)).toEqual(["Riverside Place Partnership"]);
    expect(list1[0]!.membership.role).toBe("facilitator");
    const demoId = list1[0]!.id;
    const plans1 = (await c1.get(`/api/partnerships/${demoId}/plans`)).body.data as Array<{ title: string }>;
    expect(plans1).toHaveLength(2);
    expect((await c1.get(`/api/partnerships/${demoId}/members`)).body.data).toHaveLength(DEMO_MEMBERS.length);
    const created = await c1.post("/api/partnerships", { name: "Made before restart", place: "Riverside", organisation: "Council", sector: "council" });
    expect(created.status).toBe(201);

    // SIGTERM while this client still holds a keep-alive connection: prompt, clean exit.
    const stopped = await stop(first);
    expect(stopped.code, first.output()).toBe(0);
    expect(stopped.ms).toBeLessThan(10_000);

    // Second run on the same data dir.
    const port2 = await freePort();
    const origin2 = `http://127.0.0.1:${port2}`;
    const second = startMain(dataDir, port2);
    children.push(second);
    await waitReady(second, origin2);
    const c2 = new ApiClient(origin2);
    expect((await c2.post("/api/auth/signin", { email: facilitator.email, password: DEMO_PASSWORD })).status).toBe(200);
    const list2 = (await c2.get("/api/partnerships")).body.data as Array<{ id: string; name: string }>;
    expect(list2.map((p) => p.name).sort()).toEqual(["Made before restart", "Riverside Place Partnership"]);
    expect(list2.find((p) => p.name === "Riverside Place Partnership")!.id).toBe(demoId);
    expect((await c2.get(`/api/partnerships/${demoId}/plans`)).body.data).toHaveLength(2);
    expect((await c2.get(`/api/partnerships/${demoId}/members`)).body.data).toHaveLength(DEMO_MEMBERS.length);
    // The old session cookie from before the restart is still a valid session (sessions are stored).
    expect((await new ApiClient(origin2).request("GET", "/api/auth/me", undefined, { cookie: c1.cookieHeader! })).status).toBe(200);

    const stopped2 = await stop(second);
    expect(stopped2.code, second.output()).toBe(0);
    expect(second.output()).not.toMatch(/"level":(50|60)|Unhandled/);
  }, 180_000);
});
