import type { PartnershipCreateInput } from "@jigsaw/shared/domain/partnership";
import type { ServerContext } from "../services/context.ts";
import type { MembershipRecord } from "../domain/membership.ts";
import type { PartnershipRecord } from "../domain/partnership.ts";
import { newId } from "../utils/ids.ts";
import { nowIso } from "../utils/clock.ts";

/** Create a partnership with the creator as its first facilitator (one transaction). */
export async function partnershipCreator(
  ctx: ServerContext,
  userId: string,
  input: PartnershipCreateInput,
): Promise<{ partnership: PartnershipRecord; membership: MembershipRecord }> {
  const at = nowIso();
  const partnership: PartnershipRecord = {
    id: newId(),
    name: input.name,
    place: input.place,
    description: input.description,
    createdAt: at,
    createdBy: userId,
  };
  const membership: MembershipRecord = {
    partnershipId: partnership.id,
    userId,
    organisation: input.organisation,
    sector: input.sector,
    role: "facilitator",
    joinedAt: at,
    updatedAt: at,
  };
  await ctx.storage.partnerships.createWithFounder(partnership, membership);
  return { partnership, membership };
}
