import type { AgreementRepository } from "./ports/agreement.ts";
import type { AuditRepository } from "./ports/audit.ts";
import type { AuthTokenRepository } from "./ports/authToken.ts";
import type { CommentRepository } from "./ports/comment.ts";
import type { DocStore } from "./ports/docStore.ts";
import type { InviteRepository } from "./ports/invite.ts";
import type { MembershipRepository } from "./ports/membership.ts";
import type { NotificationRepository, PreferenceRepository } from "./ports/notification.ts";
import type { OutcomeExtensionRepository } from "./ports/outcomeExtension.ts";
import type { PartnershipRepository } from "./ports/partnership.ts";
import type { PlanRepository } from "./ports/plan.ts";
import type { SearchIndex } from "./ports/search.ts";
import type { SessionRepository } from "./ports/session.ts";
import type { StorageTransfer } from "./ports/transfer.ts";
import type { UserRepository } from "./ports/user.ts";
import type { VersionRepository } from "./ports/version.ts";
import type { VisitRepository } from "./ports/visit.ts";

/*
 * The storage port. Every adapter (embedded SQLite, MongoDB) implements these
 * interfaces unchanged and passes `storage.contract.ts`. Ids are strings, dates
 * are ISO-8601 strings, binary data is Uint8Array. Each method is one atomic
 * command: methods that touch several records (e.g. creating a partnership and
 * its first facilitator) do so in one transaction inside the adapter. The
 * records they store, and the invariants on them, live in `server/src/domain`;
 * one port per aggregate lives in `./ports`.
 */

export type { UserRepository } from "./ports/user.ts";
export type { AuthTokenRepository } from "./ports/authToken.ts";
export type { SessionRepository } from "./ports/session.ts";
export type { PartnershipRepository } from "./ports/partnership.ts";
export type { MembershipRepository } from "./ports/membership.ts";
export type { InviteRepository } from "./ports/invite.ts";
export type { PlanRepository } from "./ports/plan.ts";
export type { StoredDoc, DocStore } from "./ports/docStore.ts";
export type { OutcomeExtensionState, OutcomeExtensionWrite, OutcomeExtensionRepository } from "./ports/outcomeExtension.ts";
export type { AgreementRepository } from "./ports/agreement.ts";
export type { VersionRepository } from "./ports/version.ts";
export type { AuditRepository } from "./ports/audit.ts";
export type { CommentRepository } from "./ports/comment.ts";
export type { NotificationRepository, PreferenceRepository } from "./ports/notification.ts";
export type { VisitRepository } from "./ports/visit.ts";
export type { SearchDocument, SearchIndexHit, SearchIndex } from "./ports/search.ts";
export type { DumpValue, DumpRecord, RestoreCounts, StorageTransfer } from "./ports/transfer.ts";

/** Everything the server stores. */
export interface Storage {
  readonly kind: "embedded" | "mongo";
  readonly users: UserRepository;
  readonly sessions: SessionRepository;
  readonly authTokens: AuthTokenRepository;
  readonly partnerships: PartnershipRepository;
  readonly memberships: MembershipRepository;
  readonly invites: InviteRepository;
  readonly plans: PlanRepository;
  readonly docs: DocStore;
  readonly agreements: AgreementRepository;
  readonly versions: VersionRepository;
  readonly audit: AuditRepository;
  readonly outcomeExtensions: OutcomeExtensionRepository;
  readonly comments: CommentRepository;
  readonly notifications: NotificationRepository;
  readonly preferences: PreferenceRepository;
  readonly visits: VisitRepository;
  readonly search: SearchIndex;
  /**
   * Whole-installation export/import (`storage/transfer`, `npm run data`).
   * Optional in the type so test doubles need not provide it; both real
   * adapters implement it.
   */
  readonly transfer?: StorageTransfer;
  /** True when the store answers. */
  healthy(): Promise<boolean>;
  /** Flush and close. */
  close(): Promise<void>;
}
