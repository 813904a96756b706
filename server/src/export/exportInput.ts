import type { ExportLens } from "@jigsaw/shared/export/exportSchema";
import type { SignOffRecord } from "@jigsaw/shared/versions/schema";
import { NotFoundError } from "../errors.ts";
import type { Services } from "../services/services.ts";
import type { PlanRecord } from "../domain/plan.ts";
import { nowIso } from "../utils/clock.ts";
import { checkAgreementDrift } from "../commands/agreementDriftChecker.ts";
import type { DeferredExportInput } from "./renderExport.ts";

/** Which version: an id, "agreed" (latest agreed) or "current" (live draft). Undefined = agreed if any, else current. */
export type VersionRef = string | "agreed" | "current" | undefined;

/**
 * Gather everything an export needs from storage and the live document on the main
 * thread, as raw bytes: reading the plan (Yjs apply, walk, hash) happens in the export
 * worker (`resolveExportInput`), so a meeting on the same server is not slowed.
 */
export async function exportInputFor(
  ctx: Services,
  plan: PlanRecord,
  ref: VersionRef,
  lens: ExportLens,
  includeComments: boolean,
): Promise<DeferredExportInput> {
  const partnership = await ctx.storage.partnerships.findById(plan.partnershipId);
  if (!partnership) throw NotFoundError("Plan not found");
  let version: DeferredExportInput["version"];
  let content: DeferredExportInput["content"];
  let signOff: SignOffRecord | null = null;
  let versionId: string | null = null;
  // an agreed version renders the same bytes whenever it is exported: its date is the agreement's, not the export's
  let generatedAt = nowIso();
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
    content = { kind: "snapshotJson", json: v.snapshot };
    version = { id: v.id, kind: v.kind, name: v.name, createdAt: v.createdAt, contentHash: v.contentHash };
    signOff = v.signOff ? (JSON.parse(v.signOff) as SignOffRecord) : null;
    if (v.kind === "agreed") generatedAt = v.createdAt;
  } else {
    // section statuses "Agreed" / "Changed since agreement" are derived from closed rounds:
    // settle them in the document first, so a typed "Agreed" is never exported
    await checkAgreementDrift(ctx, plan);
    // the draft as stored, once this node's accepted changes are: never encoded from the live doc
    await ctx.planDocs.flushed(plan.id);
    const stored = await ctx.storage.docs.load(plan.id);
    if (!stored) throw NotFoundError("Plan not found");
    content = { kind: "stored", snapshot: stored.snapshot, updates: stored.updates.map((u) => u.data) };
    version = { id: null, kind: "draft", name: "Current draft", createdAt: nowIso(), contentHash: null };
  }
  let comments: DeferredExportInput["comments"] = null;
  if (includeComments) {
    comments = await ctx.exportComments.openThreads(plan.id);
  }
  return {
    generatedAt,
    partnership: { name: partnership.name, place: partnership.place },
    plan: { id: plan.id, title: plan.title, template: plan.template },
    version,
    content,
    signOff,
    lens,
    comments,
  };
}
