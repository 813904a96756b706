import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { startWorker } from "../../utils/workerThread.ts";
import { durableRename } from "../durableRename.ts";
import type { VacuumIntoData, VacuumIntoReply } from "./vacuumInto.worker.ts";

/*
 * Online backups of the embedded store. `VACUUM INTO` runs in one read transaction, so the copy
 * is a consistent snapshot of every committed transaction at its start (in WAL mode it never
 * blocks the server's writers). It runs in a thread with its own connection (vacuumInto.worker.ts):
 * the server's event loop keeps serving while the file is written.
 */

/** Backup files are named by their UTC time, so that name order is age order. */
const BACKUP_NAME = /^jigsaw-\d{8}T\d{6}(\d{3})?Z\.sqlite$/;

/** A finished backup. */
export interface BackupResult {
  file: string;
  bytes: number;
  ms: number;
  /** Older backups deleted to keep `keep`. */
  removed: string[];
}

/** Thrown when a backup or restore cannot be made; the message says why. */
export class BackupError extends Error {}

function stamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, "").replace(/\.(\d{3})Z$/, "$1Z");
}

/** Backups in `dir`, oldest first. */
export function listBackups(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((n) => BACKUP_NAME.test(n))
    .sort()
    .map((n) => path.join(dir, n));
}

function vacuumInto(file: string, target: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const w = startWorker("vacuumInto", import.meta.url, { workerData: { file, target } satisfies VacuumIntoData });
    w.once("message", (m: VacuumIntoReply) => ("error" in m ? reject(new BackupError(m.error)) : resolve()));
    w.once("error", reject);
    w.once("exit", (code) => reject(new BackupError(`backup thread exited (${code})`))); // no-op once settled
  });
}

/**
 * Copy the live store `dbFile` into `backupDir` as `jigsaw-<UTC time>.sqlite` (written under a
 * temporary name, fsynced, then renamed: a half-written backup never looks like one), then delete
 * the oldest backups beyond `keep`.
 */
export async function backupEmbeddedStore(dbFile: string, backupDir: string, keep: number, at = new Date()): Promise<BackupResult> {
  if (!fs.existsSync(dbFile)) throw new BackupError(`there is no embedded store at ${dbFile}`);
  fs.mkdirSync(backupDir, { recursive: true });
  const started = performance.now();
  const file = path.join(backupDir, `jigsaw-${stamp(at)}.sqlite`);
  if (fs.existsSync(file)) throw new BackupError(`${file} already exists`);
  const partial = `${file}.partial`;
  fs.rmSync(partial, { force: true });
  try {
    await vacuumInto(dbFile, partial);
    durableRename(partial, file);
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw err;
  }
  const all = listBackups(backupDir);
  const removed = all.slice(0, Math.max(0, all.length - keep));
  for (const old of removed) fs.rmSync(old, { force: true });
  return { file, bytes: fs.statSync(file).size, ms: Math.round(performance.now() - started), removed };
}

/** Whether some connection (a running server) has `dbFile` open: it then refuses an exclusive lock. */
function inUse(dbFile: string): boolean {
  const db = new Database(dbFile, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 0");
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE");
    db.exec("COMMIT");
    return false;
  } catch {
    return true;
  } finally {
    db.close(); // the last connection: SQLite folds the WAL into the file and removes it
  }
}

/**
 * Make the backup `backupFile` the embedded store in `dataDir`. The server must be stopped. The
 * backup is checked first (SQLite integrity check); the store it replaces is kept beside it as
 * `jigsaw.sqlite.replaced-<UTC time>`. Returns that file's path (null when there was no store).
 */
export function restoreEmbeddedStore(backupFile: string, dataDir: string, at = new Date()): { replaced: string | null } {
  if (!fs.existsSync(backupFile)) throw new BackupError(`${backupFile} does not exist`);
  const check = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    const result = check.pragma("integrity_check", { simple: true });
    if (result !== "ok") throw new BackupError(`${backupFile} failed SQLite's integrity check: ${String(result)}`);
    if ((check.pragma("user_version", { simple: true }) as number) < 1) throw new BackupError(`${backupFile} is not a Jigsaw store`);
  } catch (err) {
    if (err instanceof BackupError) throw err;
    throw new BackupError(`${backupFile} is not a readable SQLite database (${(err as Error).message})`);
  } finally {
    check.close();
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const live = path.join(dataDir, "jigsaw.sqlite");
  let replaced: string | null = null;
  if (fs.existsSync(live)) {
    if (inUse(live)) throw new BackupError(`the store in ${dataDir} is open (stop the server first)`);
    replaced = `${live}.replaced-${stamp(at)}`;
    fs.renameSync(live, replaced);
  }
  for (const extra of ["-wal", "-shm"]) fs.rmSync(live + extra, { force: true });
  const partial = `${live}.restoring`;
  fs.copyFileSync(backupFile, partial);
  durableRename(partial, live);
  return { replaced };
}
