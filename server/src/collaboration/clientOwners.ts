/** Client-id ownership: which user first wrote or claimed each Yjs client id, so nobody writes under another's. */
import * as decoding from "lib0/decoding";
import * as Y from "yjs";
import type { DocClientOwner } from "../domain/planDocument.ts";
import type { StoredDoc } from "../storage/types.ts";
import { awarenessFrameEntries } from "./protocol.ts";

/**
 * Which user first wrote or claimed each Yjs client id of one document (null = server): from the
 * owners stored with compactions, the log, live updates and awareness (a connection's first
 * awareness client id, here or relayed from another node, before anyone wrote under it: others
 * see it at once). Compaction stores those of the ids its updates wrote under.
 */
export class ClientOwners {
  private readonly owners = new Map<number, string | null>();

  /** Take the owners read at load. */
  load(owners: ReadonlyMap<number, string | null>): void {
    for (const [client, owner] of owners) this.owners.set(client, owner);
  }

  /**
   * The client ids an update by `userId` writes beyond the doc's state, all free or already
   * that user's; or the first one someone else owns (the update must be refused).
   */
  newWriters(doc: Y.Doc, meta: { to: Map<number, number> }, userId: string | null): { clients: number[] } | { foreign: number } {
    const clients: number[] = [];
    for (const [client, to] of meta.to) {
      if (to <= Y.getState(doc.store, client)) continue;
      const owner = this.owners.get(client);
      if (owner !== undefined && owner !== userId) return { foreign: client };
      clients.push(client);
    }
    return { clients };
  }

  /** `userId` wrote under `clients` (those nobody owns yet become theirs). */
  wrote(clients: Iterable<number>, userId: string | null): void {
    for (const c of clients) if (!this.owners.has(c)) this.owners.set(c, userId);
  }

  /** A stored update `userId` wrote (relayed or re-read): its client ids nobody owns yet become theirs. */
  storedBy(update: Uint8Array, userId: string | null): void {
    try {
      this.wrote(writtenClients(update), userId);
    } catch {
      // unreadable: applying it fails the doc
    }
  }

  /** Owners another node recorded with a compaction (re-read from storage). */
  recorded(owners: readonly DocClientOwner[]): void {
    for (const o of owners) if (!this.owners.has(o.clientId)) this.owners.set(o.clientId, o.userId);
  }

  /**
   * A connection of `userId` binds its awareness client id: owned by that user from now on,
   * before any edit (in memory; stored with the compaction of the user's edits under it).
   * False when another user (or the server) owns it already: the bind is refused.
   */
  claim(client: number, userId: string): boolean {
    const owner = this.owners.get(client);
    if (owner === undefined) {
      this.owners.set(client, userId);
      return true;
    }
    return owner === userId;
  }

  /**
   * Client ids found in a stored snapshot with no recorded owner: compaction records the member
   * behind every client id it prunes, so these were written by the server alone (a template, a
   * system change). They stay the server's: no member may write under them.
   */
  claimForServer(clients: Iterable<number>): void {
    for (const client of clients) if (!this.owners.has(client)) this.owners.set(client, null);
  }

  /**
   * Claims of another node's connections: every awareness state a node publishes carries the
   * user id it stamped from the session (`user.id`, the client's own overwritten), and the relay
   * is between our nodes only. Ids already owned keep their owner; removals and states without
   * a user claim nothing.
   */
  claimRelayed(frame: Uint8Array): void {
    let entries;
    try {
      entries = awarenessFrameEntries(frame);
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.json === "null" || this.owners.has(e.clientId)) continue;
      const userId = stampedUserId(e.json);
      if (userId !== null) this.owners.set(e.clientId, userId);
    }
  }

  /** The owners a compaction of `updates` must record. */
  toRecord(updates: Iterable<Uint8Array>): DocClientOwner[] {
    return ownersToRecord(this.owners, updates);
  }
}

/** The owners stored with a document: those recorded at compactions first (they wrote before anything still in the log), then the log's authors. */
export function storedOwners(stored: StoredDoc): Map<number, string | null> {
  const owners = new Map<number, string | null>(stored.owners.map((o) => [o.clientId, o.userId]));
  for (const u of stored.updates) {
    try {
      for (const client of writtenClients(u.data)) if (!owners.has(client)) owners.set(client, u.userId);
    } catch {
      // unreadable entry: skipped by the merge as well
    }
  }
  return owners;
}

/**
 * The owners a compaction of `updates` must record: the member (never the
 * server) who owns each client id those updates write under, per `owners`.
 */
export function ownersToRecord(owners: ReadonlyMap<number, string | null>, updates: Iterable<Uint8Array>): DocClientOwner[] {
  const out = new Map<number, string>();
  for (const u of updates) {
    let clients: Iterable<number>;
    try {
      clients = writtenClients(u);
    } catch {
      continue; // unreadable: it wrote nothing into the snapshot either
    }
    for (const client of clients) {
      const userId = owners.get(client);
      if (typeof userId === "string" && !out.has(client)) out.set(client, userId);
    }
  }
  return [...out].map(([clientId, userId]) => ({ clientId, userId }));
}

/**
 * Client ids that wrote structs in a V1 update. Most log entries come from one
 * client: the header is read directly (3 varints) instead of decoding every
 * struct with `Y.parseUpdateMeta`, which matters for long logs.
 */
export function writtenClients(update: Uint8Array): Iterable<number> {
  const d = decoding.createDecoder(update);
  const groups = decoding.readVarUint(d);
  if (groups === 0) return [];
  if (groups === 1) {
    const structs = decoding.readVarUint(d);
    return structs > 0 ? [decoding.readVarUint(d)] : [];
  }
  return Y.parseUpdateMeta(update).to.keys();
}

/** `user.id` of an awareness state's JSON, or null. */
function stampedUserId(json: string): string | null {
  let state: unknown;
  try {
    state = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof state !== "object" || state === null) return null;
  const user = (state as { user?: unknown }).user;
  if (typeof user !== "object" || user === null) return null;
  const id = (user as { id?: unknown }).id;
  return typeof id === "string" && id.length > 0 ? id : null;
}
