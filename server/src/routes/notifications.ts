import { Router } from "express";
import { z } from "zod";
import { NotificationPreferencesPatchSchema } from "@jigsaw/shared/comments/schemas";
import { IdSchema } from "@jigsaw/shared/domain/id";
import { preferencesOf } from "../commands/notificationDelivery.ts";
import { markNotificationsRead } from "../commands/notificationReader.ts";
import { requireAuth } from "../middlewares/authenticate.ts";
import { parse } from "../middlewares/validate.ts";
import { presentNotification } from "../presenters/notification.ts";
import type { Services } from "../services/services.ts";

const ListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(30),
  unread: z.enum(["true", "false", "1", "0"]).optional(),
  before: z.iso.datetime().optional(),
});

const MarkReadSchema = z.strictObject({ ids: z.array(IdSchema).min(1).max(200) });

/**
 * The signed-in member's notifications (only ever their own): list with
 * unread count, mark some or all read, and email preferences.
 */
export function notificationRoutes(ctx: Services): Router {
  const router = Router();

  router.get("/", async (req, res) => {
    const { user } = requireAuth(req);
    const q = parse(ListQuerySchema, req.query);
    const unreadOnly = q.unread === "true" || q.unread === "1";
    const [records, unreadCount] = await Promise.all([
      ctx.storage.notifications.listForUser(user.id, { limit: q.limit, unreadOnly, ...(q.before ? { before: q.before } : {}) }),
      ctx.storage.notifications.unreadCount(user.id),
    ]);
    const names = new Map<string, string | null>();
    for (const r of records) {
      if (r.actorId && !names.has(r.actorId)) names.set(r.actorId, (await ctx.storage.users.findById(r.actorId))?.displayName ?? null);
    }
    res.json({ data: records.map((r) => presentNotification(r, r.actorId ? (names.get(r.actorId) ?? null) : null)), unreadCount });
  });

  router.post("/read", async (req, res) => {
    const { user } = requireAuth(req);
    const { ids } = parse(MarkReadSchema, req.body);
    const unreadCount = await markNotificationsRead(ctx, user.id, ids);
    res.json({ data: { unreadCount } });
  });

  router.post("/read-all", async (req, res) => {
    const { user } = requireAuth(req);
    await markNotificationsRead(ctx, user.id, null);
    res.json({ data: { unreadCount: 0 } });
  });

  router.get("/preferences", async (req, res) => {
    const { user } = requireAuth(req);
    res.json({ data: await preferencesOf(ctx, user.id) });
  });

  router.put("/preferences", async (req, res) => {
    const { user } = requireAuth(req);
    const patch = parse(NotificationPreferencesPatchSchema, req.body);
    const next = { ...(await preferencesOf(ctx, user.id)), ...patch };
    await ctx.storage.preferences.put({
      userId: user.id,
      mention: next.mention,
      reply: next.reply,
      leadComment: next.lead_comment,
      agreementRequest: next.agreement_request,
      updatedAt: new Date().toISOString(),
    });
    res.json({ data: next });
  });

  return router;
}
