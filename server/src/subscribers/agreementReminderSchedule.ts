import { sweepAgreementReminders } from "../commands/agreementReminders.ts";
import { log } from "../logging/logger.ts";
import type { Services } from "../services/services.ts";
import type { Subscriber } from "./subscriber.ts";

const mailLog = log("mail");

/**
 * Send due "closing soon" reminders of open agreement rounds: once at start,
 * then every `everyMs` (sent once, claimed on the stored round, so it survives
 * restarts). A sweep still running when the next is due is not doubled.
 */
export function agreementReminderSchedule(services: Services, everyMs = 10 * 60_000): Subscriber {
  let sweeping: Promise<unknown> | null = null;
  const sweep = () => {
    if (sweeping) return;
    sweeping = sweepAgreementReminders(services)
      .catch((err: unknown) => mailLog.error({ err }, "agreement reminder sweep failed"))
      .finally(() => (sweeping = null));
  };
  const timer = setInterval(sweep, everyMs);
  timer.unref();
  const first = setTimeout(sweep, 0);
  first.unref();
  return {
    name: "agreementReminderSchedule",
    async close() {
      clearInterval(timer);
      clearTimeout(first);
      await sweeping;
    },
  };
}
