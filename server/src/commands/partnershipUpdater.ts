import type { PartnershipUpdateInput } from "@jigsaw/shared/domain/partnership";
import type { MembershipRecord } from "../domain/membership.ts";
import type { PartnershipRecord } from "../domain/partnership.ts";
import type { UserRecord } from "../domain/user.ts";
import { ConflictError } from "../errors.ts";
import type { Services } from "../services/services.ts";
import { nowIso } from "../utils/clock.ts";
import { auditActorFor, recordAudit } from "./auditRecorder.ts";

/**
 * Change a partnership's details and whether it requires two-factor sign-in
 * (the route has authorized "update"). A facilitator cannot require what
 * they have not done themselves (they would lock themselves out); changing
 * the requirement is audited. Returns the partnership after.
 */
export async function updatePartnership(
  ctx: Services,
  user: Pick<UserRecord, "id" | "totpSecret">,
  membership: Pick<MembershipRecord, "organisation"> | null,
  partnership: PartnershipRecord,
  input: PartnershipUpdateInput,
): Promise<PartnershipRecord> {
  const { requireTwoFactor, ...details } = input;
  const patch: Parameters<typeof ctx.storage.partnerships.update>[1] = { ...details };
  if (requireTwoFactor !== undefined && requireTwoFactor !== !!partnership.twoFactorRequiredAt) {
    if (requireTwoFactor && !user.totpSecret) throw ConflictError("Turn on two-factor sign-in for your own account before requiring it of every member.");
    patch.twoFactorRequiredAt = requireTwoFactor ? nowIso() : null;
    await recordAudit(ctx, {
      plan: { id: null, partnershipId: partnership.id },
      actor: await auditActorFor(ctx, user.id, membership),
      action: requireTwoFactor ? "partnership.two_factor_required" : "partnership.two_factor_optional",
      subjectType: "partnership",
      subjectId: partnership.id,
    });
  }
  if (Object.keys(patch).length > 0) await ctx.storage.partnerships.update(partnership.id, patch);
  return (await ctx.storage.partnerships.findById(partnership.id))!;
}
