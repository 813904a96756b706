/** socket.io room names. Always build them here, never from literals at call sites. */
export const rooms = {
  user: (userId: string) => `user:${userId}`,
  partnership: (partnershipId: string) => `partnership:${partnershipId}`,
  plan: (planId: string) => `plan:${planId}`,
};

/** Path of the Yjs sync endpoint for a plan. */
export function collabPath(planId: string): string {
  return `/collab/${planId}`;
}

/** Realtime protocol version; bump on incompatible event changes. */
export const PROTOCOL_VERSION = 1;
