import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import { log } from "../../logging/logger.ts";
import { BUSY_TIMEOUT_MS } from "./database.ts";
import type { DocClientOwner } from "../../domain/planDocument.ts";

const logger = log("storage");

/*
 * The writer thread (used with synchronous=FULL) owns its own SQLite connection (WAL, FULL) and
 * group-commits: every job that arrived while the previous commit was syncing
 * goes into ONE transaction (appends of every document, compactions), each job
 * in its own savepoint so one failure does not fail the others. The fsync thus
 * never blocks the main event loop, and its cost is shared by all documents.
 * Plain JavaScript evaluated from a string so it runs under tsx, vitest and node.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.sqlitePath);
const db = new Database(workerData.file);
db.pragma("journal_mode = WAL");
db.pragma("synchronous = FULL");
db.pragma("busy_timeout = ${BUSY_TIMEOUT_MS}");
const ensure = db.prepare("INSERT OR IGNORE INTO doc_snapshots (doc_id, snapshot, snapshot_seq, next_seq) VALUES (?, NULL, 0, 1)");
const bump = db.prepare("UPDATE doc_snapshots SET next_seq = next_seq + ? WHERE doc_id = ? RETURNING next_seq");
const insert = db.prepare("INSERT INTO doc_updates (doc_id, seq, data, user_id, created_at) VALUES (?, ?, ?, ?, ?)");
const snap = db.prepare("SELECT snapshot_seq FROM doc_snapshots WHERE doc_id = ?");
const setSnap = db.prepare("UPDATE doc_snapshots SET snapshot = ?, snapshot_seq = ? WHERE doc_id = ?");
const prune = db.prepare("DELETE FROM doc_updates WHERE doc_id = ? AND seq <= ?");
const own = db.prepare("INSERT OR IGNORE INTO doc_client_owners (doc_id, client_id, user_id) VALUES (?, ?, ?)");
const buf = (u) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);
const append = db.transaction((job) => {
  ensure.run(job.docId);
  const next = bump.get(job.items.length, job.docId).next_seq;
  let seq = next - job.items.length;
  for (const it of job.items) insert.run(job.docId, seq++, buf(it.data), it.userId, job.at);
  return next - 1;
});
const compact = db.transaction((job) => {
  for (const o of job.owners) own.run(job.docId, o.clientId, o.userId);
  const cur = snap.get(job.docId);
  if (cur && cur.snapshot_seq > job.uptoSeq) return 0;
  ensure.run(job.docId);
  setSnap.run(buf(job.snapshot), job.uptoSeq, job.docId);
  prune.run(job.docId, job.uptoSeq);
  return 0;
});
let queue = [];
let scheduled = false;
function flush() {
  scheduled = false;
  const batch = queue;
  queue = [];
  const results = new Array(batch.length);
  try {
    db.transaction(() => {
      batch.forEach((job, i) => {
        try {
          results[i] = { id: job.id, value: job.kind === "append" ? append(job) : compact(job) };
        } catch (e) {
          results[i] = { id: job.id, error: String((e && e.message) || e) };
        }
      });
    }).immediate();
  } catch (e) {
    const error = String((e && e.message) || e);
    for (let i = 0; i < batch.length; i++) results[i] = { id: batch[i].id, error };
  }
  parentPort.postMessage(results);
}
parentPort.on("message", (job) => {
  if (job.kind === "close") {
    db.close();
    parentPort.close();
    return;
  }
  queue.push(job);
  if (!scheduled) {
    scheduled = true;
    setImmediate(flush);
  }
});
`;

type Pending = { resolve: (v: number) => void; reject: (e: Error) => void };
type Job =
  | { kind: "append"; docId: string; items: Array<{ data: Uint8Array; userId: string | null }>; at: string }
  | { kind: "compact"; docId: string; snapshot: Uint8Array; uptoSeq: number; owners: readonly DocClientOwner[] };

/**
 * Durable writes of the document log from a dedicated worker thread with its
 * own connection to `file`. Jobs posted in the same event-loop turn (from any
 * document) and everything queued while a commit is syncing are committed in
 * one transaction. Promises resolve only after the commit (durable before
 * visible). The thread starts right away (its start-up must not delay the
 * first edit) and stops once the main connection is closed and nothing is pending.
 */
export class DocWriter {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private readonly watch: NodeJS.Timeout;

  constructor(
    private readonly file: string,
    private readonly isOpen: () => boolean,
    checkMs = 2_000,
  ) {
    this.ensureWorker();
    this.watch = setInterval(() => this.stopIfClosed(), checkMs);
    this.watch.unref();
  }

  /** Append log entries; resolves with the last seq once committed. */
  append(docId: string, items: Array<{ data: Uint8Array; userId: string | null }>, at: string): Promise<number> {
    return this.post({ kind: "append", docId, items, at });
  }

  /**
   * Replace the snapshot and prune the log up to `uptoSeq`, in commit order with the appends,
   * recording `owners` (insert-or-ignore) in the same transaction.
   */
  async compact(docId: string, snapshot: Uint8Array, uptoSeq: number, owners: readonly DocClientOwner[]): Promise<void> {
    await this.post({ kind: "compact", docId, snapshot, uptoSeq, owners });
  }

  private post(job: Job): Promise<number> {
    const w = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<number>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      w.postMessage({ ...job, id });
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const sqlitePath = createRequire(import.meta.url).resolve("better-sqlite3");
    const w = new Worker(WORKER_SOURCE, { eval: true, workerData: { sqlitePath, file: this.file } });
    w.unref();
    w.on("message", (results: Array<{ id: number; value?: number; error?: string }>) => {
      for (const r of results) {
        const p = this.pending.get(r.id);
        if (!p) continue;
        this.pending.delete(r.id);
        if (r.error !== undefined) p.reject(new Error(r.error));
        else p.resolve(r.value ?? 0);
      }
    });
    w.on("error", (err) => {
      logger.error({ err }, "document writer thread failed");
      this.failAll(w, err);
    });
    w.on("exit", () => this.failAll(w, new Error("document writer thread exited")));
    this.worker = w;
    return w;
  }

  /** The store was closed: let the thread finish and close its connection. */
  private stopIfClosed(): void {
    if (this.isOpen() || this.pending.size > 0) return;
    clearInterval(this.watch);
    const w = this.worker;
    this.worker = null;
    w?.postMessage({ kind: "close" });
  }

  private failAll(w: Worker, err: Error): void {
    if (this.worker === w) this.worker = null;
    if (this.worker !== null) return; // a newer worker owns the pending jobs
    const jobs = [...this.pending.values()];
    this.pending.clear();
    for (const j of jobs) j.reject(err);
  }
}
