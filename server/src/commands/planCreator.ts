import * as Y from "yjs";
import type { PlanCreateInput } from "@jigsaw/shared/domain/plan";
import { createPlanDoc } from "@jigsaw/shared/plan/index";
import type { ServerContext } from "../services/context.ts";
import type { PartnershipRecord } from "../domain/partnership.ts";
import type { PlanRecord } from "../domain/plan.ts";
import { newId } from "../utils/ids.ts";
import { nowIso } from "../utils/clock.ts";

/**
 * Create a plan from a template. The initial document state is built here, on
 * the server, and stored with the metadata in one transaction; clients never
 * create initial content.
 */
export async function planCreator(
  ctx: ServerContext,
  partnership: PartnershipRecord,
  userId: string,
  input: PlanCreateInput,
): Promise<PlanRecord> {
  const at = nowIso();
  const plan: PlanRecord = {
    id: newId(),
    partnershipId: partnership.id,
    title: input.title,
    template: input.template,
    archivedAt: null,
    createdAt: at,
    createdBy: userId,
    lastActivityAt: at,
  };
  const doc = createPlanDoc(input.template, { title: input.title, place: partnership.place, now: new Date(at) });
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  await ctx.storage.plans.create(plan, state);
  ctx.events.emit("plan.changed", { partnershipId: partnership.id, planId: plan.id });
  return plan;
}
