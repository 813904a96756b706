/** What other server features may ask of the running sync endpoint. */
export interface CollabApi {
  /**
   * The plan's current durable state as one Yjs update (`Y.encodeStateAsUpdate`),
   * from the loaded document if it is loaded, else loaded from storage. Null
   * for an unknown plan.
   */
  getDocSnapshot(planId: string): Promise<Uint8Array | null>;
  /**
   * Resolves once every change this node's loaded copy of the plan has accepted is
   * stored (at once when it is not loaded): storage then holds the plan's durable
   * state, to be read without touching the live document.
   */
  flushed(planId: string): Promise<void>;
  /**
   * Apply a server-made update (e.g. restore a version) attributed to `userId`
   * (null = the system). Validated like client updates (but may write `meta`),
   * stored durably, then relayed to every connection. Rejects when the update
   * is refused or cannot be stored.
   */
  applyServerUpdate(planId: string, update: Uint8Array, userId: string | null): Promise<void>;
  /** Open connections: to one plan, or in total. */
  connectionCount(planId?: string): number;
  /** Documents currently loaded in memory. */
  loadedDocCount(): number;
  /**
   * Client updates refused since start, by reason (`malformed`, `apply_failed`, …): each closed
   * its own connection (see `CloseEvents`) and left the document and everyone else connected.
   */
  refusedUpdateCounts(): Record<string, number>;
}

/** Thrown by `applyServerUpdate` when the update was refused. */
export class CollabUpdateRefusedError extends Error {
  constructor(readonly reason: string) {
    super(`update refused: ${reason}`);
    this.name = "CollabUpdateRefusedError";
  }
}
