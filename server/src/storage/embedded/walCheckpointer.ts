import type { Worker } from "node:worker_threads";
import { log } from "../../logging/logger.ts";
import { startWorker } from "../../utils/workerThread.ts";
import type { WalCheckpointData, WalCheckpointReply } from "./walCheckpoint.worker.ts";
import type { Db } from "./database.ts";

const logger = log("storage");

/** SQLite's own default: checkpoint when the WAL holds this many pages. */
const SQLITE_DEFAULT_AUTOCHECKPOINT = 1000;

export interface WalCheckpointResult {
  /** 1 when another connection held the checkpoint lock. */
  busy: number;
  /** Pages in the WAL. */
  log: number;
  /** Pages of it now in the database file. */
  checkpointed: number;
}

export interface WalCheckpointerOptions {
  /** How often to look for new writes of this connection and checkpoint them. */
  intervalMs?: number;
  /** The database file the thread opens (default: the connection's own). */
  file?: string;
}

/**
 * Moves SQLite's WAL checkpoints off the event loop. By default the commit that takes the WAL
 * past 1,000 pages runs the checkpoint itself: it copies those pages into the database file
 * and waits for two fsyncs, which stalls every connection the process serves for milliseconds
 * (5–14 ms measured on this machine's disk with a meeting's append rate). Here the connection's
 * automatic checkpoint is off, and a thread with its own connection checkpoints whatever this
 * connection wrote, every `intervalMs` (walCheckpoint.worker.ts). The thread starts with the checkpointer; if it fails,
 * automatic checkpoints come back on.
 */
export class WalCheckpointer {
  /** Started with the store: its fixed cost (an isolate and a connection) is paid up front, not amid the first writes. */
  private readonly worker: Worker;
  private readonly timer: NodeJS.Timeout;
  private readonly changes;
  private lastChanges = -1;
  private waiting: Array<(r: WalCheckpointResult | null) => void> = [];
  private stopped = false;

  constructor(
    private readonly db: Db,
    options: WalCheckpointerOptions = {},
  ) {
    this.changes = db.prepare<[], { n: number }>("SELECT total_changes() AS n");
    db.pragma("wal_autocheckpoint = 0");
    this.timer = setInterval(() => this.tick(), options.intervalMs ?? 1_000);
    this.timer.unref();
    this.worker = this.startThread(options.file ?? db.name);
  }

  /** Checkpoint now (when none is running); resolves with SQLite's result, or null if the thread failed. */
  checkpoint(): Promise<WalCheckpointResult | null> {
    if (this.stopped) return Promise.resolve(null);
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      if (this.waiting.length === 1) this.worker.postMessage("checkpoint");
    });
  }

  /** Stop the thread (before the connection closes); the connection checkpoints on its own again. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    clearInterval(this.timer);
    this.worker.postMessage("close");
    this.settle(null);
    if (this.db.open) this.db.pragma(`wal_autocheckpoint = ${SQLITE_DEFAULT_AUTOCHECKPOINT}`);
  }

  private tick(): void {
    if (this.stopped || !this.db.open || this.waiting.length > 0) return;
    const n = this.changes.get()?.n ?? 0;
    if (n === this.lastChanges) return;
    this.lastChanges = n;
    void this.checkpoint();
  }

  private startThread(file: string): Worker {
    const w = startWorker("walCheckpoint", import.meta.url, { workerData: { file } satisfies WalCheckpointData });
    w.unref();
    w.on("message", (r: WalCheckpointReply) => {
      if ("error" in r) {
        logger.warn({ error: r.error }, "WAL checkpoint failed");
        this.settle(null);
      } else this.settle(r);
    });
    w.on("error", (err) => this.fail(err));
    w.on("exit", (code) => this.fail(new Error(`checkpoint thread exited (${code})`)));
    return w;
  }

  /** The thread is gone: the connection checkpoints inline again, as SQLite does by default. */
  private fail(err: Error): void {
    if (this.stopped) return;
    logger.error({ err }, "WAL checkpoint thread failed; checkpoints run inline again");
    this.stop();
  }

  private settle(r: WalCheckpointResult | null): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve(r);
  }
}
