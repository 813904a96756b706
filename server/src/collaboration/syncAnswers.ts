/** Sync answers: our sync step 1 and the answers to clients' step 1, encoded once per document generation and shared by every joiner. */
import * as Y from "yjs";
import { encodeSyncStep1, encodeSyncStep2 } from "./protocol.ts";

interface SyncCache {
  gen: number;
  /** Our state vector, encoded and decoded. */
  svBytes: Uint8Array;
  sv: Map<number, number>;
  /** `[sync, step1, sv]` */
  step1: Uint8Array;
  upToDate: { update: Uint8Array; frame: Uint8Array } | null;
}

/**
 * What joins at the current generation share: the full state (for an empty client), our step 1
 * and the answer to a client already up to date, each encoded at most once per generation.
 */
export class SyncAnswers {
  private fullStateCache: { gen: number; frame: Uint8Array } | null = null;
  private syncCache: SyncCache | null = null;
  /** Generation seen by the previous `warm` call. */
  private quietGen = -1;

  constructor(
    private readonly doc: Y.Doc,
    /** The document's current generation (count of accepted changes). */
    private readonly generation: () => number,
  ) {}

  /** A cold load's bare snapshot is the full state at `gen` already: first joiners get it without an encode. */
  seedFullState(gen: number, frame: Uint8Array): void {
    this.fullStateCache = { gen, frame };
  }

  /** Our sync step 1 at the current generation. */
  step1(): Uint8Array {
    return this.current().step1;
  }

  /** The sync step 2 answering a client's state vector `sv` (null when it is unreadable). */
  answer(sv: Uint8Array): Uint8Array | null {
    let decoded: Map<number, number>;
    try {
      decoded = Y.decodeStateVector(sv);
    } catch {
      return null;
    }
    const gen = this.generation();
    if (decoded.size === 0) {
      if (!this.fullStateCache || this.fullStateCache.gen !== gen) {
        this.fullStateCache = { gen, frame: encodeSyncStep2(Y.encodeStateAsUpdate(this.doc)) };
      }
      return this.fullStateCache.frame;
    }
    const cache = this.current();
    // A client at our state vector lacks no structs, but may lack deletions (they do not
    // move the state vector): it gets our whole delete set, encoded once per generation.
    return sameStateVector(decoded, cache.sv) ? this.upToDateAnswer(cache).frame : encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, sv));
  }

  /**
   * Encode ahead of need what a client at our state vector gets, once the document has been
   * quiet since the previous call (a reconnect storm then finds it ready). True when it encoded.
   */
  warm(): boolean {
    const gen = this.generation();
    if (this.syncCache?.gen === gen && this.syncCache.upToDate) return false;
    const quiet = this.quietGen === gen;
    this.quietGen = gen;
    if (!quiet) return false;
    this.upToDateAnswer(this.current());
    return true;
  }

  /**
   * True when applying `update` cannot change the document: the empty update, or exactly the
   * update we would send a client at our state (no structs, a delete set we already hold).
   */
  isNoop(update: Uint8Array): boolean {
    if (update.byteLength === 2 && update[0] === 0 && update[1] === 0) return true;
    const cache = this.syncCache;
    if (!cache || cache.gen !== this.generation() || !cache.upToDate) return false;
    const ours = cache.upToDate.update;
    return ours.byteLength === update.byteLength && Buffer.from(ours.buffer, ours.byteOffset, ours.byteLength).equals(Buffer.from(update.buffer, update.byteOffset, update.byteLength));
  }

  /** Step 1 and state vector of the current generation (encoded once per generation). */
  private current(): SyncCache {
    const gen = this.generation();
    if (this.syncCache?.gen === gen) return this.syncCache;
    const svBytes = Y.encodeStateVector(this.doc);
    this.syncCache = { gen, svBytes, sv: Y.decodeStateVector(svBytes), step1: encodeSyncStep1(svBytes), upToDate: null };
    return this.syncCache;
  }

  /** `encodeStateAsUpdate(doc, ourStateVector)`: no structs, our whole delete set. */
  private upToDateAnswer(cache: SyncCache): { update: Uint8Array; frame: Uint8Array } {
    if (!cache.upToDate) {
      const update = Y.encodeStateAsUpdate(this.doc, cache.svBytes);
      cache.upToDate = { update, frame: encodeSyncStep2(update) };
    }
    return cache.upToDate;
  }
}

/** Same clients at the same clocks. */
function sameStateVector(a: Map<number, number>, b: Map<number, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [client, clock] of a) if (b.get(client) !== clock) return false;
  return true;
}
