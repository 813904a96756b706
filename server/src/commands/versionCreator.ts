import * as Y from "yjs";
import { stableStringify } from "@jigsaw/shared/outcomes/hash";
import { readPlan, type PlanSnapshot } from "@jigsaw/shared/plan/index";
import type { SignOffRecord, VersionKind } from "@jigsaw/shared/versions/schema";
import { publishToPlan } from "../realtime/publish.ts";
import { presentVersion } from "../presenters/version.ts";
import type { ServerContext } from "../services/context.ts";
import type { PlanRecord } from "../domain/plan.ts";
import type { VersionRecord } from "../domain/version.ts";
import { newId } from "../utils/ids.ts";
import { nowIso } from "../utils/clock.ts";
import { recordAudit, type AuditActor } from "./auditRecorder.ts";
import { snapshotHash } from "./snapshotHash.ts";
import { loadPlanState } from "./planDocAccess.ts";


/** What `createVersion` needs. */
export interface NewVersion {
  kind: VersionKind;
  name: string;
  actor: AuditActor | null;
  /** State to store; default: the plan's current state. */
  state?: Uint8Array;
  agreementId?: string | null;
  signOff?: SignOffRecord | null;
  /** Pre-chosen id (agreed versions are referenced by their round before they are written). */
  id?: string;
  /** Extra audit details. */
  details?: Record<string, unknown>;
}

/**
 * Store a version of a plan: the full Yjs state, the `readPlan` JSON of the
 * same state and its SHA-256 content hash; audit it and tell the plan room.
 */
export async function createVersion(ctx: ServerContext, plan: PlanRecord, input: NewVersion): Promise<VersionRecord> {
  const state = input.state ?? (await loadPlanState(ctx, plan.id));
  const doc = new Y.Doc();
  let snapshot: PlanSnapshot;
  try {
    Y.applyUpdate(doc, state);
    snapshot = readPlan(doc);
  } finally {
    doc.destroy();
  }
  const version: VersionRecord = {
    id: input.id ?? newId(),
    planId: plan.id,
    kind: input.kind,
    name: input.name,
    createdAt: nowIso(),
    createdBy: input.actor?.userId ?? null,
    state,
    snapshot: stableStringify(snapshot),
    contentHash: snapshotHash(snapshot),
    agreementId: input.agreementId ?? null,
    signOff: input.signOff ? JSON.stringify(input.signOff) : null,
  };
  await ctx.storage.versions.create(version);
  await recordAudit(ctx, {
    plan,
    actor: input.actor,
    action: `version.${input.kind}`,
    subjectType: "version",
    subjectId: version.id,
    details: { name: version.name, contentHash: version.contentHash, ...(input.details ?? {}) },
    at: version.createdAt,
  });
  const names = new Map<string, string>(input.actor ? [[input.actor.userId, input.actor.displayName]] : []);
  publishToPlan(ctx, plan.id, "version.created", { planId: plan.id, version: presentVersion(version, names), restoredFrom: null });
  return version;
}

/** The snapshot stored in a version. */
export function versionSnapshot(v: Pick<VersionRecord, "snapshot">): PlanSnapshot {
  return JSON.parse(v.snapshot) as PlanSnapshot;
}
