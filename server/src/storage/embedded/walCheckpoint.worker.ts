/** The WAL checkpoint thread: its own connection to the store, one PASSIVE checkpoint per request (never waits for a lock, never blocks a writer). */
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";

/** What the thread is started with. */
export interface WalCheckpointData {
  file: string;
}

/** The thread's answer to one request. */
export type WalCheckpointReply = { busy: number; log: number; checkpointed: number } | { error: string };

const port = parentPort!;
const db = new Database((workerData as WalCheckpointData).file, { fileMustExist: true });
db.pragma("busy_timeout = 0");
port.on("message", (m: "checkpoint" | "close") => {
  if (m === "close") {
    db.close();
    port.close();
    return;
  }
  let reply: WalCheckpointReply;
  try {
    const r = (db.pragma("wal_checkpoint(PASSIVE)") as Array<{ busy: number; log: number; checkpointed: number }>)[0]!;
    reply = { busy: r.busy, log: r.log, checkpointed: r.checkpointed };
  } catch (e) {
    reply = { error: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(reply);
});
