import type { ServerContext } from "../services/context.ts";
import { ExportJobs } from "./exportJobs.ts";

const running = new WeakMap<ServerContext, ExportJobs>();

/** Register the export job runner of a server (the history module does, and closes it). */
export function registerExportJobs(ctx: ServerContext, jobs: ExportJobs | null): void {
  if (jobs) running.set(ctx, jobs);
  else running.delete(ctx);
}

/** The export job runner of a server; made on first use when no module registered one. */
export function exportJobsFor(ctx: ServerContext): ExportJobs {
  let jobs = running.get(ctx);
  if (!jobs) {
    jobs = new ExportJobs({ keepMs: ctx.config.retention.exportMs });
    running.set(ctx, jobs);
  }
  return jobs;
}

/** The export job runner of a server if it has one (no side effect; for metrics). */
export function registeredExportJobs(ctx: ServerContext): ExportJobs | null {
  return running.get(ctx) ?? null;
}
