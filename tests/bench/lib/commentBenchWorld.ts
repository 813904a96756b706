/**
 * Fast fixtures for the comment/search benchmarks: members are written
 * straight into the store (no password hashing) and signed in with real
 * server sessions, so a benchmark can have hundreds of members in seconds.
 */
import crypto from "node:crypto";
import type { Role } from "@jigsaw/shared/domain/role";
import { startSession } from "@jigsaw/server/src/services/sessions.ts";
import { ApiClient } from "../../utils/apiClient.ts";
import type { TestServer } from "../../utils/testServer.ts";

/** A member with a session cookie. */
export interface BenchMember {
  userId: string;
  cookie: string;
  client: ApiClient;
}

const id = () => crypto.randomBytes(12).toString("base64url");

/** Add `n` members with `role` to a partnership and sign each in. */
export async function addMembers(server: TestServer, partnershipId: string, invitedBy: string, n: number, role: Role, prefix = "member"): Promise<BenchMember[]> {
  const s = server.ctx.storage;
  const now = new Date().toISOString();
  const out: BenchMember[] = [];
  for (let i = 0; i < n; i++) {
    const userId = id();
    await s.users.create({ id: userId, email: `${prefix}-${i}-${userId.slice(0, 6).toLowerCase()}@bench.example.org`, displayName: `${prefix} ${i}`, passwordHash: "x", createdAt: now });
    const inviteId = id();
    await s.invites.create({
      id: inviteId,
      partnershipId,
      tokenHash: crypto.randomBytes(32).toString("hex"),
      role,
      organisation: null,
      sector: null,
      createdBy: invitedBy,
      createdAt: now,
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      acceptedAt: null,
      acceptedBy: null,
      revokedAt: null,
    });
    await s.invites.accept(inviteId, { partnershipId, userId, organisation: `Org ${i % 7}`, sector: "voluntary", role, joinedAt: now, updatedAt: now });
    const token = await startSession(server.ctx, userId);
    const cookie = `jigsaw_session=${token}`;
    const client = new ApiClient(server.origin);
    (client as unknown as { cookie: string }).cookie = cookie;
    out.push({ userId, cookie, client });
  }
  return out;
}

/** Nearest-rank percentile of an ascending array. */
export function pct(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Summary statistics of latencies in ms. */
export function stats(xs: readonly number[]): { n: number; p50: number; p90: number; p99: number; max: number; mean: number } {
  const v = [...xs].sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 100) / 100;
  return { n: v.length, p50: r(pct(v, 50)), p90: r(pct(v, 90)), p99: r(pct(v, 99)), max: r(v.at(-1) ?? NaN), mean: r(v.reduce((a, b) => a + b, 0) / Math.max(1, v.length)) };
}
