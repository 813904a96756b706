import { log } from "../logging/logger.ts";
import type { ServerContext } from "../services/context.ts";
import type { NotificationRecord } from "../domain/notification.ts";
import { mailerFor } from "./mailRegistry.ts";
import { digestMail, notificationMail, type MailItem } from "./templates.ts";

const mailLog = log("mail");

/** The account settings page (preferences), absolute. */
export function settingsUrl(ctx: ServerContext): string {
  return `${ctx.config.publicUrl}/account`;
}

function item(ctx: ServerContext, n: NotificationRecord): MailItem {
  return { title: n.title, excerpt: n.excerpt, url: `${ctx.config.publicUrl}${n.path}`, createdAt: n.createdAt };
}

/**
 * Email one "immediate" notification if nobody has yet (atomic claim). A
 * failed send releases the claim and is logged. Resolves true when sent.
 */
export async function sendImmediate(ctx: ServerContext, notificationId: string): Promise<boolean> {
  const mailer = mailerFor(ctx);
  if (!mailer) return false;
  const n = await ctx.storage.notifications.claimImmediate(notificationId, new Date().toISOString());
  if (!n) return false;
  const user = await ctx.storage.users.findById(n.userId);
  if (!user) return false;
  try {
    await mailer.send(notificationMail(user.email, user.displayName, item(ctx, n), settingsUrl(ctx)));
    mailLog.info({ notificationId, kind: n.kind }, "notification email sent");
    return true;
  } catch (err) {
    await ctx.storage.notifications.releaseEmail([n.id]).catch(() => undefined);
    mailLog.error({ err, notificationId }, "notification email failed");
    return false;
  }
}

/** What one digest run did. */
export interface DigestRun {
  users: number;
  emails: number;
  items: number;
  failures: number;
}

/**
 * Send the daily digest: for every member with digest notifications created
 * before `now` and not yet emailed, claim them and send ONE email listing them
 * all (oldest first). Claims are atomic, so concurrent runs (two nodes) never
 * send an item twice; a failed send releases its items for the next run.
 */
export async function sendDigests(ctx: ServerContext, now: Date): Promise<DigestRun> {
  const mailer = mailerFor(ctx);
  const run: DigestRun = { users: 0, emails: 0, items: 0, failures: 0 };
  if (!mailer) return run;
  const before = now.toISOString();
  for (const userId of await ctx.storage.notifications.usersWithPendingDigest(before)) {
    run.users++;
    const user = await ctx.storage.users.findById(userId);
    if (!user) continue;
    const claimed = await ctx.storage.notifications.claimDigest(userId, before, new Date().toISOString());
    if (claimed.length === 0) continue;
    try {
      await mailer.send(digestMail(user.email, user.displayName, claimed.map((n) => item(ctx, n)), settingsUrl(ctx)));
      run.emails++;
      run.items += claimed.length;
    } catch (err) {
      run.failures++;
      await ctx.storage.notifications.releaseEmail(claimed.map((n) => n.id)).catch(() => undefined);
      mailLog.error({ err, userId, items: claimed.length }, "digest email failed");
    }
  }
  if (run.emails > 0 || run.failures > 0) mailLog.info(run, "digest run");
  return run;
}

/** The next time the daily digest is due: `hourUtc`:00 UTC strictly after `from`. */
export function nextDigestAt(from: Date, hourUtc: number): Date {
  const next = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate(), hourUtc));
  if (next.getTime() <= from.getTime()) next.setUTCDate(next.getUTCDate() + 1);
  return next;
}
