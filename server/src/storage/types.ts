import type { Role } from "@jigsaw/shared/domain/role";
import type { Sector } from "@jigsaw/shared/domain/sector";
import type { PlanTemplate } from "@jigsaw/shared/domain/plan";
import type { AgreementRound } from "@jigsaw/shared/agreement/schema";
import type { VersionKind } from "@jigsaw/shared/versions/schema";

/*
 * The storage port. Every adapter (embedded SQLite, MongoDB) implements these
 * interfaces unchanged and passes `storage.contract.ts`. Ids are strings, dates
 * are ISO-8601 strings, binary data is Uint8Array. Each method is one atomic
 * command: methods that touch several records (e.g. creating a partnership and
 * its first facilitator) do so in one transaction inside the adapter.
 */

/** A stored user account. */
export interface UserRecord {
  id: string;
  email: string;
  displayName: string;
  passwordHash: string;
  createdAt: string;
  /** When the member proved they read mail at `email` (null: not yet). Adapters always return it. */
  emailVerifiedAt?: string | null;
  /** Base32 TOTP secret once two-factor sign-in is on (null: off). Adapters always return it. */
  totpSecret?: string | null;
  /** The latest time step a two-factor code was accepted at (each code is used once). */
  totpLastStep?: number | null;
  /** When the person's account was erased (null: not erased). Adapters always return it. */
  erasedAt?: string | null;
}

/** What an erased account keeps: a label instead of the name, a placeholder instead of the email. */
export interface UserErasure {
  /** e.g. "Former member (Riverside CVS)". */
  displayName: string;
  /** A unique address that reaches nobody (`erased-<id>@erased.invalid`). */
  email: string;
  at: string;
}

/** A server-side session. `id` is the SHA-256 of the cookie token, never the token. */
export interface SessionRecord {
  id: string;
  userId: string;
  createdAt: string;
  lastSeenAt: string;
  /** Absolute expiry. */
  expiresAt: string;
}

/** A partnership. */
export interface PartnershipRecord {
  id: string;
  name: string;
  place: string;
  description: string;
  createdAt: string;
  createdBy: string;
  /** Since when every member must sign in with a second factor (null: optional). Adapters always return it. */
  twoFactorRequiredAt?: string | null;
}

/** A user's membership of a partnership. */
export interface MembershipRecord {
  partnershipId: string;
  userId: string;
  organisation: string;
  sector: Sector;
  role: Role;
  joinedAt: string;
  updatedAt: string;
}

/** A membership joined with the member's display name. */
export interface MemberRecord extends MembershipRecord {
  displayName: string;
  email: string;
}

/** An invite link. `tokenHash` is the SHA-256 of the secret in the link. */
export interface InviteRecord {
  id: string;
  partnershipId: string;
  tokenHash: string;
  role: Role;
  organisation: string | null;
  sector: Sector | null;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  acceptedBy: string | null;
  revokedAt: string | null;
}

/** A plan's metadata. Its content lives in the DocStore. */
export interface PlanRecord {
  id: string;
  partnershipId: string;
  title: string;
  template: PlanTemplate;
  archivedAt: string | null;
  createdAt: string;
  createdBy: string;
  lastActivityAt: string;
}

/** Users and their credentials. */
export interface UserRepository {
  /** Create a user. Rejects with `DuplicateError` when the email is taken. */
  create(user: UserRecord): Promise<void>;
  findById(id: string): Promise<UserRecord | null>;
  findByEmail(email: string): Promise<UserRecord | null>;
  updateDisplayName(id: string, displayName: string): Promise<void>;
  /** Replace the password hash. */
  setPasswordHash(id: string, passwordHash: string): Promise<void>;
  /** Record that the email address was verified (kept if already set). */
  markEmailVerified(id: string, at: string): Promise<void>;
  /** Turn two-factor sign-in on (a base32 secret) or off (null). */
  setTotpSecret(id: string, secret: string | null): Promise<void>;
  /**
   * Use up a two-factor code's time step: true, and recorded, when `step` is later than
   * every step this user's codes were accepted at; false for a code already used (a replay).
   * Atomic, so two requests with one code cannot both succeed.
   */
  claimTotpStep(id: string, step: number): Promise<boolean>;
  /**
   * Erase a person's personal data in one transaction: the user record keeps
   * its id (so their comments, edits and sign-offs stay attributed) but its
   * name and email become `erasure`'s, the password and two-factor secret go
   * (nobody can sign in), and their sessions, single-use links, notification
   * settings, notifications and plan visits are deleted. Memberships are the
   * caller's to remove first (they carry the last-facilitator invariant).
   */
  erase(id: string, erasure: UserErasure): Promise<void>;
}

