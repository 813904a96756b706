import { Router, type Request } from "express";
import { z } from "zod";
import * as Y from "yjs";
import { readPlan } from "@jigsaw/shared/plan/index";
import { diffSnapshots } from "@jigsaw/shared/versions/snapshotDiff";
import { NameVersionInputSchema, RenameVersionInputSchema } from "@jigsaw/shared/versions/schema";
import { auditActorFor, recordAudit } from "../commands/auditRecorder.ts";
import { loadPlanState } from "../commands/planDocAccess.ts";
import { userNames } from "../commands/userNames.ts";
import { createVersion, versionSnapshot } from "../commands/versionCreator.ts";
import { versionRestorer } from "../commands/versionRestorer.ts";
import { ImmutableError, NotFoundError } from "../errors.ts";
import { parse } from "../middlewares/validate.ts";
import { authorizePlan } from "../policies/index.ts";
import { presentVersion } from "../presenters/version.ts";
import type { ServerContext } from "../services/context.ts";
import type { PlanRecord } from "../domain/plan.ts";
import type { VersionRecord } from "../domain/version.ts";
import { loadPlanMember } from "./agreements.ts";
import { idParam } from "./loaders.ts";

const DiffQuerySchema = z.object({
  from: z.string().min(1),
  to: z.string().min(1).default("current"),
});

/**
 * Plan versions: history, name the current state, read one, diff any two
 * (or a version and the live draft), restore as a new change. Versions are
 * append-only; agreed versions are immutable on every route (409).
 */
export function versionRoutes(ctx: ServerContext): Router {
  const router = Router({ mergeParams: true });

  async function loadVersion(plan: PlanRecord, req: Request): Promise<VersionRecord> {
    const v = await ctx.storage.versions.findById(idParam(req, "versionId"));
    if (!v || v.planId !== plan.id) throw NotFoundError("Version not found");
    return v;
  }

  router.get("/", async (req, res) => {
    const { actor, plan } = await loadPlanMember(ctx, req);
    authorizePlan(actor, "read", plan);
    const list = await ctx.storage.versions.listForPlan(plan.id);
    const names = await userNames(ctx, list.map((v) => v.createdBy));
    res.json({ data: list.map((v) => presentVersion(v, names)) });
  });

  router.post("/", async (req, res) => {
    const { actor, plan, membership } = await loadPlanMember(ctx, req);
    authorizePlan(actor, "nameVersion", plan);
    const input = parse(NameVersionInputSchema, req.body);
    const who = await auditActorFor(ctx, actor.user.id, membership);
    const v = await createVersion(ctx, plan, { kind: "named", name: input.name, actor: who });
    res.status(201).json({ data: presentVersion(v, new Map([[who.userId, who.displayName]])) });
  });

  router.get("/diff", async (req, res) => {
    const { actor, plan } = await loadPlanMember(ctx, req);
    authorizePlan(actor, "read", plan);
    const q = parse(DiffQuerySchema, req.query);
    const snapshotOf = async (ref: string) => {
      if (ref === "current") {
        const doc = new Y.Doc();
        try {
          Y.applyUpdate(doc, await loadPlanState(ctx, plan.id));
          return readPlan(doc);
        } finally {
          doc.destroy();
        }
      }
      const v = await ctx.storage.versions.findById(ref);
      if (!v || v.planId !== plan.id) throw NotFoundError("Version not found");
      return versionSnapshot(v);
    };
    const [from, to] = await Promise.all([snapshotOf(q.from), snapshotOf(q.to)]);
    res.json({ data: { from: q.from, to: q.to, diff: diffSnapshots(from, to) } });
  });

  router.get("/:versionId", async (req, res) => {
    const { actor, plan } = await loadPlanMember(ctx, req);
    authorizePlan(actor, "read", plan);
    const v = await loadVersion(plan, req);
    const names = await userNames(ctx, [v.createdBy]);
    res.json({ data: { ...presentVersion(v, names), snapshot: versionSnapshot(v) } });
  });

  router.patch("/:versionId", async (req, res) => {
    const { actor, plan, membership } = await loadPlanMember(ctx, req);
    authorizePlan(actor, "nameVersion", plan);
    const v = await loadVersion(plan, req);
    if (v.kind === "agreed") throw ImmutableError("An agreed version cannot be changed");
    const input = parse(RenameVersionInputSchema, req.body);
    if (!(await ctx.storage.versions.rename(v.id, input.name))) throw ImmutableError("An agreed version cannot be changed");
    const who = await auditActorFor(ctx, actor.user.id, membership);
    await recordAudit(ctx, { plan, actor: who, action: "version.renamed", subjectType: "version", subjectId: v.id, details: { from: v.name, to: input.name } });
    const names = await userNames(ctx, [v.createdBy]);
    res.json({ data: presentVersion({ ...v, name: input.name }, names) });
  });

  const neverChanged = async (req: Request) => {
    const { actor, plan } = await loadPlanMember(ctx, req);
    authorizePlan(actor, "nameVersion", plan);
    const v = await loadVersion(plan, req);
    throw ImmutableError(v.kind === "agreed" ? "An agreed version cannot be changed or deleted" : "Version history is never rewritten or deleted");
  };
  router.put("/:versionId", async (req) => neverChanged(req));
  router.delete("/:versionId", async (req) => neverChanged(req));
  router.post("/:versionId", async (req) => neverChanged(req));

  router.post("/:versionId/restore", async (req, res) => {
    const { actor, plan, membership } = await loadPlanMember(ctx, req);
    authorizePlan(actor, "restoreVersion", plan);
    const v = await loadVersion(plan, req);
    const who = await auditActorFor(ctx, actor.user.id, membership);
    const { before, report } = await versionRestorer(ctx, plan, v.id, who);
    res.json({ data: { restored: v.id, before: presentVersion(before, new Map([[who.userId, who.displayName]])), report } });
  });

  return router;
}
