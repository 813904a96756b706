/** A short-lived cache of upgrade authorization decisions reused by reconnects, dropped on revocation. */
import type { CollabAccess } from "./upgrade.ts";

/** The session facts an upgrade decision rests on (epoch ms), shared by a session's decisions. */
export interface CachedSession {
  expiresAt: number;
  lastSeenAt: number;
}

/**
 * One cached decision. Count each connection made with it (`UpgradeAuthCache.hold`)
 * and un-count it when the connection ends (`release`).
 */
export interface CachedUpgrade {
  readonly access: CollabAccess;
  readonly session: CachedSession;
}

interface Entry extends CachedUpgrade {
  key: string;
  access: CollabAccess;
  session: CachedSession;
  /** Open connections authorised with this decision. */
  live: number;
  /** When the decision was made or the last of its connections ended. */
  since: number;
}

/**
 * Upgrade authorisation decisions (the policy's answer, never a policy of its
 * own) per (session, plan), so a reconnect storm does not repeat the session,
 * user, plan and membership reads for every socket.
 *
 * A decision is reused while a connection it authorised is open (such a
 * connection is itself kept honest by the same revocation events) and for
 * `ttlMs` after the last one ended or after it was made. Callers drop
 * decisions on every event that changes one (`dropUser`, `dropPlan`,
 * `dropSession`); a decision computed while such an event arrived is not
 * stored (`ticket`/`put`). Only positive decisions are cached: a refusal is
 * always re-checked.
 */
export class UpgradeAuthCache {
  private readonly entries = new Map<string, Entry>();
  private readonly bySession = new Map<string, Set<Entry>>();
  /** Bumped by every drop: a decision that started before a drop is not stored. */
  private version = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 100_000,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Number of cached decisions. */
  get size(): number {
    return this.entries.size;
  }

  /** Call before computing a decision; pass the result to `put`. */
  ticket(): number {
    return this.version;
  }

  /**
   * The cached decision for a session and plan, or null. The caller still
   * checks the session's own limits (`session`) against the clock.
   */
  get(sessionId: string, planId: string, now: number): CachedUpgrade | null {
    if (this.ttlMs <= 0) return null;
    const e = this.entries.get(key(sessionId, planId));
    if (!e) return null;
    if (e.live === 0 && now - e.since > this.ttlMs) {
      this.remove(e);
      return null;
    }
    return e;
  }

  /**
   * Store a decision computed from storage just now. Not stored (the result
   * is still returned, for `hold`/`release`) when a drop happened since `ticket`.
   */
  put(ticket: number, access: CollabAccess, session: CachedSession, now: number): CachedUpgrade {
    const k = key(access.sessionId, access.planId);
    const fresh = this.ttlMs > 0 && ticket === this.version && this.entries.size < this.maxEntries;
    if (!fresh) {
      const detached: Entry = { key: k, access, session, live: 0, since: now };
      return detached;
    }
    // one session object per session: a re-check (which writes its activity) refreshes all its decisions
    const siblings = this.bySession.get(access.sessionId);
    const first = siblings?.values().next().value;
    const shared = first ? first.session : { ...session };
    shared.expiresAt = session.expiresAt;
    shared.lastSeenAt = Math.max(shared.lastSeenAt, session.lastSeenAt);
    const old = this.entries.get(k);
    if (old) {
      // re-checked while connections made with it are open: keep counting them
      old.access = access;
      old.session = shared;
      old.since = now;
      return old;
    }
    const e: Entry = { key: k, access, session: shared, live: 0, since: now };
    this.entries.set(k, e);
    if (siblings) siblings.add(e);
    else this.bySession.set(access.sessionId, new Set([e]));
    return e;
  }

  /** The session's activity was written at `at`: every decision made for it sees that. */
  seen(sessionId: string, at: number): void {
    const first = this.bySession.get(sessionId)?.values().next().value;
    if (first) first.session.lastSeenAt = Math.max(first.session.lastSeenAt, at);
  }

  /** A connection was made with this decision. */
  hold(decision: CachedUpgrade): void {
    (decision as Entry).live++;
  }

  /** A connection made with this decision ended (once per `hold`). */
  release(decision: CachedUpgrade): void {
    const e = decision as Entry;
    e.live = Math.max(0, e.live - 1);
    if (e.live === 0) e.since = this.clock();
  }

  /** Forget every decision of a user (membership change, sign-out everywhere). */
  dropUser(userId: string): void {
    this.version++;
    for (const e of [...this.entries.values()]) if (e.access.userId === userId) this.remove(e);
  }

  /** Forget every decision about a plan (archived, renamed). */
  dropPlan(planId: string): void {
    this.version++;
    for (const e of [...this.entries.values()]) if (e.access.planId === planId) this.remove(e);
  }

  /** Forget every decision made for a session (signed out, expired, gone). */
  dropSession(sessionId: string): void {
    this.version++;
    for (const e of [...(this.bySession.get(sessionId) ?? [])]) this.remove(e);
  }

  /** Forget everything. */
  clear(): void {
    this.version++;
    this.entries.clear();
    this.bySession.clear();
  }

  /** Remove decisions no connection holds whose time is up. */
  sweep(now: number): void {
    for (const e of [...this.entries.values()]) if (e.live === 0 && now - e.since > this.ttlMs) this.remove(e);
  }

  private remove(e: Entry): void {
    if (this.entries.get(e.key) === e) this.entries.delete(e.key);
    const set = this.bySession.get(e.access.sessionId);
    if (!set) return;
    set.delete(e);
    if (set.size === 0) this.bySession.delete(e.access.sessionId);
  }
}

function key(sessionId: string, planId: string): string {
  return `${sessionId} ${planId}`;
}