/** What a single-use emailed link is for. */
export type AuthTokenPurpose = "password_reset" | "email_verification";

/** A single-use emailed link. `id` is the SHA-256 of the secret in the link, never the secret. */
export interface AuthTokenRecord {
  id: string;
  userId: string;
  purpose: AuthTokenPurpose;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

/** Single-use links (password reset, email verification). */
export interface AuthTokenRepository {
  create(token: AuthTokenRecord): Promise<void>;
  /** A token by id (used or not), or null. */
  findById(id: string): Promise<AuthTokenRecord | null>;
  /**
   * Use a token atomically: when it exists for `purpose`, is unused and
   * expires after `now`, set `usedAt` and return it; otherwise null (so two
   * concurrent uses never both succeed).
   */
  consume(id: string, purpose: AuthTokenPurpose, now: string): Promise<AuthTokenRecord | null>;
  /** Remove every token of a user for `purpose` (a new link replaces older ones). Returns how many. */
  deleteForUser(userId: string, purpose: AuthTokenPurpose): Promise<number>;
  /** Remove tokens that expired at or before `before` (used or not). Returns how many. */
  deleteExpired(before: string): Promise<number>;
}

/** Server-side sessions. */
export interface SessionRepository {
  create(session: SessionRecord): Promise<void>;
  findById(id: string): Promise<SessionRecord | null>;
  touch(id: string, lastSeenAt: string): Promise<void>;
  delete(id: string): Promise<void>;
  /** Every session of a user (for "your data"). */
  listForUser(userId: string): Promise<SessionRecord[]>;
  /** Sign out everywhere. Returns how many were removed. */
  deleteAllForUser(userId: string): Promise<number>;
  /** Remove sessions expired by `now` or idle since `idleBefore`. */
  deleteExpired(now: string, idleBefore: string): Promise<number>;
}

/** Partnerships and their memberships. */
export interface PartnershipRepository {
  /** Create a partnership and its founding facilitator atomically. */
  createWithFounder(partnership: PartnershipRecord, founder: MembershipRecord): Promise<void>;
  findById(id: string): Promise<PartnershipRecord | null>;
  update(id: string, patch: Partial<Pick<PartnershipRecord, "name" | "place" | "description" | "twoFactorRequiredAt">>): Promise<void>;
  /** Partnerships the user is a member of, with their membership. */
  listForUser(userId: string): Promise<Array<{ partnership: PartnershipRecord; membership: MembershipRecord }>>;
}

/** Memberships. */
export interface MembershipRepository {
  find(partnershipId: string, userId: string): Promise<MembershipRecord | null>;
  listMembers(partnershipId: string): Promise<MemberRecord[]>;
  /**
   * Update a membership. Rejects with `LastFacilitatorError`-style
   * `InvariantError("last_facilitator")` if it would leave no facilitator.
   * Returns the updated record, or null if there was no such membership.
   */
  update(
    partnershipId: string,
    userId: string,
    patch: Partial<Pick<MembershipRecord, "role" | "organisation" | "sector">>,
    updatedAt: string,
  ): Promise<MembershipRecord | null>;
  /** Remove a membership; same facilitator invariant. Returns false if none existed. */
  remove(partnershipId: string, userId: string): Promise<boolean>;
}

/** Invite links. */
export interface InviteRepository {
  create(invite: InviteRecord): Promise<void>;
  findById(id: string): Promise<InviteRecord | null>;
  findByTokenHash(tokenHash: string): Promise<InviteRecord | null>;
  listForPartnership(partnershipId: string): Promise<InviteRecord[]>;
  revoke(id: string, revokedAt: string): Promise<void>;
  /**
   * Accept atomically: mark the invite used and create the membership. Fails
   * with `InvariantError("invite_used")` when the invite was used, revoked or
   * (by `membership.joinedAt`) expired in the meantime, and with
   * `InvariantError("already_member")` when the user is already a member.
   */
  accept(inviteId: string, membership: MembershipRecord): Promise<void>;
}

/** Plan metadata. */
export interface PlanRepository {
  /** Create the plan and its initial document state atomically. */
  create(plan: PlanRecord, initialState: Uint8Array): Promise<void>;
  findById(id: string): Promise<PlanRecord | null>;
  listForPartnership(partnershipId: string): Promise<PlanRecord[]>;
  update(id: string, patch: Partial<Pick<PlanRecord, "title" | "archivedAt">>): Promise<void>;
  touchActivity(id: string, at: string): Promise<void>;
}

/** One entry of a document's update log. */
export interface DocUpdateRecord {
  seq: number;
  data: Uint8Array;
  /** The member whose connection sent the update; null for server-made changes. */
  userId: string | null;
  createdAt: string;
}

/** The member who first wrote under a Yjs client id of a document. */
export interface DocClientOwner {
  clientId: number;
  userId: string;
}

/** What is stored for a document: the latest snapshot and the log after it. */
export interface StoredDoc {
  snapshot: Uint8Array | null;
  /** Seq of the last update merged into the snapshot (0 if none). */
  snapshotSeq: number;
  updates: DocUpdateRecord[];
  /**
   * Recorded owners of the document's Yjs client ids (by `compact`, and by
   * `visits.recordClientOwners`), ordered by client id: who wrote under the
   * client ids the snapshot holds, since their log entries are gone.
   */
  owners: DocClientOwner[];
}

/** The Yjs document store: an append-only update log plus compacted snapshots. */
export interface DocStore {
  /** Load the snapshot and every update after it. Null when the doc does not exist. */
  load(docId: string): Promise<StoredDoc | null>;
  /**
   * Append updates durably (one transaction, fsync per the adapter's
   * durability settings). Returns the seq of the last appended update.
   */
  append(docId: string, updates: Array<{ data: Uint8Array; userId: string | null }>, createdAt: string): Promise<number>;
  /**
   * Replace the snapshot with `snapshot` (which includes every update up to
   * and including `uptoSeq`) and delete those updates, atomically; in the same
   * transaction record `owners` (the members who first wrote under the Yjs
   * client ids of the deleted updates; an already recorded owner is kept: the
   * first writer wins), so that who may write under a client id outlives the
   * log. A stale compaction (older than the stored snapshot) changes nothing
   * but still records the owners.
   */
  compact(docId: string, snapshot: Uint8Array, uptoSeq: number, owners: readonly DocClientOwner[]): Promise<void>;
  /** Number of log entries after the snapshot. */
  logLength(docId: string): Promise<number>;
}

/** What kind of partnership extension an item is. */
export type OutcomeExtensionKind = "term" | "outcome" | "link";

/**
 * One local term, shared outcome or link a partnership added to the outcomes
 * model. `data` is the item as JSON (a `LocalTerm`, `LocalOutcome` or
 * `LocalLink` from `@jigsaw/shared/outcomes`), validated by the caller with
 * `validateExtensions` before it is written. Retired items stay stored (their
 * ids are never reused) and are left out of the partnership's model.
 */
export interface OutcomeExtensionItemRecord {
  partnershipId: string;
  /** The item's model id, `local:...`, unique within the partnership. */
  itemId: string;
  kind: OutcomeExtensionKind;
  data: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  retiredAt: string | null;
  retiredBy: string | null;
}

/** What happened to an extension item. */
export type OutcomeExtensionAction = "create" | "update" | "retire";

/** One audit entry: who changed which extension item, how and when. */
export interface OutcomeExtensionChangeRecord {
  partnershipId: string;
  /** 1, 2, 3, ... per partnership; the partnership's extensions revision after this change. */
  seq: number;
  actorId: string;
  action: OutcomeExtensionAction;
  itemKind: OutcomeExtensionKind;
  itemId: string;
  /** The item's label (for links, "from → to") when the change was made. */
  label: string;
  /** Fields an update changed, comma-separated; empty for create and retire. */
  fields: string;
  at: string;
}

/** A partnership's stored extensions: every item (active and retired) and the revision they are at. */
export interface OutcomeExtensionState {
  /** Number of changes ever applied (0 when none): the `expectedRevision` for the next write. */
  revision: number;
  items: OutcomeExtensionItemRecord[];
}

/** One item write and its audit entry, applied together. `change.seq` is assigned by the store. */
export interface OutcomeExtensionWrite {
  item: OutcomeExtensionItemRecord;
  change: Omit<OutcomeExtensionChangeRecord, "seq" | "partnershipId">;
}

/** Partnership extensions to the shared outcomes model, with an audit trail. */
export interface OutcomeExtensionRepository {
  /** Every stored item of the partnership (creation order) and its revision. */
  load(partnershipId: string): Promise<OutcomeExtensionState>;
  /**
   * Insert or replace the items and append their audit entries (seq
   * `expectedRevision + 1`, `+ 2`, ...) in one transaction, only if the
   * partnership is still at `expectedRevision`; otherwise nothing is written
   * and it rejects with `RevisionConflictError`. Returns the new revision.
   */
  apply(partnershipId: string, expectedRevision: number, writes: OutcomeExtensionWrite[]): Promise<number>;
  /** Audit entries, newest first, at most `limit`. */
  listChanges(partnershipId: string, limit: number): Promise<OutcomeExtensionChangeRecord[]>;
}

/** A stored agreement round (`AgreementRound` from `@jigsaw/shared/agreement/schema`, kept whole as JSON). */
export type AgreementRecord = AgreementRound;

/** Agreement rounds. Writes are compare-and-set on `revision` so concurrent responses never overwrite each other. */
export interface AgreementRepository {
  /** Store a new round. */
  create(round: AgreementRecord): Promise<void>;
  findById(id: string): Promise<AgreementRecord | null>;
  /** Every round of a plan, newest first. */
  listForPlan(planId: string): Promise<AgreementRecord[]>;
  /** Every open round of every plan, oldest first (the "closing soon" reminder sweep). */
  listOpen(): Promise<AgreementRecord[]>;
  /**
   * Replace the round if its stored revision is still `expectedRevision`
   * (`round.revision` must be greater); otherwise nothing is written and it
   * rejects with `RevisionConflictError`. A round that is no longer `open` is
   * never replaced (also `RevisionConflictError`; `InvariantError("not_found")` if it does not exist).
   */
  replace(round: AgreementRecord, expectedRevision: number): Promise<void>;
  /**
   * Erasure: in every round (whatever its status) replace the display name
   * of `userId` wherever they acted (proposed, responded, re-asked, closed)
   * with `displayName`; organisation, role and times stay, so the sign-off
   * stays verifiable. Revisions do not change. Returns how many rounds changed.
   */
  redactPerson(userId: string, displayName: string): Promise<number>;
}

/** A stored plan version. `state` and `snapshot` never change after creation. */
export interface VersionRecord {
  id: string;
  planId: string;
  kind: VersionKind;
  name: string;
  createdAt: string;
  /** Null for versions the system made (automatic). */
  createdBy: string | null;
  /** `Y.encodeStateAsUpdate` of the plan at that moment. */
  state: Uint8Array;
  /** `readPlan` JSON of the same moment. */
  snapshot: string;
  /** SHA-256 hex of the canonical (key-sorted) snapshot JSON. */
  contentHash: string;
  agreementId: string | null;
  /** JSON of the frozen `SignOffRecord` (agreed versions). */
  signOff: string | null;
}

/** A version without its content (history lists). */
export type VersionSummaryRecord = Omit<VersionRecord, "state" | "snapshot"> & { sizeBytes: number };

/**
 * Plan versions: append-only. The port has no delete; only the name of a
 * non-agreed version can change, so an agreed version is immutable by construction.
 */
export interface VersionRepository {
  create(version: VersionRecord): Promise<void>;
  findById(id: string): Promise<VersionRecord | null>;
  /** History, newest first (no content). */
  listForPlan(planId: string): Promise<VersionSummaryRecord[]>;
  /** The newest version of a plan (with content), or null. */
  latestForPlan(planId: string): Promise<VersionRecord | null>;
  /** Rename a non-agreed version. Returns false (and changes nothing) for agreed or unknown versions. */
  rename(id: string, name: string): Promise<boolean>;
  /**
   * Erasure, the one change an agreed version allows: replace its sign-off
   * record (JSON) with one where an erased person's name became a "Former
   * member" label (`redactSignOff`). Returns false when there is no such version.
   */
  redactSignOff(id: string, signOff: string): Promise<boolean>;
}

/** One audit entry: who did what, when, from which organisation. */
export interface AuditRecord {
  id: string;
  partnershipId: string;
  planId: string | null;
  at: string;
  /** Null for the system. */
  actorId: string | null;
  actorName: string;
  organisation: string | null;
  /** e.g. `agreement.proposed`, `agreement.responded`, `version.named`, `version.restored`, `export.created`. */
  action: string;
  subjectType: string;
  subjectId: string;
  /** JSON details. */
  details: string;
}

/** The append-only audit trail (no update or delete exists, in the port or the stores). */
export interface AuditRepository {
  append(entry: AuditRecord): Promise<void>;
  /** Entries of a plan, newest first, at most `limit`, optionally strictly before `before` (ISO time). */
  listForPlan(planId: string, limit: number, before?: string): Promise<AuditRecord[]>;
  /** Entries of a partnership (plan entries and plan-less ones such as membership changes), newest first, same paging. */
  listForPartnership(partnershipId: string, limit: number, before?: string): Promise<AuditRecord[]>;
  /** Entries a person made or that are about them (`actorId` or `subjectId`), newest first, at most `limit`. */
  listAboutUser(userId: string, limit: number): Promise<AuditRecord[]>;
  /**
   * Erasure, the one change the trail allows: in entries by or about
   * `userId`, and in entries about `alsoSubjects` (e.g. agreement rounds they
   * responded to, whose details list responders by name), replace their
   * recorded name (`actorName` of their own entries, and any details value
   * equal to `formerName`) with `label`, which must start with "Former
   * member". Everything else stays. Returns how many changed.
   */
  redactPerson(userId: string, formerName: string, label: string, alsoSubjects?: readonly string[]): Promise<number>;
}

/** One comment (a thread's first comment has `parentId` null and `threadId === id`). Flat, for every store. */
export interface CommentRecord {
  id: string;
  planId: string;
  partnershipId: string;
  threadId: string;
  parentId: string | null;
  authorId: string;
  /** Canonical restricted-markdown body ("" once deleted). */
  body: string;
  /** Plain text indexed for search: the body as text (plus the quote for a thread's first comment). */
  searchText: string;
  /** The thread's anchor as JSON (`CommentAnchor`); null on replies. */
  anchor: string | null;
  createdAt: string;
  editedAt: string | null;
  /** Tombstone: the comment stays in its thread. */
  deletedAt: string | null;
  /** Thread state, kept on the first comment only. */
  resolvedAt: string | null;
  resolvedBy: string | null;
  /** The organisation and sector the author represented when writing (null in comments kept before they were recorded); later membership changes do not rewrite them. */
  authorOrganisation: string | null;
  authorSector: Sector | null;
}

/** One member's reaction to a comment. */
export interface CommentReactionRecord {
  commentId: string;
  planId: string;
  userId: string;
  reaction: string;
  createdAt: string;
}

/** Comment threads, replies and reactions (stored outside the shared document). */
export interface CommentRepository {
  create(comment: CommentRecord): Promise<void>;
  findById(id: string): Promise<CommentRecord | null>;
  /** Every comment of a plan (tombstones included), oldest first. */
  listForPlan(planId: string): Promise<CommentRecord[]>;
  /** Every comment a member wrote (tombstones included), oldest first. */
  listByAuthor(authorId: string): Promise<CommentRecord[]>;
  /** Every comment of a thread, oldest first. */
  listThread(threadId: string): Promise<CommentRecord[]>;
  /** Replace the body (and its search text) and set `editedAt`. */
  updateBody(id: string, body: string, searchText: string, editedAt: string): Promise<void>;
  /** Tombstone: clear body and search text, set `deletedAt`. */
  markDeleted(id: string, deletedAt: string): Promise<void>;
  /** Resolve (`resolvedAt` set) or reopen (both null) a thread by its first comment's id. */
  setResolved(threadId: string, resolvedAt: string | null, resolvedBy: string | null): Promise<void>;
  /** Add (`on`) or remove a reaction; idempotent. */
  setReaction(reaction: CommentReactionRecord, on: boolean): Promise<void>;
  /** Every reaction on a plan's comments. */
  listReactionsForPlan(planId: string): Promise<CommentReactionRecord[]>;
}

/** How a notification is emailed: at once, in the next digest, or not at all. */
export type NotificationEmailMode = "immediate" | "digest" | "none";

/** One notification for one member. Text fields are plain text. */
export interface NotificationRecord {
  id: string;
  userId: string;
  partnershipId: string;
  planId: string | null;
  kind: string;
  threadId: string | null;
  commentId: string | null;
  actorId: string | null;
  title: string;
  excerpt: string;
  path: string;
  createdAt: string;
  readAt: string | null;
  email: NotificationEmailMode;
  /** Set when an email (immediate or digest) was claimed for it. */
  emailedAt: string | null;
}

/** Stored notifications: the bell, read state and email claims. */
export interface NotificationRepository {
  createMany(records: NotificationRecord[]): Promise<void>;
  findById(id: string): Promise<NotificationRecord | null>;
  /** Newest first, at most `limit` (max 200), optionally only unread or older than `before`. */
  listForUser(userId: string, options: { limit: number; unreadOnly?: boolean; before?: string }): Promise<NotificationRecord[]>;
  unreadCount(userId: string): Promise<number>;
  /** Mark some (or, with `ids` null, all) of the user's notifications read. Returns how many changed. */
  markRead(userId: string, ids: string[] | null, readAt: string): Promise<number>;
  /**
   * Atomically claim an immediate email: sets `emailedAt` when it is unset and
   * the mode is "immediate"; returns the record if this call claimed it.
   */
  claimImmediate(id: string, at: string): Promise<NotificationRecord | null>;
  /** Users with digest notifications created before `before` and not emailed yet. */
  usersWithPendingDigest(before: string): Promise<string[]>;
  /** Atomically claim a user's pending digest notifications created before `before`, oldest first. */
  claimDigest(userId: string, before: string, at: string): Promise<NotificationRecord[]>;
  /** Undo a claim after a failed send, so the next run retries. */
  releaseEmail(ids: string[]): Promise<void>;
  /** Retention: delete every notification created before `before` (read or not). Returns how many. */
  deleteCreatedBefore(before: string): Promise<number>;
}

/** A member's email preferences (see `NotificationPreferences` in shared/comments). */
export interface NotificationPreferenceRecord {
  userId: string;
  mention: string;
  reply: string;
  leadComment: string;
  agreementRequest: string;
  updatedAt: string;
}

/** Email preferences per member. */
export interface PreferenceRepository {
  get(userId: string): Promise<NotificationPreferenceRecord | null>;
  put(record: NotificationPreferenceRecord): Promise<void>;
}

/** What a member last saw of a plan. */
export interface PlanVisitRecord {
  userId: string;
  planId: string;
  visitedAt: string;
  /** Update-log seq of the document at the visit. */
  seq: number;
  /** Yjs state vector of the document at the visit. */
  stateVector: Uint8Array;
  /** JSON: section id → { title, hash } of what the member saw. */
  digests: string;
}

/** Last visits plus the Yjs client → member attribution that outlives log compaction. */
export interface VisitRepository {
  get(userId: string, planId: string): Promise<PlanVisitRecord | null>;
  put(visit: PlanVisitRecord): Promise<void>;
  /**
   * Remember who owns Yjs client ids in a plan's document (first writer wins).
   * The same records as `DocStore.compact` writes and `DocStore.load` returns.
   */
  recordClientOwners(planId: string, owners: DocClientOwner[]): Promise<void>;
  clientOwners(planId: string): Promise<DocClientOwner[]>;
}

/** One searchable part of a plan. */
export interface SearchDocument {
  kind: "section" | "action" | "indicator" | "risk";
  refId: string;
  title: string;
  body: string;
}

/** One search result from the index (comments are indexed by the store as they are written). */
export interface SearchIndexHit {
  kind: SearchDocument["kind"] | "comment";
  partnershipId: string;
  planId: string;
  /** Section/action/... id, or the thread id for comments. */
  refId: string;
  commentId: string | null;
  title: string;
  /** Snippet with matches marked by MARK_START/MARK_END (shared/comments/searchText). */
  markedSnippet: string;
  /** Higher is better. */
  score: number;
}

/** Full-text index of plan text and comments (FTS5 embedded; text indexes on MongoDB). Derived data: never dumped. */
export interface SearchIndex {
  /** Replace everything indexed for a plan's text. */
  replacePlan(plan: { planId: string; partnershipId: string }, docs: SearchDocument[]): Promise<void>;
  /** The best hits for all of `terms` (word prefixes) within the given partnerships only. */
  search(partnershipIds: string[], terms: string[], limit: number): Promise<SearchIndexHit[]>;
}

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

/** A field value in a dump record: JSON scalars plus binary (Yjs data). */
export type DumpValue = string | number | boolean | null | Uint8Array;

/**
 * One stored record in store-neutral form: `collection` is the camelCase
 * aggregate name (`users`, `memberships`, `docUpdates`, ...) and `record` its
 * camelCase fields (for the core aggregates exactly the `*Record` shapes above).
 */
export interface DumpRecord {
  collection: string;
  record: Record<string, DumpValue>;
}

/** Records written per collection by a restore. */
export type RestoreCounts = Record<string, number>;

/** Per-adapter "read everything / write everything" used to move an installation between stores. */
export interface StorageTransfer {
  /** Every stored record, collection by collection, parents before children, in a stable order. */
  dump(): AsyncIterable<DumpRecord>;
  /** True when the store holds no records at all. */
  isEmpty(): Promise<boolean>;
  /**
   * Insert `records` into this store, which must be empty (rejects with
   * `TransferError` otherwise, and on any unknown collection or field).
   */
  restore(records: AsyncIterable<DumpRecord>): Promise<RestoreCounts>;
}

/**
 * The store cannot be reached or could not confirm a write (network loss,
 * no primary, write-concern timeout). The outcome of a write that failed this
 * way is unknown: callers must not acknowledge it and may retry. HTTP 503.
 */
export class StorageUnavailableError extends Error {
  constructor(
    readonly operation: string,
    options?: { cause?: unknown },
  ) {
    super(`The data store is unavailable (${operation}); try again shortly`, options);
  }
}

/** A uniqueness constraint was violated (e.g. email already registered). */
export class DuplicateError extends Error {
  constructor(readonly field: string) {
    super(`Duplicate ${field}`);
  }
}

/** A storage-level invariant would be broken. */
export class InvariantError extends Error {
  constructor(readonly invariant: "last_facilitator" | "invite_used" | "already_member" | "not_found") {
    super(invariant);
  }
}

/** A write expected an older revision than the stored one (someone else wrote first); nothing was written. */
export class RevisionConflictError extends Error {
  constructor(
    readonly expected: number,
    readonly actual: number | null = null,
  ) {
    super(`Expected revision ${expected}${actual === null ? "" : `, found ${actual}`}`);
  }
}
