import type { Role } from "@jigsaw/shared/domain/role";
import type { Sector } from "@jigsaw/shared/domain/sector";
import type { PlanTemplate } from "@jigsaw/shared/domain/plan";

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
}

/** Server-side sessions. */
export interface SessionRepository {
  create(session: SessionRecord): Promise<void>;
  findById(id: string): Promise<SessionRecord | null>;
  touch(id: string, lastSeenAt: string): Promise<void>;
  delete(id: string): Promise<void>;
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
  update(id: string, patch: Partial<Pick<PartnershipRecord, "name" | "place" | "description">>): Promise<void>;
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

/** What is stored for a document: the latest snapshot and the log after it. */
export interface StoredDoc {
  snapshot: Uint8Array | null;
  /** Seq of the last update merged into the snapshot (0 if none). */
  snapshotSeq: number;
  updates: DocUpdateRecord[];
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
   * and including `uptoSeq`) and delete those updates, atomically.
   */
  compact(docId: string, snapshot: Uint8Array, uptoSeq: number): Promise<void>;
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

/** Everything the server stores. */
export interface Storage {
  readonly kind: "embedded" | "mongo";
  readonly users: UserRepository;
  readonly sessions: SessionRepository;
  readonly partnerships: PartnershipRepository;
  readonly memberships: MembershipRepository;
  readonly invites: InviteRepository;
  readonly plans: PlanRepository;
  readonly docs: DocStore;
  readonly outcomeExtensions: OutcomeExtensionRepository;
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
