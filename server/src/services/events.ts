import { EventEmitter } from "node:events";
import type { AgreementEventPayload } from "@jigsaw/shared/agreement/presented";
import type { ScopeNow } from "@jigsaw/shared/agreement/scopeContent";
import type { CommentChangedEvent } from "@jigsaw/shared/comments/events";
import type { Role } from "@jigsaw/shared/domain/role";
import type { AgreementRecord } from "../domain/agreement.ts";
import type { NotificationRecord } from "../domain/notification.ts";
import type { VersionRecord, VersionSummaryRecord } from "../domain/version.ts";

/** Domain events other parts of the server react to (realtime fan-out, closing sockets, notifications). */
export interface DomainEvents {
  /** A membership was changed or removed (`role` null = removed). Open connections must be re-authorised. */
  "membership.changed": { partnershipId: string; userId: string; role: Role | null };
  /** A member joined. */
  "membership.added": { partnershipId: string; userId: string };
  /** A plan's metadata changed (title, archived). */
  "plan.changed": { partnershipId: string; planId: string };
  /** All sessions of a user ended (sign out everywhere). */
  "user.signedOut": { userId: string };
  /** One session ended (sign out, or replaced at sign-in). `sessionId` is the stored id (token hash). */
  "session.ended": { sessionId: string; userId: string };
  /**
   * A facilitator asked partner organisations to sign off (part of) a plan. The
   * notifications feature tells the representatives of `requiredOrganisations`.
   */
  "agreement.requested": {
    partnershipId: string;
    planId: string;
    agreementId: string;
    title: string;
    requiredOrganisations: string[];
    deadline: string;
    proposedBy: string;
  };
  /** An organisation responded to a round, or changed its response (notifications tell the proposer and facilitators). */
  "agreement.responded": {
    partnershipId: string;
    planId: string;
    agreementId: string;
    title: string;
    organisation: string;
    response: "consent" | "consent_with_comment" | "object" | "abstain";
    comment: string | null;
    /** The responder. */
    by: string;
    proposedBy: string;
    /** The organisation had responded before in this round. */
    changed: boolean;
  };
  /** A round closed as agreed (notifications tell every member of the signing organisations). */
  "agreement.closed": {
    partnershipId: string;
    planId: string;
    agreementId: string;
    title: string;
    outcome: string;
    requiredOrganisations: string[];
    closedBy: string;
    proposedBy: string;
    versionId: string | null;
  };
  /**
   * Agreed sections (or a whole-plan agreement's indicators, risks and actions) were
   * edited after agreement: emitted once when they turn from "Agreed" to "Changed
   * since agreement" (the drift check), not per edit.
   */
  "agreement.textChanged": {
    partnershipId: string;
    planId: string;
    /** `sectionId` null: the plan-level items (indicators, risks, actions under no section) of a whole-plan agreement. */
    sections: Array<{ sectionId: string | null; title: string; roundId: string; changes: string[] }>;
  };
  /**
   * The last connection left a plan's live document (the sync endpoint emits it);
   * versions use it to cut an automatic version of a busy plan.
   */
  "plan.idle": { planId: string };
  /**
   * A plan's document content changed (emitted by the sync endpoint after
   * committing updates, throttled per plan); search re-indexes the plan.
   */
  "plan.contentChanged": { planId: string };
  /** A comment thread changed (created, replied, edited, ...): the plan room refetches it. */
  "comment.changed": CommentChangedEvent;
  /** An agreement round changed (`round` null: only its sections' states did). */
  "agreement.changed": {
    planId: string;
    agreementId: string;
    change: AgreementEventPayload["change"];
    round: AgreementRecord | null;
    /** The scope's current content, for the round's "given on an earlier text" marks. */
    now: ScopeNow | null;
  };
  /** A version was stored (`restoredFrom`: the version a restore brought back). `names` maps user ids to display names. */
  "version.created": { planId: string; version: VersionRecord | VersionSummaryRecord; names: ReadonlyMap<string, string>; restoredFrom: string | null };
  /** A notification was stored for its recipient (`unreadCount` after it). */
  "notification.created": { notification: NotificationRecord; actorName: string | null; unreadCount: number };
  /** A member read notifications (`ids` null = all). */
  "notifications.read": { userId: string; ids: string[] | null; unreadCount: number };
}

/** A typed event bus. In a multi-node deployment it is bridged through Redis. */
export class EventBus {
  private readonly emitter = new EventEmitter();
  private forward: (<K extends keyof DomainEvents>(name: K, payload: DomainEvents[K]) => void) | null = null;
  constructor() {
    this.emitter.setMaxListeners(100);
  }
  /** Publish an event to every subscriber (on every node when bridged). */
  emit<K extends keyof DomainEvents>(name: K, payload: DomainEvents[K]): void {
    this.emitter.emit(name, payload);
    this.forward?.(name, payload);
  }
  /**
   * Forward every emitted event to other nodes (the scale-out module; null
   * stops). Events arriving from other nodes come in through `deliverLocal`.
   */
  bridge(forward: (<K extends keyof DomainEvents>(name: K, payload: DomainEvents[K]) => void) | null): void {
    this.forward = forward;
  }
  /** Deliver an event that another node emitted to this node's subscribers only. */
  deliverLocal<K extends keyof DomainEvents>(name: K, payload: DomainEvents[K]): void {
    this.emitter.emit(name, payload);
  }
  /** Subscribe; returns an unsubscribe function. */
  on<K extends keyof DomainEvents>(name: K, fn: (payload: DomainEvents[K]) => void): () => void {
    this.emitter.on(name, fn);
    return () => this.emitter.off(name, fn);
  }
}
