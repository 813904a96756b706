import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runRetentionSweep } from "@jigsaw/server/src/services/retention.ts";
import { createPartnership, signedUpClient } from "../utils/apiFixtures.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";

const DAY = 86_400_000;

/**
 * The retention sweep on a real server: notifications past
 * RETENTION_NOTIFICATION_DAYS, sessions past their limits, expired links and
 * `.eml` files past RETENTION_MAIL_DAYS are deleted; newer ones stay.
 */
describe("retention", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { RETENTION_NOTIFICATION_DAYS: "10", RETENTION_MAIL_DAYS: "3", EXPORT_KEEP_MINUTES: "20" } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("reads its periods from the environment", () => {
    expect(server.config.retention).toMatchObject({ notificationMs: 10 * DAY, mailMs: 3 * DAY, exportMs: 20 * 60_000, sweepEveryMs: 60 * 60_000 });
  });

  it("deletes what is past its period and keeps the rest", async () => {
    const s = server.ctx.storage;
    const { client, user } = await signedUpClient(server, "keeper");
    const p = await createPartnership(client);
    const now = Date.now();
    const n = (id: string, ageDays: number) => ({
      id, userId: user.id, partnershipId: p.id, planId: null, kind: "mention", threadId: null, commentId: null, actorId: null,
      title: "T", excerpt: "E", path: "/", createdAt: new Date(now - ageDays * DAY).toISOString(), readAt: null, email: "none" as const, emailedAt: null,
    });
    await s.notifications.createMany([n("old-notification-1", 11), n("new-notification-1", 9)]);
    // a session idle past the limit, and the live one of `client`
    await s.sessions.create({ id: "stale-session-hash", userId: user.id, createdAt: new Date(now - 20 * DAY).toISOString(), lastSeenAt: new Date(now - 8 * DAY).toISOString(), expiresAt: new Date(now + DAY).toISOString() });
    await s.authTokens.create({ id: "expired-link-hash", userId: user.id, purpose: "password_reset", createdAt: new Date(now - 2 * 3_600_000).toISOString(), expiresAt: new Date(now - 3_600_000).toISOString(), usedAt: null });
    // the .eml outbox: sign-up's confirmation email (new) and an old one
    const dir = path.join(server.dataDir, "mail");
    fs.mkdirSync(dir, { recursive: true });
    const oldMail = path.join(dir, "old.eml");
    fs.writeFileSync(oldMail, "Subject: old\n\nold\n");
    fs.utimesSync(oldMail, new Date(now - 4 * DAY), new Date(now - 4 * DAY));
    const newMail = path.join(dir, "new.eml");
    fs.writeFileSync(newMail, "Subject: new\n\nnew\n");

    const run = await runRetentionSweep(server.ctx, new Date(now));
    expect(run.notifications).toBeGreaterThanOrEqual(1);
    expect(run.sessions).toBeGreaterThanOrEqual(1);
    expect(run.links).toBeGreaterThanOrEqual(1);
    expect(run.mailFiles).toBe(1);

    expect((await s.notifications.listForUser(user.id, { limit: 10 })).map((x) => x.id)).toEqual(["new-notification-1"]);
    expect(await s.sessions.findById("stale-session-hash")).toBeNull();
    expect((await client.get("/api/auth/me")).status).toBe(200);
    expect(await s.authTokens.findById("expired-link-hash")).toBeNull();
    expect(fs.existsSync(oldMail)).toBe(false);
    expect(fs.existsSync(newMail)).toBe(true);
  });
});
