/** Unit tests of the upgrade authorization cache. */
import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import type { ServerContext } from "../services/context.ts";
import { hashToken } from "../utils/ids.ts";
import { cachedUpgrade, type CollabAccess } from "./upgrade.ts";
import { UpgradeAuthCache } from "./upgradeAuthCache.ts";

const T0 = 1_800_000_000_000;
const TTL = 5_000;

function access(over: Partial<CollabAccess> = {}): CollabAccess {
  return {
    planId: "plan000001",
    partnershipId: "part000001",
    userId: "user000001",
    sessionId: "s".repeat(64),
    role: "editor",
    readOnly: false,
    identity: { id: "user000001", name: "Eddie", sector: "nhs", organisation: "Trust", colour: "#000" },
    ...over,
  };
}

const session = { expiresAt: T0 + 86_400_000, lastSeenAt: T0 };

function cacheAt(now: { t: number }): UpgradeAuthCache {
  return new UpgradeAuthCache(TTL, 100_000, () => now.t);
}

describe("UpgradeAuthCache", () => {
  it("reuses a decision for ttl after it was made, and while a connection made with it is open", () => {
    const now = { t: T0 };
    const c = cacheAt(now);
    const a = access();
    const held = c.put(c.ticket(), a, session, now.t);
    expect(c.get(a.sessionId, a.planId, T0 + TTL)?.access).toBe(a);
    expect(c.get(a.sessionId, "plan000002", T0)).toBeNull();
    expect(c.get("t".repeat(64), a.planId, T0)).toBeNull();
    c.hold(held);
    c.hold(held);
    expect(c.get(a.sessionId, a.planId, T0 + 10 * TTL)?.access).toBe(a);
    c.release(held);
    expect(c.get(a.sessionId, a.planId, T0 + 20 * TTL)?.access).toBe(a);
    now.t = T0 + 20 * TTL;
    c.release(held);
    expect(c.get(a.sessionId, a.planId, now.t + TTL)?.access).toBe(a);
    expect(c.get(a.sessionId, a.planId, now.t + TTL + 1)).toBeNull();
    expect(c.size).toBe(0);
  });

  it("drops decisions by user, plan and session", () => {
    const c = cacheAt({ t: T0 });
    const a = access();
    const b = access({ planId: "plan000002" });
    const other = access({ userId: "user000002", sessionId: "o".repeat(64), planId: "plan000003" });
    for (const x of [a, b, other]) c.put(c.ticket(), x, session, T0);
    c.dropPlan(a.planId);
    expect(c.get(a.sessionId, a.planId, T0)).toBeNull();
    expect(c.get(b.sessionId, b.planId, T0)).not.toBeNull();
    c.dropSession(b.sessionId);
    expect(c.get(b.sessionId, b.planId, T0)).toBeNull();
    expect(c.get(other.sessionId, other.planId, T0)).not.toBeNull();
    c.dropUser(other.userId);
    expect(c.get(other.sessionId, other.planId, T0)).toBeNull();
    expect(c.size).toBe(0);
  });

  it("does not store a decision when anything was dropped while it was being made", () => {
    const c = cacheAt({ t: T0 });
    const a = access();
    const ticket = c.ticket();
    c.dropUser("someone-else");
    const h = c.put(ticket, a, session, T0);
    expect(h.access).toBe(a);
    c.hold(h);
    c.release(h);
    expect(c.get(a.sessionId, a.planId, T0)).toBeNull();
  });

  it("keeps counting open connections when a decision is re-made, and a drop detaches them", () => {
    const now = { t: T0 };
    const c = cacheAt(now);
    const a = access();
    const first = c.put(c.ticket(), a, session, T0);
    c.hold(first);
    const a2 = access({ readOnly: true });
    c.put(c.ticket(), a2, { ...session, lastSeenAt: T0 + 100 }, T0 + 100);
    expect(c.get(a.sessionId, a.planId, T0 + 10 * TTL)?.access).toBe(a2);
    c.dropSession(a.sessionId);
    c.release(first);
    expect(c.get(a.sessionId, a.planId, T0 + 10 * TTL)).toBeNull();
  });

  it("with a ttl of 0 reuses nothing", () => {
    const c = new UpgradeAuthCache(0);
    const a = access();
    c.hold(c.put(c.ticket(), a, session, T0));
    expect(c.get(a.sessionId, a.planId, T0)).toBeNull();
  });

  it("sweeps decisions nobody holds once their time is up", () => {
    const c = cacheAt({ t: T0 });
    c.put(c.ticket(), access(), session, T0);
    c.hold(c.put(c.ticket(), access({ planId: "plan000002" }), session, T0));
    c.sweep(T0 + TTL + 1);
    expect(c.size).toBe(1);
  });
});

