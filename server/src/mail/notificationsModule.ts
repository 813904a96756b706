import { notifyAgreedTextChanged } from "../commands/agreementChangedNotifications.ts";
import { notifyAgreementClosed } from "../commands/agreementClosedNotifications.ts";
import { notifyAgreementRequested } from "../commands/agreementNotifications.ts";
import { sweepAgreementReminders } from "../commands/agreementReminders.ts";
import { notifyAgreementResponded } from "../commands/agreementResponseNotifications.ts";
import { SearchIndexer, type SearchIndexerOptions } from "../commands/searchIndexer.ts";
import { log } from "../logging/logger.ts";
import type { ModuleFactory, ServerModule } from "../server.ts";
import { createMailer, type Mailer } from "./mailer.ts";
import { registerMailer } from "./mailRegistry.ts";
import { nextDigestAt, sendDigests } from "./mailSender.ts";

const mailLog = log("mail");

/** Options of the notifications module (tests inject a mailer or shorten timers). */
export interface NotificationsModuleOptions {
  /** Use this mailer instead of one built from the config. */
  mailer?: Mailer;
  /** Hour (UTC) the daily digest goes out. */
  digestHourUtc: number;
  /** How often the scheduler checks whether the digest is due. */
  checkEveryMs: number;
  /** How often open agreement rounds are checked for a due "closing soon" reminder (also once at start). */
  reminderEveryMs: number;
  /** Search re-indexing timers. */
  indexer?: SearchIndexerOptions;
}

const DEFAULTS: NotificationsModuleOptions = { digestHourUtc: 7, checkEveryMs: 10 * 60_000, reminderEveryMs: 10 * 60_000 };

/**
 * Notifications, email and search freshness: the mailer (SMTP when
 * `SMTP_URL` is set, else `.eml` files under DATA_DIR/mail, logged at start),
 * the daily digest scheduler (`sendDigests` at `digestHourUtc`), agreement
 * notifications (round requested, response or objection, round closed,
 * agreed text changed: one subscriber each), the "closing soon" reminder
 * sweep (at start and every `reminderEveryMs`; sent once, claimed on the
 * stored round, so it survives restarts), and the live search indexer.
 */
export function notificationsModule(options: Partial<NotificationsModuleOptions> = {}): ModuleFactory {
  const opts = { ...DEFAULTS, ...options };
  return (ctx): ServerModule => {
    const mailer = opts.mailer ?? createMailer(ctx.config);
    registerMailer(ctx, mailer);
    if (mailer.kind === "smtp") mailLog.info({ smtp: mailer.destination }, "email goes through SMTP");
    else mailLog.info({ directory: mailer.destination }, `SMTP_URL is not set: emails are written as .eml files to ${mailer.destination}`);

    const indexer = new SearchIndexer(ctx, opts.indexer);
    indexer.start();
    const failed = (agreementId: string) => (err: unknown) => mailLog.error({ err, agreementId }, "agreement notifications failed");
    const unsubscribers = [
      ctx.events.on("agreement.requested", (e) => void notifyAgreementRequested(ctx, e).catch(failed(e.agreementId))),
      ctx.events.on("agreement.responded", (e) => void notifyAgreementResponded(ctx, e).catch(failed(e.agreementId))),
      ctx.events.on("agreement.closed", (e) => void notifyAgreementClosed(ctx, e).catch(failed(e.agreementId))),
      ctx.events.on("agreement.textChanged", (e) => void notifyAgreedTextChanged(ctx, e).catch(failed(e.sections[0]?.roundId ?? e.planId))),
    ];

    let sweeping: Promise<unknown> | null = null;
    const sweep = () => {
      if (sweeping) return;
      sweeping = sweepAgreementReminders(ctx)
        .catch((err: unknown) => mailLog.error({ err }, "agreement reminder sweep failed"))
        .finally(() => (sweeping = null));
    };
    const reminderTimer = setInterval(sweep, opts.reminderEveryMs);
    reminderTimer.unref();
    const firstSweep = setTimeout(sweep, 0);
    firstSweep.unref();

    let due = nextDigestAt(new Date(), opts.digestHourUtc);
    let running: Promise<unknown> | null = null;
    const timer = setInterval(() => {
      const now = new Date();
      if (now < due || running) return;
      due = nextDigestAt(now, opts.digestHourUtc);
      running = sendDigests(ctx, now)
        .catch((err: unknown) => mailLog.error({ err }, "digest run failed"))
        .finally(() => (running = null));
    }, opts.checkEveryMs);
    timer.unref();

    return {
      name: "notifications",
      async close() {
        clearInterval(timer);
        clearInterval(reminderTimer);
        clearTimeout(firstSweep);
        for (const off of unsubscribers) off();
        await running;
        await sweeping;
        await indexer.close();
        registerMailer(ctx, null);
        mailer.close();
      },
    };
  };
}
