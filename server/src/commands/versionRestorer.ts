import { readSections } from "@jigsaw/shared/plan/index";
import { restoreSnapshot, type RestoreReport } from "@jigsaw/shared/versions/restoreSnapshot";
import * as Y from "yjs";
import { NotFoundError } from "../errors.ts";
import { publishToPlan } from "../realtime/publish.ts";
import { presentVersion } from "../presenters/version.ts";
import type { ServerContext } from "../services/context.ts";
import type { PlanRecord } from "../domain/plan.ts";
import type { VersionRecord } from "../domain/version.ts";
import { checkAgreementDrift } from "./agreementDriftChecker.ts";
import { recordAudit, type AuditActor } from "./auditRecorder.ts";
import { changePlan, loadPlanState } from "./planDocAccess.ts";
import { createVersion, versionSnapshot } from "./versionCreator.ts";

/**
 * Bring an old version back as a new change: first keep the current state as
 * a "before restore" version, then write the old snapshot's sections and
 * records into the live document through the sync endpoint (connected editors
 * see it at once). History is never rewritten; the restored version itself is
 * untouched (agreed versions included). Section statuses stay workflow state:
 * existing sections keep theirs, re-added ones start as draft, then the
 * agreement drift check marks edited agreed sections.
 */
export async function versionRestorer(
  ctx: ServerContext,
  plan: PlanRecord,
  versionId: string,
  actor: AuditActor,
): Promise<{ before: VersionRecord; report: RestoreReport; restored: VersionRecord }> {
  const version = await ctx.storage.versions.findById(versionId);
  if (!version || version.planId !== plan.id) throw NotFoundError("Version not found");
  const state = await loadPlanState(ctx, plan.id);
  const before = await createVersion(ctx, plan, {
    kind: "before_restore",
    name: `Before restoring "${version.name}"`.slice(0, 120),
    actor,
    state,
    details: { restoring: version.id },
  });
  const snapshot = versionSnapshot(version);
  const statuses = (() => {
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, state);
      return new Map(readSections(doc).map((s) => [s.id, s.status]));
    } finally {
      doc.destroy();
    }
  })();
  const change = await changePlan(
    ctx,
    plan.id,
    actor.userId,
    (doc) => restoreSnapshot(doc, snapshot, (id) => statuses.get(id) ?? "draft"),
    state,
  );
  await checkAgreementDrift(ctx, plan);
  await recordAudit(ctx, {
    plan,
    actor,
    action: "version.restored",
    subjectType: "version",
    subjectId: version.id,
    details: { name: version.name, contentHash: version.contentHash, beforeRestoreVersionId: before.id, report: change.result },
  });
  publishToPlan(ctx, plan.id, "version.created", {
    planId: plan.id,
    version: presentVersion(before, new Map([[actor.userId, actor.displayName]])),
    restoredFrom: version.id,
  });
  return { before, report: change.result, restored: version };
}
