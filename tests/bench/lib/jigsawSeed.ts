/**
 * Seed a Jigsaw data directory through the real API: users (signed in, so the
 * benchmark has real session cookies), one partnership, plans. The directory
 * is copied for every run so that each repetition starts from the same state.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ApiClient } from "../../utils/apiClient.ts";
import { startServer } from "./servers.ts";

/** A seeded data directory. */
export interface JigsawSeed {
  dir: string;
  /** `jigsaw_session=...` per user (index 0 is the facilitator). */
  cookies: string[];
  userIds: string[];
  partnershipId: string;
  planIds: string[];
}

/** Options for `seedJigsaw`. */
export interface SeedOptions {
  users: number;
  plans: number;
  template?: "blank" | "place_plan" | "jhws";
  /** Extra work against the running seed server before it stops (e.g. upload content). */
  after?: (ctx: { origin: string; port: number; seed: JigsawSeed }) => Promise<void>;
}

/** Create a data dir with users, a partnership and plans (via the API), then stop the server. */
export async function seedJigsaw(opts: SeedOptions): Promise<JigsawSeed> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jigsaw-bench-seed-"));
  const server = await startServer("jigsaw", { dataDir: dir, core: 0 });
  try {
    const fac = new ApiClient(server.origin, server.origin);
    const me = await fac.signUp("facilitator@bench.example.org", "Fiona Facilitator");
    const p = await fac.post("/api/partnerships", { name: "Bench Partnership", place: "Riverside", organisation: "Riverside Council", sector: "council" });
    if (p.status !== 201) throw new Error(`partnership: ${p.status} ${JSON.stringify(p.body)}`);
    const partnershipId = p.body.data.id as string;
    const cookies = [fac.cookieHeader!];
    const userIds = [me.id];
    for (let i = 1; i < opts.users; i++) {
      const inv = await fac.post(`/api/partnerships/${partnershipId}/invites`, { role: "editor" });
      if (inv.status !== 201) throw new Error(`invite: ${inv.status} ${JSON.stringify(inv.body)}`);
      const token = String(inv.body.data.url).split("/invite/")[1]!;
      const api = new ApiClient(server.origin, server.origin);
      const u = await api.signUp(`editor${i}@bench.example.org`, `Editor ${i}`);
      const acc = await api.post(`/api/invites/${token}/accept`, { organisation: "Riverside Trust", sector: "nhs" });
      if (acc.status !== 201) throw new Error(`accept: ${acc.status} ${JSON.stringify(acc.body)}`);
      cookies.push(api.cookieHeader!);
      userIds.push(u.id);
    }
    const planIds: string[] = [];
    for (let i = 0; i < opts.plans; i++) {
      const plan = await fac.post(`/api/partnerships/${partnershipId}/plans`, { title: `Plan ${i}`, template: opts.template ?? "place_plan" });
      if (plan.status !== 201) throw new Error(`plan: ${plan.status} ${JSON.stringify(plan.body)}`);
      planIds.push(plan.body.data.id as string);
    }
    const seed = { dir, cookies, userIds, partnershipId, planIds };
    if (opts.after) await opts.after({ origin: server.origin, port: server.port, seed });
    return seed;
  } finally {
    await server.stop();
  }
}

/** A fresh copy of a seeded data dir for one run. */
export function copySeed(seed: JigsawSeed): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jigsaw-bench-run-"));
  fs.cpSync(seed.dir, dir, { recursive: true });
  return dir;
}

/** Remove a data dir. */
export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}
