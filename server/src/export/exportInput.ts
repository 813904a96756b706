import * as Y from "yjs";
import type { PlanExportInput } from "@jigsaw/shared/export/buildPlanExport";
import type { ExportLens } from "@jigsaw/shared/export/exportSchema";
import { readPlan, type PlanSnapshot } from "@jigsaw/shared/plan/index";
import type { SignOffRecord } from "@jigsaw/shared/versions/schema";
import { NotFoundError } from "../errors.ts";
import type { ServerContext } from "../services/context.ts";
import type { PlanRecord } from "../storage/types.ts";
import { loadPlanState } from "../commands/planDocAccess.ts";
import { snapshotHash, versionSnapshot } from "../commands/versionCreator.ts";
import { nowIso } from "../utils/clock.ts";
import { exportCommentsFor } from "./commentsProvider.ts";

/** Which version: an id, "agreed" (latest agreed) or "current" (live draft). Undefined = agreed if any, else current. */
export type VersionRef = string | "agreed" | "current" | undefined;

/**
 * Gather everything an export needs on the main thread (storage and the live
 * document live here); the worker only builds and renders.
 */
export async function exportInputFor(
  ctx: ServerContext,
  plan: PlanRecord,
  ref: VersionRef,
  lens: ExportLens,
  includeComments: boolean,
): Promise<PlanExportInput> {
  const partnership = await ctx.storage.partnerships.findById(plan.partnershipId);
  if (!partnership) throw NotFoundError("Plan not found");
  let version: PlanExportInput["version"];
  let snapshot: PlanSnapshot;
  let signOff: SignOffRecord | null = null;
  let versionId: string | null = null;
  if (ref === "agreed" || ref === undefined) {
    const agreed = (await ctx.storage.versions.listForPlan(plan.id)).find((v) => v.kind === "agreed");
    if (agreed) versionId = agreed.id;
    else if (ref === "agreed") throw NotFoundError("This plan has no agreed version yet");
  } else if (ref !== "current") {
    versionId = ref;
  }
  if (versionId) {
    const v = await ctx.storage.versions.findById(versionId);
    if (!v || v.planId !== plan.id) throw NotFoundError("Version not found");
    snapshot = versionSnapshot(v);
    version = { id: v.id, kind: v.kind, name: v.name, createdAt: v.createdAt, contentHash: v.contentHash };
    signOff = v.signOff ? (JSON.parse(v.signOff) as SignOffRecord) : null;
  } else {
    const state = await loadPlanState(ctx, plan.id);
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, state);
      snapshot = readPlan(doc);
    } finally {
      doc.destroy();
    }
    const at = nowIso();
    version = { id: null, kind: "draft", name: "Current draft", createdAt: at, contentHash: snapshotHash(snapshot) };
  }
  let comments: PlanExportInput["comments"] = null;
  if (includeComments) {
    const provider = exportCommentsFor(ctx);
    comments = provider ? await provider.openThreads(plan.id) : [];
  }
  return {
    generatedAt: nowIso(),
    partnership: { name: partnership.name, place: partnership.place },
    plan: { id: plan.id, title: plan.title, template: plan.template },
    version,
    snapshot,
    signOff,
    lens,
    comments,
  };
}
