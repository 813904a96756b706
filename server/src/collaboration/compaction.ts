import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import * as Y from "yjs";
import { log } from "../logging/logger.ts";

const logger = log("collaboration");

/** Result of applying a snapshot and an update log into a fresh doc. */
export interface MergedLog {
  /** `Y.encodeStateAsUpdate` of the resulting doc. */
  state: Uint8Array;
  /** Updates that failed to apply (poisoned log entries), by index. */
  skipped: number[];
}

/*
 * The worker applies the log into a Y.Doc in transactions of 500 updates and
 * encodes it (never Y.mergeUpdates over a long log, which is superlinear). It
 * is plain JavaScript evaluated from a string so that it runs the same under
 * tsx, vitest and node without a TypeScript loader in the worker.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Y = require(workerData.yjsPath);
parentPort.on("message", (job) => {
  try {
    const doc = new Y.Doc();
    const skipped = [];
    if (job.base) Y.applyUpdate(doc, job.base);
    for (let i = 0; i < job.updates.length; i += 500) {
      doc.transact(() => {
        for (let j = i; j < Math.min(i + 500, job.updates.length); j++) {
          try { Y.applyUpdate(doc, job.updates[j]); } catch (e) { skipped.push(j); }
        }
      });
    }
    const state = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    parentPort.postMessage({ id: job.id, state, skipped }, [state.buffer]);
  } catch (e) {
    parentPort.postMessage({ id: job.id, error: String((e && e.message) || e) });
  }
});
`;

/** Apply a log inline (fallback, and for short logs). Same algorithm as the worker. */
export function mergeLogInline(base: Uint8Array | null, updates: readonly Uint8Array[]): MergedLog {
  const doc = new Y.Doc();
  const skipped: number[] = [];
  if (base) Y.applyUpdate(doc, base);
  for (let i = 0; i < updates.length; i += 500) {
    doc.transact(() => {
      for (let j = i; j < Math.min(i + 500, updates.length); j++) {
        try {
          Y.applyUpdate(doc, updates[j]!);
        } catch {
          skipped.push(j);
        }
      }
    });
  }
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return { state, skipped };
}

type Job = { resolve: (r: MergedLog) => void; reject: (e: Error) => void };

/**
 * Merges snapshot + update log into one state off the event loop, in one
 * lazily started worker thread shared by every document. Used to load long
 * logs and to compact.
 */
export class LogMerger {
  private worker: Worker | null = null;
  private readonly jobs = new Map<number, Job>();
  private nextId = 1;
  private closed = false;

  /** Merge in the worker; falls back to inline when no worker can run. */
  async merge(base: Uint8Array | null, updates: readonly Uint8Array[]): Promise<MergedLog> {
    if (this.closed) return mergeLogInline(base, updates);
    let worker: Worker;
    try {
      worker = this.ensureWorker();
    } catch (err) {
      logger.warn({ err }, "log merge worker unavailable; merging inline");
      return mergeLogInline(base, updates);
    }
    const id = this.nextId++;
    return new Promise<MergedLog>((resolve, reject) => {
      this.jobs.set(id, { resolve, reject });
      worker.postMessage({ id, base, updates });
    });
  }

  /** Stop the worker; pending merges are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    const w = this.worker;
    this.worker = null;
    this.failAll(new Error("log merger closed"));
    if (w) await w.terminate();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const yjsPath = createRequire(import.meta.url).resolve("yjs");
    const w = new Worker(WORKER_SOURCE, { eval: true, workerData: { yjsPath } });
    w.unref();
    w.on("message", (msg: { id: number; state?: Uint8Array; skipped?: number[]; error?: string }) => {
      const job = this.jobs.get(msg.id);
      if (!job) return;
      this.jobs.delete(msg.id);
      if (msg.error !== undefined || !msg.state) job.reject(new Error(msg.error ?? "merge failed"));
      else job.resolve({ state: new Uint8Array(msg.state), skipped: msg.skipped ?? [] });
    });
    w.on("error", (err) => {
      logger.error({ err }, "log merge worker failed");
      if (this.worker === w) this.worker = null;
      this.failAll(err);
    });
    w.on("exit", () => {
      if (this.worker === w) this.worker = null;
      this.failAll(new Error("log merge worker exited"));
    });
    this.worker = w;
    return w;
  }

  private failAll(err: Error): void {
    const jobs = [...this.jobs.values()];
    this.jobs.clear();
    for (const j of jobs) j.reject(err);
  }
}