describe("cachedUpgrade", () => {
  const origin = "https://jigsaw.example.org";
  const idleMs = 30 * 60_000;
  const ctx = { config: { allowedOrigins: [origin], sessionIdleMs: idleMs } } as unknown as ServerContext;
  const token = "tok".repeat(10);
  const req = (over: { origin?: string; cookie?: string; url?: string } = {}) =>
    ({ url: over.url ?? "/collab/plan000001", headers: { origin: over.origin ?? origin, cookie: over.cookie ?? `jigsaw_session=${token}` } }) as unknown as IncomingMessage;
  const filled = (s = session) => {
    const c = new UpgradeAuthCache(TTL);
    c.put(c.ticket(), access({ sessionId: hashToken(token) }), s, T0);
    return c;
  };

  it("finds the decision of the request's session and plan", () => {
    expect(cachedUpgrade(ctx, filled(), req(), T0 + 1)?.access.sessionId).toBe(hashToken(token));
  });

  it("never stands in for the Origin check, the cookie or another plan", () => {
    const c = filled();
    expect(cachedUpgrade(ctx, c, req({ origin: "https://evil.example.org" }), T0)).toBeNull();
    expect(cachedUpgrade(ctx, c, req({ cookie: "other=1" }), T0)).toBeNull();
    expect(cachedUpgrade(ctx, c, req({ cookie: "jigsaw_session=forged" }), T0)).toBeNull();
    expect(cachedUpgrade(ctx, c, req({ url: "/collab/plan000002" }), T0)).toBeNull();
  });

  let writes: Array<[string, string]> = [];
  let fail = false;
  const touching = {
    config: ctx.config,
    storage: {
      sessions: {
        touch: async (id: string, at: string) => {
          writes.push([id, at]);
          if (fail) throw new Error("disk full");
        },
      },
    },
  } as unknown as ServerContext;

  it("defers to the full check once the session expired or went idle", () => {
    expect(cachedUpgrade(touching, filled({ expiresAt: T0 + 10, lastSeenAt: T0 }), req(), T0 + 10)).toBeNull();
    const held = filled();
    held.hold(held.get(hashToken(token), "plan000001", T0)!);
    expect(cachedUpgrade(touching, held, req(), T0 + idleMs)).toBeNull();
    expect(cachedUpgrade(touching, held, req(), T0 + idleMs - 1)).not.toBeNull();
  });

  it("writes a due session activity once in the background, and drops the session's decisions if that fails", async () => {
    writes = [];
    fail = false;
    const c = filled();
    c.hold(c.get(hashToken(token), "plan000001", T0)!);
    c.hold(c.put(c.ticket(), access({ sessionId: hashToken(token), planId: "plan000002" }), session, T0));
    expect(cachedUpgrade(touching, c, req(), T0 + 60_000)).not.toBeNull();
    expect(writes).toEqual([]);
    const due = T0 + 60_001;
    expect(cachedUpgrade(touching, c, req(), due)).not.toBeNull();
    expect(cachedUpgrade(touching, c, req({ url: "/collab/plan000002" }), due + 5)).not.toBeNull();
    expect(writes).toEqual([[hashToken(token), new Date(due).toISOString()]]);
    // the written activity counts for the idle limit (and is due again by then)
    const later = T0 + idleMs + 1;
    expect(cachedUpgrade(touching, c, req(), later)).not.toBeNull();
    expect(writes).toHaveLength(2);
    fail = true;
    expect(cachedUpgrade(touching, c, req(), later + 60_001)).not.toBeNull();
    await new Promise((r) => setImmediate(r));
    expect(writes).toHaveLength(3);
    expect(cachedUpgrade(touching, c, req(), later + 60_002)).toBeNull();
    expect(c.size).toBe(0);
  });
});
