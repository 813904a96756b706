import * as Y from "yjs";
import { readPlan } from "@jigsaw/shared/plan/index";
import { log } from "../logging/logger.ts";
import type { ServerContext } from "../services/context.ts";
import type { VersionRecord } from "../domain/version.ts";
import { checkAgreementDrift } from "./agreementDriftChecker.ts";
import { loadPlanState } from "./planDocAccess.ts";
import { snapshotHash } from "./snapshotHash.ts";
import { createVersion } from "./versionCreator.ts";

const logger = log("commands");

/** Name of an automatic version. */
export function autoVersionName(at: Date): string {
  return `Automatic: ${at.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/**
 * When the last person leaves a plan: if its content differs from the newest
 * version (a busy plan, not one somebody only looked at), keep an automatic
 * version; then re-check agreed sections for edits. Returns the version made, if any.
 */
export async function autoVersioner(ctx: ServerContext, planId: string): Promise<VersionRecord | null> {
  const plan = await ctx.storage.plans.findById(planId);
  if (!plan) return null;
  const state = await loadPlanState(ctx, planId);
  const doc = new Y.Doc();
  let hash: string;
  try {
    Y.applyUpdate(doc, state);
    hash = snapshotHash(readPlan(doc));
  } finally {
    doc.destroy();
  }
  const latest = await ctx.storage.versions.latestForPlan(planId);
  let made: VersionRecord | null = null;
  if (!latest || latest.contentHash !== hash) {
    made = await createVersion(ctx, plan, { kind: "auto", name: autoVersionName(new Date()), actor: null, state });
    logger.info({ planId, versionId: made.id }, "automatic version made");
  }
  await checkAgreementDrift(ctx, plan);
  return made;
}
