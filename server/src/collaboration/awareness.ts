/** The awareness room: presence states of one document, identity stamped from the session, one client id per connection. */
import { encodeAwarenessFrame, isRemovedState, MalformedFrameError, readAwarenessState, type AwarenessEntry } from "./protocol.ts";

/** Who a connection is, as shown to everyone else. Set by the server, never by the client. */
export interface AwarenessIdentity {
  id: string;
  name: string;
  sector: string;
  organisation: string;
  colour: string;
}

/** What the awareness room needs to know about a connection. */
export interface AwarenessPeer {
  readonly identity: AwarenessIdentity;
  /** The one awareness client id this connection may write (first one it announced). */
  ownedClientId: number | null;
}

/** Why an awareness message was refused outright (closes the connection). */
export type AwarenessRefusal = "too_large" | "malformed";

interface StoredState {
  clock: number;
  json: string;
  owner: AwarenessPeer;
}

const MAX_TOMBSTONES = 10_000;

/**
 * Server-side awareness for one document. Identity fields are overwritten
 * from the session, a connection may only write the client id it owns, and
 * changes are coalesced: `flushChanges` sends every change since the last flush
 * in one frame; unchanged heartbeats only bump the clock and are forwarded in
 * batches by `flushHeartbeats` (often enough for clients' 30 s timeout).
 */
export class AwarenessRoom {
  private readonly states = new Map<number, StoredState>();
  /** Clock of removed client ids, so stale echoes cannot resurrect them. */
  private readonly removed = new Map<number, number>();
  private readonly changes = new Map<number, { clock: number; json: string }>();
  private readonly heartbeats = new Set<number>();

  constructor(private readonly maxStateBytes: number) {}

  /** Number of present clients. */
  get size(): number {
    return this.states.size;
  }

  /** True when `flushChanges` has something to send. */
  get hasChanges(): boolean {
    return this.changes.size > 0;
  }

  /**
   * Apply a client's awareness entries. Entries for client ids the peer does
   * not own, stale clocks and echoes are dropped silently (stock clients echo
   * every remote state back), and they are dropped on client id and clock
   * alone: a state is decoded only once it will be kept. Returns a refusal for
   * an oversized or unreadable state of the peer's own.
   * `claim` is asked before a client id is bound to a peer that owns none yet:
   * false leaves it unbound (the entry is dropped like another peer's).
   */
  apply(peer: AwarenessPeer, entries: readonly AwarenessEntry[], claim?: (clientId: number) => boolean): AwarenessRefusal | null {
    for (const e of entries) {
      const cur = this.states.get(e.clientId);
      // Echo of a state this peer does not own, or a clock we already have: nothing to read.
      if (peer.ownedClientId !== null) {
        if (peer.ownedClientId !== e.clientId) continue;
      } else if (cur && cur.owner !== peer) {
        continue;
      }
      if (cur && e.clock <= cur.clock) continue;
      const tomb = this.removed.get(e.clientId);
      if (!cur && tomb !== undefined && e.clock <= tomb) continue;
      if (isRemovedState(e.raw)) {
        if (cur && cur.owner === peer) this.remove(e.clientId, e.clock);
        continue;
      }
      if (e.raw.byteLength > this.maxStateBytes) return "too_large";
      let state: Record<string, unknown>;
      try {
        state = readAwarenessState(e.raw);
      } catch (err) {
        if (err instanceof MalformedFrameError) return "malformed";
        throw err;
      }
      if (peer.ownedClientId === null) {
        if (claim && !claim(e.clientId)) continue;
        peer.ownedClientId = e.clientId;
      }
      const json = JSON.stringify({ ...state, user: userField(peer.identity) });
      if (json.length > this.maxStateBytes) return "too_large";
      this.removed.delete(e.clientId);
      if (cur && cur.json === json) {
        cur.clock = e.clock;
        if (!this.changes.has(e.clientId)) this.heartbeats.add(e.clientId);
        continue;
      }
      this.states.set(e.clientId, { clock: e.clock, json, owner: peer });
      this.changes.set(e.clientId, { clock: e.clock, json });
      this.heartbeats.delete(e.clientId);
    }
    return null;
  }

  /** Remove the state a departing peer owned. */
  removePeer(peer: AwarenessPeer): void {
    const id = peer.ownedClientId;
    if (id === null) return;
    const cur = this.states.get(id);
    if (cur && cur.owner === peer) this.remove(id, cur.clock + 1);
  }

  /** One frame with every change since the last flush (null when none). */
  flushChanges(): Uint8Array | null {
    if (this.changes.size === 0) return null;
    const entries = [...this.changes].map(([clientId, v]) => ({ clientId, ...v }));
    this.changes.clear();
    return encodeAwarenessFrame(entries);
  }

  /** One frame refreshing clients whose only news was a heartbeat (null when none). */
  flushHeartbeats(): Uint8Array | null {
    if (this.heartbeats.size === 0) return null;
    const entries: Array<{ clientId: number; clock: number; json: string }> = [];
    for (const id of this.heartbeats) {
      const s = this.states.get(id);
      if (s) entries.push({ clientId: id, clock: s.clock, json: s.json });
    }
    this.heartbeats.clear();
    return entries.length > 0 ? encodeAwarenessFrame(entries) : null;
  }

  /** Every present state, for a joining client or a query (null when empty). */
  snapshotFrame(): Uint8Array | null {
    if (this.states.size === 0) return null;
    return encodeAwarenessFrame([...this.states].map(([clientId, s]) => ({ clientId, clock: s.clock, json: s.json })));
  }

  private remove(clientId: number, clock: number): void {
    this.states.delete(clientId);
    this.heartbeats.delete(clientId);
    this.changes.set(clientId, { clock, json: "null" });
    if (this.removed.size >= MAX_TOMBSTONES) this.removed.clear();
    this.removed.set(clientId, clock);
  }
}

function userField(id: AwarenessIdentity): Record<string, string> {
  // `color` as well as `colour`: Tiptap's collaboration caret reads `user.color`.
  return { id: id.id, name: id.name, sector: id.sector, organisation: id.organisation, colour: id.colour, color: id.colour };
}
