import fs from "node:fs/promises";
import path from "node:path";
import { log } from "../logging/logger.ts";
import type { ServerContext } from "./context.ts";

const retentionLog = log("storage");

/** What one retention sweep deleted. */
export interface RetentionRun {
  notifications: number;
  sessions: number;
  links: number;
  mailFiles: number;
}

/**
 * Delete what is kept no longer (docs/information-governance.md):
 * notifications older than `RETENTION_NOTIFICATION_DAYS`, sessions past their
 * idle or absolute limit, used or expired single-use links, and `.eml` files
 * in DATA_DIR/mail older than `RETENTION_MAIL_DAYS`. Export files are deleted
 * by the export runner after `EXPORT_KEEP_MINUTES`. Safe to run on every node
 * at once (each deletion is idempotent).
 */
export async function runRetentionSweep(ctx: ServerContext, now: Date = new Date()): Promise<RetentionRun> {
  const t = now.getTime();
  const iso = (ms: number) => new Date(ms).toISOString();
  const r = ctx.config.retention;
  const run: RetentionRun = {
    notifications: await ctx.storage.notifications.deleteCreatedBefore(iso(t - r.notificationMs)),
    sessions: await ctx.storage.sessions.deleteExpired(iso(t), iso(t - ctx.config.sessionIdleMs)),
    links: await ctx.storage.authTokens.deleteExpired(iso(t)),
    mailFiles: await deleteOldMail(path.join(ctx.config.dataDir, "mail"), t - r.mailMs),
  };
  if (Object.values(run).some((n) => n > 0)) retentionLog.info(run, "retention sweep");
  return run;
}

/** Delete `.eml` files last written before `beforeMs`; returns how many. */
async function deleteOldMail(dir: string, beforeMs: number): Promise<number> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return 0;
  }
  let n = 0;
  for (const name of names) {
    if (!name.endsWith(".eml")) continue;
    const file = path.join(dir, name);
    try {
      const st = await fs.stat(file);
      if (st.isFile() && st.mtimeMs < beforeMs) {
        await fs.rm(file, { force: true });
        n++;
      }
    } catch {
      // gone meanwhile (another node's sweep): nothing to do
    }
  }
  return n;
}

/** The retention sweep on a schedule: once shortly after start, then every `RETENTION_SWEEP_MINUTES`. */
export function retentionSchedule(ctx: ServerContext): { name: string; close(): Promise<void> } {
  let running: Promise<unknown> | null = null;
  const sweep = () => {
    if (running) return;
    running = runRetentionSweep(ctx)
      .catch((err: unknown) => retentionLog.error({ err }, "retention sweep failed"))
      .finally(() => (running = null));
  };
  const first = setTimeout(sweep, 5_000);
  first.unref();
  const timer = setInterval(sweep, ctx.config.retention.sweepEveryMs);
  timer.unref();
  return {
    name: "retention",
    async close() {
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
