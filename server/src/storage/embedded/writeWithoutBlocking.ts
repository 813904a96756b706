import Database from "better-sqlite3";
import { BUSY_TIMEOUT_MS, type Db } from "./database.ts";

function isBusy(err: unknown): boolean {
  return err instanceof Database.SqliteError && err.code.startsWith("SQLITE_BUSY");
}

/**
 * Run a write transaction without blocking the event loop on another process's write lock
 * (several server nodes sharing one database file). SQLite's busy handler sleeps in the
 * calling thread (1, 2, 5, 10 … ms), which stalls every connection this process serves. Here
 * the busy timeout is off for each attempt, so a locked database fails at once (SQLITE_BUSY),
 * and the attempt is made again after a timer (1, 2, 4 … 50 ms apart) until `deadlineMs` has
 * passed; then the last SQLITE_BUSY is thrown. `attempt` must be a whole transaction: a busy
 * attempt has changed nothing. (The pragma is prepared each time: SQLite applies
 * `busy_timeout` when the statement is compiled, so a cached statement would not.)
 */
export async function writeWithoutBlocking<T>(db: Db, attempt: () => T, deadlineMs = BUSY_TIMEOUT_MS): Promise<T> {
  const started = Date.now();
  for (let delay = 1; ; delay = Math.min(delay * 2, 50)) {
    db.pragma("busy_timeout = 0");
    try {
      return attempt();
    } catch (err) {
      if (!isBusy(err) || Date.now() - started >= deadlineMs) throw err;
    } finally {
      db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}
