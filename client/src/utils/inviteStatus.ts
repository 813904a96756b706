import type { PresentedInvite } from "@jigsaw/shared/domain/partnership";

/** Where an invite link stands. */
export type InviteStatus = "pending" | "accepted" | "revoked" | "expired";

/** Labels for invite statuses. */
export const INVITE_STATUS_LABELS: Record<InviteStatus, string> = {
  pending: "Waiting",
  accepted: "Accepted",
  revoked: "Revoked",
  expired: "Expired",
};

/** The status of an invite at `now`. */
export function inviteStatus(invite: Pick<PresentedInvite, "acceptedAt" | "revokedAt" | "expiresAt">, now: number = Date.now()): InviteStatus {
  if (invite.acceptedAt) return "accepted";
  if (invite.revokedAt) return "revoked";
  if (new Date(invite.expiresAt).getTime() <= now) return "expired";
  return "pending";
}
