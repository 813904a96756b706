import { Router, type Request } from "express";
import type { AgreementOverview } from "@jigsaw/shared/agreement/presented";
import {
  CloseAgreementInputSchema,
  ProposeAgreementInputSchema,
  ReaskAgreementInputSchema,
  RespondAgreementInputSchema,
  WithdrawAgreementInputSchema,
} from "@jigsaw/shared/agreement/schema";
import { representableOrganisations } from "@jigsaw/shared/agreement/stateMachine";
import { agreementActorFor, todayIso } from "../commands/agreementActor.ts";
import { agreementCloser } from "../commands/agreementCloser.ts";
import { checkAgreementDrift } from "../commands/agreementDriftChecker.ts";
import { agreementProposer } from "../commands/agreementProposer.ts";
import { agreementReasker } from "../commands/agreementReasker.ts";
import { planSnapshotNow, scopeNowOf } from "../commands/agreementContent.ts";
import { agreementResponder } from "../commands/agreementResponder.ts";
import { agreementWithdrawer } from "../commands/agreementWithdrawer.ts";
import { ConflictError, ForbiddenError, ImmutableError, NotFoundError } from "../errors.ts";
import { requireAuth } from "../middlewares/authenticate.ts";
import { parse } from "../middlewares/validate.ts";
import { authorizePlan, canPlan, type Actor } from "../policies/index.ts";
import { agreementPolicies } from "../policies/agreement.ts";
import { presentAgreement } from "../presenters/agreement.ts";
import { presentVersion } from "../presenters/version.ts";
import type { ServerContext } from "../services/context.ts";
import type { AgreementRecord } from "../domain/agreement.ts";
import type { MembershipRecord } from "../domain/membership.ts";
import type { PlanRecord } from "../domain/plan.ts";
import { idParam, requireTwoFactorFor } from "./loaders.ts";

/** The plan, the caller as an Actor and their full membership (organisation included). */
export async function loadPlanMember(
  ctx: ServerContext,
  req: Request,
): Promise<{ actor: Actor; plan: PlanRecord | null; membership: MembershipRecord | null }> {
  const auth = requireAuth(req);
  const plan = await ctx.storage.plans.findById(idParam(req, "planId"));
  const membership = plan ? await ctx.storage.memberships.find(plan.partnershipId, auth.user.id) : null;
  await requireTwoFactorFor(ctx, auth.user, membership, plan?.partnershipId ?? null);
  return { actor: { user: auth.user, membership }, plan, membership };
}

/**
 * Agreement rounds of a plan: list (with "changed since agreement" computed
 * on read), propose, respond, close, withdraw. Closed rounds are immutable.
 */
