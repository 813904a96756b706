/** The online backup thread: copies the live store with `VACUUM INTO` on its own connection, so the server's event loop keeps serving. */
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";

/** What the thread is started with: the live store and the file to write. */
export interface VacuumIntoData {
  file: string;
  target: string;
}

/** The thread's one answer. */
export type VacuumIntoReply = { ok: true } | { error: string };

const { file, target } = workerData as VacuumIntoData;
let reply: VacuumIntoReply;
try {
  const db = new Database(file, { fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  db.prepare("VACUUM INTO ?").run(target);
  db.close();
  reply = { ok: true };
} catch (e) {
  reply = { error: e instanceof Error ? e.message : String(e) };
}
parentPort!.postMessage(reply);
