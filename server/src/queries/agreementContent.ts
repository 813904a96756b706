import crypto from "node:crypto";
import * as Y from "yjs";
import type { AgreementScope, ScopeContent } from "@jigsaw/shared/agreement/schema";
import { scopeContentKey, scopeContentOf, type ScopeNow } from "@jigsaw/shared/agreement/scopeContent";
import { readPlan, type PlanSnapshot } from "@jigsaw/shared/plan/index";
import type { Services } from "../services/services.ts";

/** SHA-256 (hex) of scope content's canonical JSON. */
export function scopeContentHash(content: ScopeContent): string {
  return crypto.createHash("sha256").update(scopeContentKey(content), "utf8").digest("hex");
}

/** The content and hash of `scope` in a plan snapshot. */
export function scopeNowOf(snapshot: PlanSnapshot, scope: AgreementScope): ScopeNow {
  const content = scopeContentOf(snapshot, scope);
  return { hash: scopeContentHash(content), content };
}

/** Read a plan state as a snapshot. */
export function snapshotOfState(state: Uint8Array): PlanSnapshot {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return readPlan(doc);
  } finally {
    doc.destroy();
  }
}

/** The live plan as a snapshot (one document load). */
export async function planSnapshotNow(ctx: Services, planId: string): Promise<PlanSnapshot> {
  return snapshotOfState(await ctx.planDocs.requireState(planId));
}
