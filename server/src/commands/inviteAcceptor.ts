import type { InviteAcceptInput } from "@jigsaw/shared/domain/partnership";
import { ConflictError, InviteExpiredError, InviteUsedError, NotFoundError } from "../errors.ts";
import type { ServerContext } from "../services/context.ts";
import { InvariantError } from "../domain/errors.ts";
import type { InviteRecord } from "../domain/invite.ts";
import type { MembershipRecord } from "../domain/membership.ts";
import { hashToken } from "../utils/ids.ts";
import { nowIso } from "../utils/clock.ts";
import { auditActorFor } from "./auditRecorder.ts";
import { auditMemberJoined } from "./membershipUpdater.ts";

/** Find a usable invite by its secret token or throw a clear error. */
export async function findUsableInvite(ctx: ServerContext, token: string): Promise<InviteRecord> {
  const invite = await ctx.storage.invites.findByTokenHash(hashToken(token));
  if (!invite) throw NotFoundError("This invite link is not valid");
  if (invite.acceptedAt || invite.revokedAt) throw InviteUsedError();
  if (Date.parse(invite.expiresAt) <= Date.now()) throw InviteExpiredError();
  return invite;
}

/**
 * Accept an invite: the invite is used and the membership created atomically,
 * and the join is audited. When the facilitator named the organisation (and
 * sector) in the invite, that is the member's organisation: an invitee cannot
 * join as another organisation than the one they were invited for. Otherwise
 * the invitee's own answer stands and is in the audit trail for the
 * facilitator to check (and correct).
 */
export async function inviteAcceptor(
  ctx: ServerContext,
  userId: string,
  token: string,
  input: InviteAcceptInput,
): Promise<MembershipRecord> {
  const invite = await findUsableInvite(ctx, token);
  const at = nowIso();
  const membership: MembershipRecord = {
    partnershipId: invite.partnershipId,
    userId,
    organisation: invite.organisation ?? input.organisation,
    sector: invite.sector ?? input.sector,
    role: invite.role,
    joinedAt: at,
    updatedAt: at,
  };
  try {
    await ctx.storage.invites.accept(invite.id, membership);
  } catch (err) {
    if (err instanceof InvariantError && err.invariant === "already_member") {
      throw ConflictError("You are already a member of this partnership");
    }
    if (err instanceof InvariantError && err.invariant === "invite_used") {
      throw InviteUsedError();
    }
    throw err;
  }
  await auditMemberJoined(ctx, membership, await auditActorFor(ctx, userId, membership));
  ctx.events.emit("membership.added", { partnershipId: invite.partnershipId, userId });
  return membership;
}
