import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { PlanExportInput } from "@jigsaw/shared/export/buildPlanExport";
import type { ExportFormat } from "@jigsaw/shared/export/exportSchema";
import type { ExportJobView } from "@jigsaw/shared/export/exportJob";
import { log } from "../logging/logger.ts";
import { newId } from "../utils/ids.ts";
import { nowIso } from "../utils/clock.ts";
import type { WorkerMessage } from "./exportWorker.ts";
import { exportFileName } from "./fileName.ts";
import { lowerPriority, type LoweredTo } from "./lowerPriority.ts";
import { renderExportToFile, type DeferredExportInput, type RenderJob } from "./renderExport.ts";

const logger = log("export");

interface Job extends ExportJobView {
  ownerId: string;
  outPath: string;
  render: RenderJob;
  waiters: Array<() => void>;
  expiresAt: number;
}

/** Options of the job runner. */
export interface ExportJobsOptions {
  /** Render in the export process (default true); false renders inline (tests of the fallback). */
  useWorker?: boolean;
  /** How long finished files are kept for download. */
  keepMs?: number;
  /** Most jobs queued or running at once (per server). */
  maxQueued?: number;
}

/*
 * The renderer runs in a child process, not a worker thread: a thread's V8 heap
 * shares the process's garbage-collector threads, which run at the server's
 * priority and took the server's CPU while a PDF was laid out. A child process
 * at the lowest priority (SCHED_IDLE, with its own GC threads; `lowerPriority`)
 * only gets CPU the server leaves idle.
 * From source (tsx, vitest) it boots TypeScript through tsx; from the compiled
 * server (server/dist) it runs the compiled exportWorker.js beside it with plain node.
 */
/**
 * Export jobs: POST creates a job (queued), one export process renders jobs
 * one after another and reports progress, GET polls, download streams the
 * file. Files live in a private temp directory and are deleted after
 * `keepMs` or on close.
 */
export class ExportJobs {
  private readonly jobs = new Map<string, Job>();
  private readonly queue: Job[] = [];
  private worker: ChildProcess | null = null;
  private workerReady: Promise<ChildProcess> | null = null;
  private running: Job | null = null;
  private readonly dir: string;
  private readonly sweeper: NodeJS.Timeout;
  private closed = false;
  private readonly options: Required<ExportJobsOptions>;

