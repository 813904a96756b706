import { checkAgreementDrift } from "../commands/agreementDriftChecker.ts";
import { log } from "../logging/logger.ts";
import type { Services } from "../services/services.ts";
import type { Subscriber } from "./subscriber.ts";

const logger = log("export");

/**
 * On `plan.contentChanged` (throttled by the sync endpoint), re-check the
 * plan's agreed sections shortly after and mark them "changed since
 * agreement", so it shows without anyone asking.
 */
export function agreementDriftOnEdit(services: Services, delayMs = 2_000): Subscriber {
  const timers = new Map<string, NodeJS.Timeout>();
  const pending = new Set<Promise<unknown>>();
  const off = services.events.on("plan.contentChanged", ({ planId }) => {
    if (timers.has(planId)) return;
    const t = setTimeout(() => {
      timers.delete(planId);
      const run = (async () => {
        const plan = await services.storage.plans.findById(planId);
        if (plan) await checkAgreementDrift(services, plan);
      })()
        .catch((err: unknown) => logger.warn({ err, planId }, "agreement drift check failed"))
        .finally(() => pending.delete(run));
      pending.add(run);
    }, delayMs);
    t.unref();
    timers.set(planId, t);
  });
  return {
    name: "agreementDriftOnEdit",
    async close() {
      off();
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
      await Promise.allSettled([...pending]);
    },
  };
}
