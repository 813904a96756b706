import { log } from "../logging/logger.ts";
import { sendImmediate } from "../mail/mailSender.ts";
import type { Services } from "../services/services.ts";
import type { Subscriber } from "./subscriber.ts";

const logger = log("commands");

/** Email each notification whose recipient asked for "immediate" emails, in the background (a request never waits for SMTP). */
export function immediateEmailer(services: Services): Subscriber {
  const pending = new Set<Promise<unknown>>();
  const off = services.events.on("notification.created", ({ notification: n }) => {
    if (n.email !== "immediate") return;
    const run = sendImmediate(services, n.id)
      .catch((err: unknown) => logger.error({ err, notificationId: n.id }, "immediate email failed"))
      .finally(() => pending.delete(run));
    pending.add(run);
  });
  return {
    name: "immediateEmailer",
    async close() {
      off();
      await Promise.allSettled([...pending]);
    },
  };
}