  constructor(options: ExportJobsOptions = {}) {
    this.options = { useWorker: true, keepMs: 15 * 60_000, maxQueued: 20, ...options };
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), "jigsaw-exports-"));
    this.sweeper = setInterval(() => this.sweep(), 60_000);
    this.sweeper.unref();
  }

  /** Queue a job. Returns null when too many are waiting. */
  create(ownerId: string, planId: string, planTitle: string, format: ExportFormat, input: PlanExportInput | DeferredExportInput): ExportJobView | null {
    if (this.closed) return null;
    if (this.queue.length + (this.running ? 1 : 0) >= this.options.maxQueued) return null;
    const id = newId();
    const outPath = path.join(this.dir, `${id}.${format}`);
    const job: Job = {
      id,
      planId,
      ownerId,
      format,
      status: "queued",
      progress: 0,
      stage: "queued",
      fileName: exportFileName(planTitle, input.version.name, input.generatedAt, format),
      size: null,
      error: null,
      createdAt: nowIso(),
      versionName: input.version.name,
      outPath,
      render: { format, input, outPath },
      waiters: [],
      expiresAt: Date.now() + this.options.keepMs,
    };
    this.jobs.set(id, job);
    this.queue.push(job);
    this.pump();
    return view(job);
  }

  /** A job of `ownerId` on `planId`, or null. */
  get(jobId: string, ownerId: string, planId: string): ExportJobView | null {
    const j = this.jobs.get(jobId);
    return j && j.ownerId === ownerId && j.planId === planId ? view(j) : null;
  }

  /** The finished file's path (null unless done). */
  filePath(jobId: string, ownerId: string, planId: string): string | null {
    const j = this.jobs.get(jobId);
    return j && j.ownerId === ownerId && j.planId === planId && j.status === "done" ? j.outPath : null;
  }

  /** Resolves when the job has finished (done or failed). */
  async finished(jobId: string): Promise<ExportJobView | null> {
    const j = this.jobs.get(jobId);
    if (!j) return null;
    if (j.status === "done" || j.status === "failed") return view(j);
    await new Promise<void>((resolve) => j.waiters.push(resolve));
    return view(j);
  }

  /** Stop the worker and delete every file. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.sweeper);
    for (const j of this.queue.splice(0)) this.finish(j, "failed", "The server is shutting down");
    if (this.running) this.finish(this.running, "failed", "The server is shutting down");
    const w = this.worker;
    this.worker = null;
    this.workerReady = null;
    if (w && w.exitCode === null) {
      const exited = new Promise<void>((r) => w.once("exit", () => r()));
      w.kill("SIGKILL");
      await exited;
    }
    await fs.promises.rm(this.dir, { recursive: true, force: true });
  }

  private sweep(): void {
    const now = Date.now();
    for (const j of this.jobs.values()) {
      if (j.expiresAt < now && j.status !== "running" && j.status !== "queued") {
        this.jobs.delete(j.id);
        fs.promises.rm(j.outPath, { force: true }).catch(() => undefined);
      }
    }
  }

  private pump(): void {
    if (this.running || this.closed) return;
    const job = this.queue.shift();
    if (!job) return;
    this.running = job;
    job.status = "running";
    job.stage = "starting";
    const onProgress = (progress: number, stage: string) => {
      job.progress = Math.max(job.progress, Math.min(0.99, progress));
      job.stage = stage;
    };
    const run = this.options.useWorker
      ? this.runInWorker(job, onProgress).catch(async (err: unknown) => {
          if (this.closed) throw err;
          logger.warn({ err: err instanceof Error ? err.message : String(err) }, "export worker unavailable; rendering inline");
          return renderExportToFile(job.render, onProgress);
        })
      : renderExportToFile(job.render, onProgress);
    run.then(
      (size) => {
        job.size = size;
        this.finish(job, "done", null);
      },
      (err: unknown) => {
        logger.error({ err: err instanceof Error ? err.message : String(err), jobId: job.id, format: job.format }, "export failed");
        this.finish(job, "failed", "The export could not be made");
      },
    );
  }

  private finish(job: Job, status: "done" | "failed", error: string | null): void {
    job.status = status;
    job.error = error;
    if (status === "done") job.progress = 1;
    job.stage = status;
    job.expiresAt = Date.now() + this.options.keepMs;
    if (this.running === job) this.running = null;
    for (const w of job.waiters.splice(0)) w();
    this.pump();
  }

  /** Jobs waiting for the export process (the one rendering not counted). */
  queueDepth(): number {
    return this.queue.length;
  }

  private ensureWorker(): Promise<ChildProcess> {
    if (this.workerReady) return this.workerReady;
    this.workerReady = new Promise<ChildProcess>((resolve, reject) => {
      const compiled = import.meta.url.endsWith(".js");
      const w = fork(fileURLToPath(new URL(compiled ? "./exportWorker.js" : "./exportWorker.ts", import.meta.url)), [], {
        execArgv: compiled ? [] : ["--import", "tsx"],
        serialization: "advanced",
        stdio: ["ignore", "inherit", "inherit", "ipc"],
      });
      // lowered before it renders anything (it is ready only after booting TypeScript)
      const lowered = w.pid !== undefined ? lowerPriority(w.pid) : Promise.resolve<LoweredTo>("unchanged");
      // never keeps the server alive; dies with it (the child exits when the channel closes)
      w.unref();
      w.channel?.unref();
      const onBoot = (m: WorkerMessage) => {
        if (m.type !== "ready") return;
        w.off("message", onBoot);
        void lowered.then((to) => {
          if (to !== "idle") logger.warn({ priority: to }, "export process could not be set to SCHED_IDLE: exports may slow live editing");
          if (w.exitCode !== null || this.closed) return reject(new Error("export process exited"));
          this.worker = w;
          resolve(w);
        });
      };
      w.on("message", onBoot);
      w.on("error", (err) => {
        logger.error({ err }, "export process failed");
        reject(err);
      });
      w.on("exit", (code, signal) => {
        if (this.worker === w) this.worker = null;
        this.workerReady = null;
        if (!this.closed && code !== 0) logger.warn({ code, signal }, "export process exited");
        reject(new Error("export process exited")); // no-op once it was ready
      });
    });
    this.workerReady.catch(() => {
      this.workerReady = null;
    });
    return this.workerReady;
  }

  private async runInWorker(job: Job, onProgress: (p: number, stage: string) => void): Promise<number> {
    const w = await this.ensureWorker();
    return new Promise<number>((resolve, reject) => {
      const onMessage = (m: WorkerMessage) => {
        if (m.type === "ready" || m.jobId !== job.id) return;
        if (m.type === "progress") onProgress(m.progress, m.stage);
        else {
          w.off("message", onMessage);
          w.off("exit", onExit);
          if (m.type === "done") resolve(m.size);
          else reject(new Error(m.error));
        }
      };
      const onExit = () => {
        w.off("message", onMessage);
        reject(new Error("export process exited"));
      };
      w.on("message", onMessage);
      w.once("exit", onExit);
      w.send({ jobId: job.id, job: job.render });
    });
  }
}

function view(j: Job): ExportJobView {
  return {
    id: j.id,
    planId: j.planId,
    format: j.format,
    status: j.status,
    progress: Math.round(j.progress * 100) / 100,
    stage: j.stage,
    fileName: j.fileName,
    size: j.size,
    error: j.error,
    createdAt: j.createdAt,
    versionName: j.versionName,
  };
}
