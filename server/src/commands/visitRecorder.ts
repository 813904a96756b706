import * as Y from "yjs";
import { planDigests } from "../domain/planDigests.ts";
import { rememberOwners } from "../domain/clientOwners.ts";
import type { Actor } from "../policies/index.ts";
import type { Services } from "../services/services.ts";
import type { PlanRecord } from "../domain/plan.ts";
import type { StoredDoc } from "../storage/types.ts";

function lastSeqOf(stored: StoredDoc | null): number {
  if (!stored) return 0;
  return stored.updates.length > 0 ? stored.updates[stored.updates.length - 1]!.seq : stored.snapshotSeq;
}

/** Remember what the member sees of the plan now (called on opening and leaving the plan). */
export async function recordVisit(ctx: Services, actor: Actor, plan: PlanRecord): Promise<void> {
  const [stored, doc] = await Promise.all([ctx.storage.docs.load(plan.id), ctx.planDocs.doc(plan.id)]);
  if (!doc) return;
  try {
    await rememberOwners(ctx.storage.visits, plan.id, stored);
    await ctx.storage.visits.put({
      userId: actor.user.id,
      planId: plan.id,
      visitedAt: new Date().toISOString(),
      seq: lastSeqOf(stored),
      stateVector: Y.encodeStateVector(doc),
      digests: JSON.stringify(planDigests(doc)),
    });
  } finally {
    doc.destroy();
  }
}
