import { notifyAgreementRequested } from "../commands/agreementNotifications.ts";
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
  /** Search re-indexing timers. */
  indexer?: SearchIndexerOptions;
}

const DEFAULTS: NotificationsModuleOptions = { digestHourUtc: 7, checkEveryMs: 10 * 60_000 };

/**
 * Notifications, email and search freshness: the mailer (SMTP when
 * `SMTP_URL` is set, else `.eml` files under DATA_DIR/mail, logged at start),
 * the daily digest scheduler (`sendDigests` at `digestHourUtc`), agreement
 * request notifications from `agreement.requested`, and the live search
 * indexer.
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
    const unsubscribe = ctx.events.on("agreement.requested", (e) => {
      void notifyAgreementRequested(ctx, e).catch((err: unknown) => mailLog.error({ err, agreementId: e.agreementId }, "agreement notifications failed"));
    });

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
        unsubscribe();
        await running;
        await indexer.close();
        registerMailer(ctx, null);
        mailer.close();
      },
    };
  };
}
