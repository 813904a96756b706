import type { MembershipRecord } from "../domain/membership.ts";
import type { UserRecord } from "../domain/user.ts";

/** Who is acting: the signed-in user and their membership of the subject's partnership (if any). */
export interface Actor {
  user: Pick<UserRecord, "id">;
  membership: Pick<MembershipRecord, "partnershipId" | "role" | "userId"> | null;
}
