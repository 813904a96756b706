import type { Connection, Model } from "mongoose";
import { userModel, type UserDoc } from "./userModel.ts";
import { sessionModel, type SessionDoc } from "./sessionModel.ts";
import { authTokenModel, type AuthTokenDoc } from "./authTokenModel.ts";
import { partnershipModel, type PartnershipDoc } from "./partnershipModel.ts";
import { membershipModel, type MembershipDoc } from "./membershipModel.ts";
import { inviteModel, type InviteDoc } from "./inviteModel.ts";
import { planModel, type PlanDoc } from "./planModel.ts";
import { docHeadModel, type DocHeadDoc } from "./docHeadModel.ts";
import { docSnapshotModel, type DocSnapshotDoc } from "./docSnapshotModel.ts";
import { docUpdateModel, type DocUpdateDoc } from "./docUpdateModel.ts";
import { outcomeExtensionItemModel, type OutcomeExtensionItemDoc } from "./outcomeExtensionItemModel.ts";
import { outcomeExtensionChangeModel, type OutcomeExtensionChangeDoc } from "./outcomeExtensionChangeModel.ts";
import { commentModel, type CommentDoc } from "./commentModel.ts";
import { commentReactionModel, type CommentReactionDoc } from "./commentReactionModel.ts";
import { notificationModel, type NotificationDoc } from "./notificationModel.ts";
import { notificationPreferenceModel, type NotificationPreferenceDoc } from "./notificationPreferenceModel.ts";
import { planVisitModel, type PlanVisitDoc } from "./planVisitModel.ts";
import { docClientOwnerModel, type DocClientOwnerDoc } from "./docClientOwnerModel.ts";
import { agreementModel, type AgreementDoc } from "./agreementModel.ts";
import { planVersionModel, type PlanVersionDoc } from "./planVersionModel.ts";
import { auditEventModel, type AuditEventDoc } from "./auditEventModel.ts";

/** Every model of the adapter, on one connection. */
export interface MongoModels {
  users: Model<UserDoc>;
  sessions: Model<SessionDoc>;
  partnerships: Model<PartnershipDoc>;
  memberships: Model<MembershipDoc>;
  invites: Model<InviteDoc>;
  plans: Model<PlanDoc>;
  docHeads: Model<DocHeadDoc>;
  docSnapshots: Model<DocSnapshotDoc>;
  docUpdates: Model<DocUpdateDoc>;
  outcomeExtensionItems: Model<OutcomeExtensionItemDoc>;
  outcomeExtensionChanges: Model<OutcomeExtensionChangeDoc>;
  comments: Model<CommentDoc>;
  commentReactions: Model<CommentReactionDoc>;
  notifications: Model<NotificationDoc>;
  notificationPreferences: Model<NotificationPreferenceDoc>;
  planVisits: Model<PlanVisitDoc>;
  docClientOwners: Model<DocClientOwnerDoc>;
  agreements: Model<AgreementDoc>;
  planVersions: Model<PlanVersionDoc>;
  auditEvents: Model<AuditEventDoc>;
  /** Last, like the embedded table (dumps of equal data list collections in the same order). */
  authTokens: Model<AuthTokenDoc>;
}

/** Register (or fetch) all models on `conn`. */
export function registerModels(conn: Connection): MongoModels {
  return {
    users: userModel(conn),
    sessions: sessionModel(conn),
    partnerships: partnershipModel(conn),
    memberships: membershipModel(conn),
    invites: inviteModel(conn),
    plans: planModel(conn),
    docHeads: docHeadModel(conn),
    docSnapshots: docSnapshotModel(conn),
    docUpdates: docUpdateModel(conn),
    outcomeExtensionItems: outcomeExtensionItemModel(conn),
    outcomeExtensionChanges: outcomeExtensionChangeModel(conn),
    comments: commentModel(conn),
    commentReactions: commentReactionModel(conn),
    notifications: notificationModel(conn),
    notificationPreferences: notificationPreferenceModel(conn),
    planVisits: planVisitModel(conn),
    docClientOwners: docClientOwnerModel(conn),
    agreements: agreementModel(conn),
    planVersions: planVersionModel(conn),
    auditEvents: auditEventModel(conn),
    authTokens: authTokenModel(conn),
  };
}

/**
 * Create every collection and declared index (idempotent). Run at start-up
 * instead of `autoIndex`; collections must exist before transactions use them.
 * Indexes are only ever added here, never dropped (no `syncIndexes`), so an
 * older node restarting during a rolling deploy cannot remove a newer node's index.
 */
export async function ensureCollectionsAndIndexes(models: MongoModels): Promise<void> {
  for (const model of Object.values(models) as Array<Model<unknown>>) {
    await model.createCollection();
    await model.createIndexes();
  }
}
