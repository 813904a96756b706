/** The document writer thread: group-commits every document's log appends and compactions on its own SQLite connection (synchronous=FULL). */
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";
import { docLogWrites, type DocLogItem } from "./docLogWrites.ts";
import type { DocClientOwner } from "../../domain/planDocument.ts";

/** A write posted to the thread. */
export type DocWriteJob =
  | { kind: "append"; id: number; docId: string; items: DocLogItem[]; at: string }
  | { kind: "compact"; id: number; docId: string; snapshot: Uint8Array; uptoSeq: number; owners: readonly DocClientOwner[] }
  | { kind: "close" };

/** The outcome of one job: the last seq of an append (0 for a compaction), or why it failed. */
export interface DocWriteResult {
  id: number;
  value?: number;
  error?: string;
}

/** What the thread is started with. */
export interface DocWriterData {
  file: string;
  busyTimeoutMs: number;
}

const port = parentPort!;
const data = workerData as DocWriterData;
const db = new Database(data.file);
db.pragma("journal_mode = WAL");
db.pragma("synchronous = FULL");
db.pragma(`busy_timeout = ${data.busyTimeoutMs}`);
const writes = docLogWrites(db);
let queue: Array<Exclude<DocWriteJob, { kind: "close" }>> = [];
let scheduled = false;

/**
 * Commit every job that arrived while the previous commit was syncing in ONE transaction, each
 * job in its own savepoint so one failure does not fail the others: the fsync never blocks the
 * main event loop, and its cost is shared by all documents.
 */
function flush(): void {
  scheduled = false;
  const batch = queue;
  queue = [];
  const results: DocWriteResult[] = new Array<DocWriteResult>(batch.length);
  try {
    db.transaction(() => {
      batch.forEach((job, i) => {
        try {
          const value = job.kind === "append" ? writes.append(job.docId, job.items, job.at) : (writes.compact(job.docId, job.snapshot, job.uptoSeq, job.owners), 0);
          results[i] = { id: job.id, value };
        } catch (e) {
          results[i] = { id: job.id, error: messageOf(e) };
        }
      });
    }).immediate();
  } catch (e) {
    const error = messageOf(e);
    for (let i = 0; i < batch.length; i++) results[i] = { id: batch[i]!.id, error };
  }
  port.postMessage(results);
}

port.on("message", (job: DocWriteJob) => {
  if (job.kind === "close") {
    db.close();
    port.close();
    return;
  }
  queue.push(job);
  if (!scheduled) {
    scheduled = true;
    setImmediate(flush);
  }
});

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
