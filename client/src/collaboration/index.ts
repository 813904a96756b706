/** Live plan documents: sync connection, offline copy, and their cleanup on sign-out. */
export { usePlanDoc } from "./usePlanDoc.ts";
export type { PlanDocHandle } from "./usePlanDoc.ts";
export { PlanConnection, defaultCollabUrl } from "./planConnection.ts";
export type { ConnectionPhase, PlanConnectionState } from "./planConnection.ts";
export { clearLocalCaches, localDbName } from "./localCaches.ts";
export { closeOutcome } from "./closeMessages.ts";
