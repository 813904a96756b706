import fs from "node:fs";
import path from "node:path";
import { log } from "../logging/logger.ts";
import type { ServerContext } from "../services/context.ts";
import { backupEmbeddedStore } from "./embedded/onlineBackup.ts";

const logger = log("storage");

/**
 * Scheduled online backups of the embedded store: every BACKUP_INTERVAL_MINUTES into BACKUP_DIR,
 * keeping BACKUP_KEEP. Nothing for MongoDB (its operator backs it up, see docs/operations.md),
 * an in-memory store or an interval of 0. A backup still running when the next is due is not
 * doubled; close waits for it.
 */
export function backupSchedule(ctx: ServerContext): { name: string; close(): Promise<void> } {
  const { backupIntervalMinutes: minutes, backupDir, backupKeep, dataDir } = ctx.config;
  const dbFile = path.join(dataDir, "jigsaw.sqlite");
  if (ctx.storage.kind !== "embedded" || !fs.existsSync(dbFile) || minutes === 0) return { name: "backups", close: async () => undefined };
  let running: Promise<void> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = backupEmbeddedStore(dbFile, backupDir, backupKeep).then(
      (r) => logger.info({ file: r.file, bytes: r.bytes, ms: r.ms, removed: r.removed.length }, "backup made"),
      (err: unknown) => logger.error({ err }, "scheduled backup failed"),
    );
    void running.finally(() => (running = null));
  }, minutes * 60_000);
  timer.unref();
  return {
    name: "backups",
    async close() {
      clearInterval(timer);
      await running;
    },
  };
}