export function agreementRoutes(ctx: ServerContext): Router {
  const router = Router({ mergeParams: true });

  /** A round for the caller; open rounds are compared with the scope's content now (out-of-date responses). */
  async function present(actor: Actor, membership: MembershipRecord | null, plan: PlanRecord, round: AgreementRecord) {
    const member = await agreementActorFor(ctx, membership);
    const now = round.status === "open" ? scopeNowOf(await planSnapshotNow(ctx, plan.id), round.scope) : null;
    const today = todayIso();
    return presentAgreement(round, today, agreementPolicies(actor, member, plan, round, { currentHash: now?.hash ?? null, today }), now);
  }

  /** The plan, the caller and the id of the open round a proposer acts on (close, re-ask, withdraw). */
  async function loadOpenRoundForProposer(req: Request) {
    const { actor, plan, membership } = await loadPlanMember(ctx, req);
    authorizePlan(actor, "proposeAgreement", plan);
    const agreementId = idParam(req, "agreementId");
    const existing = await ctx.storage.agreements.findById(agreementId);
    if (!existing || existing.planId !== plan.id) throw NotFoundError("Agreement round not found");
    if (existing.status !== "open") throw ImmutableError("This agreement round is already closed");
    return { actor, plan, membership, agreementId };
  }

  router.get("/", async (req, res) => {
    const { actor, plan, membership } = await loadPlanMember(ctx, req);
    authorizePlan(actor, "read", plan);
    const [rounds, members] = await Promise.all([ctx.storage.agreements.listForPlan(plan.id), ctx.storage.memberships.listMembers(plan.partnershipId)]);
    let planSections: AgreementOverview["planSections"] = [];
    let snapshot: Parameters<typeof scopeNowOf>[0] | null = null;
    const { sections, planItems } = await checkAgreementDrift(ctx, plan, rounds, (current, snap) => {
      planSections = current.map((s) => ({ id: s.id, title: s.title, status: s.status }));
      snapshot = snap;
    });
    const member = await agreementActorFor(ctx, membership);
    const today = todayIso();
    const data: AgreementOverview = {
      rounds: rounds.map((r) => {
        const now = r.status === "open" && snapshot ? scopeNowOf(snapshot, r.scope) : null;
        return presentAgreement(r, today, agreementPolicies(actor, member, plan, r, { currentHash: now?.hash ?? null, today }), now);
      }),
      sections,
      planItems,
      organisations: representableOrganisations(members),
      canPropose: canPlan(actor, "proposeAgreement", plan),
      planSections,
    };
    res.json({ data });
  });

  router.post("/", async (req, res) => {
    const { actor, plan, membership } = await loadPlanMember(ctx, req);
    authorizePlan(actor, "proposeAgreement", plan);
    const input = parse(ProposeAgreementInputSchema, req.body);
    const member = (await agreementActorFor(ctx, membership))!;
    const round = await agreementProposer(ctx, plan, member, input);
    res.status(201).json({ data: await present(actor, membership, plan, round) });
  });

  router.get("/:agreementId", async (req, res) => {
    const { actor, plan, membership } = await loadPlanMember(ctx, req);
    authorizePlan(actor, "read", plan);
    const round = await ctx.storage.agreements.findById(idParam(req, "agreementId"));
    if (!round || round.planId !== plan.id) throw NotFoundError("Agreement round not found");
    res.json({ data: await present(actor, membership, plan, round) });
  });

  const noDirectEdits = async (req: Request) => {
    const { actor, plan } = await loadPlanMember(ctx, req);
    authorizePlan(actor, "read", plan);
    const round = await ctx.storage.agreements.findById(idParam(req, "agreementId"));
    if (!round || round.planId !== plan.id) throw NotFoundError("Agreement round not found");
    if (round.status !== "open") throw ImmutableError("A closed agreement round and its record cannot be changed or deleted");
    throw ConflictError("Agreement rounds change only by responding, closing or withdrawing");
  };
  router.patch("/:agreementId", async (req) => noDirectEdits(req));
  router.put("/:agreementId", async (req) => noDirectEdits(req));
  router.delete("/:agreementId", async (req) => noDirectEdits(req));

  router.post("/:agreementId/responses", async (req, res) => {
    const { actor, plan, membership } = await loadPlanMember(ctx, req);
    authorizePlan(actor, "read", plan);
    const agreementId = idParam(req, "agreementId");
    const existing = await ctx.storage.agreements.findById(agreementId);
    if (!existing || existing.planId !== plan.id) throw NotFoundError("Agreement round not found");
    if (existing.status !== "open") throw ImmutableError("This agreement round is closed; responses can no longer change");
    authorizePlan(actor, "respondAgreement", plan);
    const input = parse(RespondAgreementInputSchema, req.body);
    const member = await agreementActorFor(ctx, membership);
    if (!member) throw ForbiddenError();
    const round = await agreementResponder(ctx, plan, agreementId, member, input);
    res.json({ data: await present(actor, membership, plan, round) });
  });

  router.post("/:agreementId/close", async (req, res) => {
    const { actor, plan, membership, agreementId } = await loadOpenRoundForProposer(req);
    const input = parse(CloseAgreementInputSchema, req.body);
    const member = (await agreementActorFor(ctx, membership))!;
    const { round, version } = await agreementCloser(ctx, plan, agreementId, member, input);
    const names = new Map([[member.userId, member.displayName]]);
    res.json({ data: await present(actor, membership, plan, round), version: version ? presentVersion(version, names) : null });
  });

  router.post("/:agreementId/reask", async (req, res) => {
    const { actor, plan, membership, agreementId } = await loadOpenRoundForProposer(req);
    const input = parse(ReaskAgreementInputSchema, req.body ?? {});
    const member = (await agreementActorFor(ctx, membership))!;
    const round = await agreementReasker(ctx, plan, agreementId, member, input);
    res.json({ data: await present(actor, membership, plan, round) });
  });

  router.post("/:agreementId/withdraw", async (req, res) => {
    const { actor, plan, membership, agreementId } = await loadOpenRoundForProposer(req);
    const input = parse(WithdrawAgreementInputSchema, req.body ?? {});
    const member = (await agreementActorFor(ctx, membership))!;
    const round = await agreementWithdrawer(ctx, plan, agreementId, member, input);
    res.json({ data: await present(actor, membership, plan, round) });
  });

  return router;
}
