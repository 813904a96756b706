import type { ModuleFactory, ServerModule } from "../server.ts";
import { autoVersioner } from "../commands/autoVersioner.ts";
import { log } from "../logging/logger.ts";
import { ExportJobs, type ExportJobsOptions } from "./exportJobs.ts";
import { registerExportJobs } from "./exportRegistry.ts";

const logger = log("export");

/**
 * Versions, agreement upkeep and exports: runs the export job worker, and on
 * `plan.idle` (the last person left a plan) keeps an automatic version of a
 * busy plan and re-checks agreed sections for edits.
 */
export function historyModule(options: ExportJobsOptions = {}): ModuleFactory {
  return (ctx): ServerModule => {
    const jobs = new ExportJobs(options);
    registerExportJobs(ctx, jobs);
    const pending = new Set<Promise<unknown>>();
    const off = ctx.events.on("plan.idle", ({ planId }) => {
      const p = autoVersioner(ctx, planId)
        .catch((err: unknown) => logger.error({ err, planId }, "automatic version failed"))
        .finally(() => pending.delete(p));
      pending.add(p);
    });
    return {
      name: "history",
      async close() {
        off();
        await Promise.allSettled([...pending]);
        registerExportJobs(ctx, null);
        await jobs.close();
      },
    };
  };
}
