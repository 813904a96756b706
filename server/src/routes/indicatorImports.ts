import express, { Router, type NextFunction, type Request, type Response } from "express";
import { INDICATOR_IMPORT_LIMITS, IndicatorImportQuerySchema } from "@jigsaw/shared/plan/index";
import { auditActorFor } from "../commands/auditRecorder.ts";
import { indicatorImporter, indicatorImportPreview } from "../commands/indicatorImporter.ts";
import { AppError, ValidationError } from "../errors.ts";
import { parse } from "../middlewares/validate.ts";
import { authorizePlan } from "../policies/index.ts";
import type { Services } from "../services/services.ts";
import { loadPlanMember } from "./agreements.ts";

const MB = 1024 * 1024;

/** The CSV body (`text/csv`), up to the import limit; a larger file is refused before it is read. */
function csvBody() {
  const text = express.text({ type: ["text/csv", "text/plain"], limit: INDICATOR_IMPORT_LIMITS.maxBytes, defaultCharset: "utf-8" });
  return (req: Request, res: Response, next: NextFunction) =>
    text(req, res, (err?: unknown) => {
      const e = err as { type?: string; length?: number } | undefined;
      if (e?.type === "entity.too.large") {
        const size = typeof e.length === "number" ? `${(e.length / MB).toFixed(1)} MB` : "too large";
        return next(new AppError(413, "payload_too_large", `The file is ${size}; the largest file that can be imported is ${INDICATOR_IMPORT_LIMITS.maxBytes / MB} MB`));
      }
      next(err);
    });
}

function csvOf(req: Request): string {
  if (typeof req.body !== "string") throw ValidationError("Send the CSV file as the request body with the type text/csv");
  return req.body;
}

/**
 * Indicator imports (Fingertips `all_data` or plain CSV). `POST /preview`
 * says what would be created or updated; `POST /` does it, in one change.
 * The file is the `text/csv` body; choices (series, area, indicator) are in
 * the query. Editors only.
 */
export function indicatorImportRoutes(ctx: Services): Router {
  const router = Router({ mergeParams: true });

  router.post("/preview", csvBody(), async (req, res) => {
    const { actor, plan } = await loadPlanMember(ctx, req);
    authorizePlan(actor, "edit", plan);
    const query = parse(IndicatorImportQuerySchema, { ...req.query });
    res.json({ data: await indicatorImportPreview(ctx, plan, csvOf(req), query) });
  });

  router.post("/", csvBody(), async (req, res) => {
    const { actor, plan, membership } = await loadPlanMember(ctx, req);
    authorizePlan(actor, "edit", plan);
    const query = parse(IndicatorImportQuerySchema, { ...req.query });
    const csv = csvOf(req);
    const who = await auditActorFor(ctx, actor.user.id, membership);
    res.status(201).json({ data: await indicatorImporter(ctx, plan, who, csv, query) });
  });

  return router;
}
