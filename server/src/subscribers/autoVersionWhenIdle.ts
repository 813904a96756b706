import { autoVersioner } from "../commands/autoVersioner.ts";
import { log } from "../logging/logger.ts";
import type { Services } from "../services/services.ts";
import type { Subscriber } from "./subscriber.ts";

const logger = log("export");

/** On `plan.idle` (the last person left a plan), keep an automatic version of a busy plan. */
export function autoVersionWhenIdle(services: Services): Subscriber {
  const pending = new Set<Promise<unknown>>();
  const off = services.events.on("plan.idle", ({ planId }) => {
    const run = autoVersioner(services, planId)
      .catch((err: unknown) => logger.error({ err, planId }, "automatic version failed"))
      .finally(() => pending.delete(run));
    pending.add(run);
  });
  return {
    name: "autoVersionWhenIdle",
    async close() {
      off();
      await Promise.allSettled([...pending]);
    },
  };
}
