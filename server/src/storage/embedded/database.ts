import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { log } from "../../logging/logger.ts";
import { MIGRATIONS } from "./migrations.ts";

/** A better-sqlite3 handle. */
export type Db = Database.Database;

/** How long a statement waits for another process's lock on a shared database file. */
export const BUSY_TIMEOUT_MS = 5_000;

/** How the embedded database is opened. */
export interface OpenDatabaseOptions {
  /**
   * "normal" (default): WAL with synchronous=NORMAL; a commit survives a crash or kill of the process, a
   * power cut may roll back the last commits. "full": every commit waits for fsync.
   */
  synchronous?: "normal" | "full";
}

/**
 * Open (creating if needed) the embedded database: WAL journal, the chosen
 * synchronous level, foreign keys on, busy timeout for a second process
 * sharing the file. Applies pending migrations.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Db {
  if (file !== ":memory:") {
    fs.mkdirSync(path.dirname(file), { recursive: true });
  }
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma(`synchronous = ${options.synchronous === "full" ? "FULL" : "NORMAL"}`);
  db.pragma("foreign_keys = ON");
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  migrate(db);
  return db;
}

/** Apply every migration newer than the database's user_version. */
export function migrate(db: Db): void {
  const current = db.pragma("user_version", { simple: true }) as number;
  const pending = MIGRATIONS.filter((m) => m.version > current).sort((a, b) => a.version - b.version);
  for (const m of pending) {
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
    log("storage").info({ version: m.version, name: m.name }, "applied migration");
  }
}
