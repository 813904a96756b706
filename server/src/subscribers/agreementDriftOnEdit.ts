import type { ModuleFactory, ServerModule } from "../server.ts";
import { autoVersioner } from "../commands/autoVersioner.ts";
import { checkAgreementDrift } from "../commands/agreementDriftChecker.ts";
import { log } from "../logging/logger.ts";
import { ExportJobs, type ExportJobsOptions } from "./exportJobs.ts";
import { registerExportJobs } from "./exportRegistry.ts";

const logger = log("export");

/**
 * Versions, agreement upkeep and exports: runs the export job worker; on
 * `plan.idle` (the last person left a plan) keeps an automatic version of a
 * busy plan; on `plan.contentChanged` (debounced) re-checks agreed sections
 * for edits and marks them "changed since agreement".
 */
export function historyModule(options: ExportJobsOptions & { driftCheckDelayMs?: number } = {}): ModuleFactory {
  return (ctx): ServerModule => {
    const jobs = new ExportJobs({ keepMs: ctx.config.retention.exportMs, ...options });
    registerExportJobs(ctx, jobs);
    const pending = new Set<Promise<unknown>>();
    const track = (p: Promise<unknown>) => {
      pending.add(p);
      void p.finally(() => pending.delete(p));
    };
    const offIdle = ctx.events.on("plan.idle", ({ planId }) => {
      track(autoVersioner(ctx, planId).catch((err: unknown) => logger.error({ err, planId }, "automatic version failed")));
    });
    // Content changed (throttled by the sync endpoint): re-check agreed sections
    // shortly after, so "changed since agreement" shows without anyone asking.
    const driftTimers = new Map<string, NodeJS.Timeout>();
    const offChanged = ctx.events.on("plan.contentChanged", ({ planId }) => {
      if (driftTimers.has(planId)) return;
      const t = setTimeout(() => {
        driftTimers.delete(planId);
        track(
          (async () => {
            const plan = await ctx.storage.plans.findById(planId);
            if (plan) await checkAgreementDrift(ctx, plan);
          })().catch((err: unknown) => logger.warn({ err, planId }, "agreement drift check failed")),
        );
      }, options.driftCheckDelayMs ?? 2_000);
      t.unref();
      driftTimers.set(planId, t);
    });
    return {
      name: "history",
      async close() {
        offIdle();
        offChanged();
        for (const t of driftTimers.values()) clearTimeout(t);
        driftTimers.clear();
        await Promise.allSettled([...pending]);
        registerExportJobs(ctx, null);
        await jobs.close();
      },
    };
  };
}
