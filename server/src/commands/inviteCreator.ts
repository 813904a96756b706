import type { InviteCreateInput } from "@jigsaw/shared/domain/partnership";
import type { ServerContext } from "../services/context.ts";
import type { InviteRecord } from "../domain/invite.ts";
import { hashToken, newId, newToken } from "../utils/ids.ts";

/** Create an invite link; returns the record and the secret URL (shown once). */
export async function inviteCreator(
  ctx: ServerContext,
  partnershipId: string,
  createdBy: string,
  input: InviteCreateInput,
): Promise<{ invite: InviteRecord; url: string }> {
  const token = newToken();
  const now = Date.now();
  const invite: InviteRecord = {
    id: newId(),
    partnershipId,
    tokenHash: hashToken(token),
    role: input.role,
    organisation: input.organisation ?? null,
    sector: input.sector ?? null,
    createdBy,
    createdAt: new Date(now).toISOString(),
    expiresAt: new Date(now + input.expiresInDays * 86_400_000).toISOString(),
    acceptedAt: null,
    acceptedBy: null,
    revokedAt: null,
  };
  await ctx.storage.invites.create(invite);
  return { invite, url: `${ctx.config.publicUrl}/invite/${token}` };
}
