import fs from "node:fs";
import { Router, type Response } from "express";
import type { z } from "zod";
import { ExportRequestSchema } from "@jigsaw/shared/export/exportSchema";
import { auditActorFor, recordAudit } from "../commands/auditRecorder.ts";
import { NotFoundError, RateLimitedError, ServiceUnavailableError, AppError } from "../errors.ts";
import { exportInputFor } from "../export/exportInput.ts";
import { exportJobsFor } from "../export/exportRegistry.ts";
import { contentDisposition, EXPORT_MIME } from "../export/fileName.ts";
import { parse } from "../middlewares/validate.ts";
import { authorizePlan } from "../policies/index.ts";
import type { ServerContext } from "../services/context.ts";
import type { PlanRecord } from "../domain/plan.ts";
import { loadPlanMember } from "./agreements.ts";
import { idParam } from "./loaders.ts";

function sendFile(res: Response, path: string, fileName: string, format: string, size: number | null): void {
  res.setHeader("Content-Type", EXPORT_MIME[format] ?? "application/octet-stream");
  res.setHeader("Content-Disposition", contentDisposition(fileName));
  res.setHeader("X-Content-Type-Options", "nosniff");
  if (size !== null) res.setHeader("Content-Length", String(size));
  const stream = fs.createReadStream(path);
  stream.on("error", () => res.destroy());
  stream.pipe(res);
}

/**
 * Exports of any version (agreed by default, or the current draft) as DOCX,
 * PDF, Markdown, HTML or JSON. Rendering runs in the export process as a job:
 * POST creates it, GET polls progress, GET .../download streams the file.
 * `POST /export` (same body as `POST /exports`) does all three in one request for API users.
 * No GET starts an export: GETs only read jobs that exist (a cross-site GET, which the
 * same-origin check lets through, changes nothing).
 */
export function exportRoutes(ctx: ServerContext): Router {
  const router = Router({ mergeParams: true });

  async function start(plan: PlanRecord, userId: string, organisation: string | null, input: z.infer<typeof ExportRequestSchema>) {
    const data = await exportInputFor(ctx, plan, input.version, input.lens, input.includeComments);
    const job = exportJobsFor(ctx).create(userId, plan.id, plan.title, input.format, data);
    if (!job) throw RateLimitedError("Too many exports are running; try again in a minute");
    const who = await auditActorFor(ctx, userId, { organisation: organisation ?? "" });
    await recordAudit(ctx, {
      plan,
      actor: { ...who, organisation },
      action: "export.created",
      subjectType: "export",
      subjectId: job.id,
      details: { format: input.format, version: data.version.id ?? "current", versionName: data.version.name, lens: input.lens, includeComments: input.includeComments },
    });
    return job;
  }

  router.post("/exports", async (req, res) => {
    const { actor, plan, membership } = await loadPlanMember(ctx, req);
    authorizePlan(actor, "export", plan);
    const input = parse(ExportRequestSchema, req.body);
    const job = await start(plan, actor.user.id, membership?.organisation ?? null, input);
    res.status(202).json({ data: job });
  });

  router.get("/exports/:jobId", async (req, res) => {
    const { actor, plan } = await loadPlanMember(ctx, req);
    authorizePlan(actor, "export", plan);
    const job = exportJobsFor(ctx).get(idParam(req, "jobId"), actor.user.id, plan.id);
    if (!job) throw NotFoundError("Export not found");
    res.json({ data: job });
  });

  router.get("/exports/:jobId/download", async (req, res) => {
    const { actor, plan } = await loadPlanMember(ctx, req);
    authorizePlan(actor, "export", plan);
    const jobs = exportJobsFor(ctx);
    const id = idParam(req, "jobId");
    const job = jobs.get(id, actor.user.id, plan.id);
    if (!job) throw NotFoundError("Export not found");
    if (job.status === "failed") throw new AppError(500, "internal_error", job.error ?? "The export could not be made");
    const path = jobs.filePath(id, actor.user.id, plan.id);
    if (!path) throw new AppError(409, "conflict", "The export is not ready yet");
    sendFile(res, path, job.fileName, job.format, job.size);
  });

  router.post("/export", async (req, res) => {
    const { actor, plan, membership } = await loadPlanMember(ctx, req);
    authorizePlan(actor, "export", plan);
    const input = parse(ExportRequestSchema, req.body);
    const job = await start(plan, actor.user.id, membership?.organisation ?? null, input);
    const jobs = exportJobsFor(ctx);
    const done = await jobs.finished(job.id);
    const path = jobs.filePath(job.id, actor.user.id, plan.id);
    if (!done || done.status !== "done" || !path) throw ServiceUnavailableError("The export could not be made");
    sendFile(res, path, done.fileName, done.format, done.size);
  });

  return router;
}
