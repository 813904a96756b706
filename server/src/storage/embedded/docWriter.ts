/** The main thread's side of the document writer thread: posts log writes to it and settles each once committed. */
import type { Worker } from "node:worker_threads";
import { log } from "../../logging/logger.ts";
import { startWorker } from "../../utils/workerThread.ts";
import { BUSY_TIMEOUT_MS } from "./database.ts";
import type { DocLogItem } from "./docLogWrites.ts";
import type { DocWriteJob, DocWriteResult, DocWriterData } from "./docWriter.worker.ts";
import type { DocClientOwner } from "../../domain/planDocument.ts";

const logger = log("storage");

type Pending = { resolve: (v: number) => void; reject: (e: Error) => void };
/** A write as posted, before it is numbered. */
type Job = Omit<Extract<DocWriteJob, { kind: "append" }>, "id"> | Omit<Extract<DocWriteJob, { kind: "compact" }>, "id">;

/**
 * Durable writes of the document log from a dedicated worker thread
 * (docWriter.worker.ts) with its own connection to `file`. Jobs posted in the
 * same event-loop turn (from any document) and everything queued while a commit
 * is syncing are committed in one transaction. Promises resolve only after the commit (durable before
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
  append(docId: string, items: DocLogItem[], at: string): Promise<number> {
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
    const workerData: DocWriterData = { file: this.file, busyTimeoutMs: BUSY_TIMEOUT_MS };
    const w = startWorker("docWriter", import.meta.url, { workerData });
    w.unref();
    w.on("message", (results: DocWriteResult[]) => {
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
    w?.postMessage({ kind: "close" } satisfies DocWriteJob);
  }

  private failAll(w: Worker, err: Error): void {
    if (this.worker === w) this.worker = null;
    if (this.worker !== null) return; // a newer worker owns the pending jobs
    const jobs = [...this.pending.values()];
    this.pending.clear();
    for (const j of jobs) j.reject(err);
  }
}
