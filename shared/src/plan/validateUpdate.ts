import * as Y from "yjs";
import { PLAN_ARRAY_ROOTS, PLAN_LIMITS, PLAN_MAP_ROOTS, PLAN_ROOTS } from "./schema.ts";

/** Why `checkPlanUpdate` refused an update. */
export type PlanUpdateRejection =
  | "not_bytes"
  | "too_large"
  | "malformed"
  | "too_many_structs"
  | "absurd_length"
  | "foreign_root"
  | "wrong_root_shape"
  | "subdocument"
  | "server_owned"
  | "foreign_client"
  | "missing_dependency"
  | "internal_error";

/** Result of `checkPlanUpdate`. */
export type PlanUpdateCheck = { ok: true } | { ok: false; reason: PlanUpdateRejection; detail?: string };

/** Options for `checkPlanUpdate`. */
export interface CheckPlanUpdateOptions {
  /** Largest update in bytes (default `PLAN_LIMITS.updateMaxBytes`, 2 MiB). */
  maxBytes?: number;
  /** Most structs in one update (default `PLAN_LIMITS.updateMaxStructs`). */
  maxStructs?: number;
  /** Longest single struct (default `PLAN_LIMITS.updateMaxStructLength`). */
  maxStructLength?: number;
  /** Let the update write or delete under `meta` (default false: meta is server-owned). */
  allowMetaWrites?: boolean;
  /**
   * Client ids this connection may author. When given, structs the doc does not have
   * yet must come from one of them (stops forging another user's clientID).
   */
  clientIds?: ReadonlySet<number>;
  /**
   * Accept updates whose dependencies the doc does not have (default false: such
   * updates would sit in the doc's pending store forever and can plant "future" edits).
   */
  allowPending?: boolean;
}

const ALLOWED_ROOTS: ReadonlySet<string> = new Set(Object.values(PLAN_ROOTS));

type Struct = Y.Item | Y.GC | Y.Skip;
type Resolution = { root: string } | "gc" | "pending" | "cycle";

class Rejected {
  constructor(
    readonly reason: PlanUpdateRejection,
    readonly detail?: string,
  ) {}
}

function reject(reason: PlanUpdateRejection, detail?: string): never {
  throw new Rejected(reason, detail);
}

/** Binary search for the struct containing `clock` in a clock-sorted list. */
function findStruct<T extends { id: Y.ID; length: number }>(list: readonly T[] | undefined, clock: number): T | null {
  if (!list) return null;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const s = list[mid];
    if (clock < s.id.clock) hi = mid - 1;
    else if (clock >= s.id.clock + s.length) lo = mid + 1;
    else return s;
  }
  return null;
}

function rootNameOf(item: Y.Item, rootNames: ReadonlyMap<unknown, string>): Resolution {
  let type = item.parent;
  if (!(type instanceof Y.AbstractType)) return "gc";
  let guard = 0;
  while (type._item !== null) {
    const parent: unknown = type._item.parent;
    if (!(parent instanceof Y.AbstractType) || ++guard > 10_000) return "gc";
    type = parent;
  }
  const name = rootNames.get(type);
  return name === undefined ? { root: "" } : { root: name };
}

function check(doc: Y.Doc, update: Uint8Array, options: CheckPlanUpdateOptions): void {
  const maxBytes = options.maxBytes ?? PLAN_LIMITS.updateMaxBytes;
  const maxStructs = options.maxStructs ?? PLAN_LIMITS.updateMaxStructs;
  const maxLen = options.maxStructLength ?? PLAN_LIMITS.updateMaxStructLength;
  const allowMeta = options.allowMetaWrites ?? false;
  const allowPending = options.allowPending ?? false;

  if (!(update instanceof Uint8Array)) reject("not_bytes");
  if (update.byteLength > maxBytes) reject("too_large", `${update.byteLength} bytes`);

  let decoded: { structs: Struct[]; ds: { clients: Map<number, Array<{ clock: number; len: number }>> } };
  try {
    decoded = Y.decodeUpdate(update) as typeof decoded;
  } catch (e) {
    reject("malformed", e instanceof Error ? e.message : "decode failed");
  }
  const { structs, ds } = decoded;
  if (!Array.isArray(structs) || !(ds?.clients instanceof Map)) reject("malformed");
  if (structs.length > maxStructs) reject("too_many_structs", String(structs.length));

  // Per-client, clock-sorted lists of the update's structs (Skips excluded).
  const byClient = new Map<number, Array<Y.Item | Y.GC>>();
  for (const s of structs) {
    const len = s.length;
    const { client, clock } = s.id;
    if (!Number.isSafeInteger(len) || len < 0 || len > maxLen || !Number.isSafeInteger(clock + len)) {
      reject("absurd_length", `${client}:${clock}+${len}`);
    }
    if (s instanceof Y.Skip) continue;
    if (s instanceof Y.Item && s.content instanceof Y.ContentDoc) reject("subdocument");
    let list = byClient.get(client);
    if (!list) byClient.set(client, (list = []));
    list.push(s);
  }

  // Replay Yjs's integration order without applying anything: a client's structs go in
  // clock order, and a struct (even one the doc already has: Yjs still resolves its
  // references) waits until every id it refers to (origin, right origin, parent) exists.
  // A struct left waiting would sit in the doc's pending store, or make Yjs throw when
  // the reference is to its own client; `available` ends as the doc's state afterwards.
  const docState = (client: number) => Y.getState(doc.store, client);
  const available = new Map<number, number>();
  const availableOf = (client: number) => available.get(client) ?? docState(client);
  const next = new Map<number, number>(); // client -> index of its first struct not yet taken
  const waiting = new Map<number, number[]>(); // referenced client -> clients whose next struct waits on it
  const blockedOn = (s: Y.Item | Y.GC): number | null => {
    const have = availableOf(s.id.client);
    if (s.id.clock > have) return s.id.client; // a gap: an earlier struct of this client is missing
    if (!(s instanceof Y.Item)) return null;
    const parent: unknown = s.parent;
    for (const ref of [s.origin, s.rightOrigin, parent instanceof Y.ID ? parent : null]) {
      if (ref && ref.clock >= availableOf(ref.client)) return ref.client;
    }
    return null;
  };
  const advance = (client: number): void => {
    const list = byClient.get(client)!;
    let i = next.get(client) ?? 0;
    for (; i < list.length; i++) {
      const s = list[i]!;
      const on = blockedOn(s);
      if (on !== null) {
        if (on !== client) {
          let w = waiting.get(on);
          if (!w) waiting.set(on, (w = []));
          w.push(client);
        }
        break;
      }
      available.set(client, Math.max(availableOf(client), s.id.clock + s.length));
    }
    next.set(client, i);
  };
  const queue: number[] = [];
  for (const [client, list] of byClient) {
    list.sort((a, b) => a.id.clock - b.id.clock);
    queue.push(client);
  }
  while (queue.length > 0) {
    const client = queue.pop()!;
    const before = availableOf(client);
    advance(client);
    if (availableOf(client) > before) {
      const w = waiting.get(client);
      if (w) {
        waiting.delete(client);
        queue.push(...w);
      }
    }
  }
  for (const [client, list] of byClient) {
    const i = next.get(client) ?? 0;
    if (i < list.length && !allowPending) reject("missing_dependency", `${client}:${list[i]!.id.clock}`);
    if (options.clientIds && !options.clientIds.has(client) && availableOf(client) > docState(client)) {
      reject("foreign_client", String(client));
    }
  }

  // Root names of the existing doc's root types.
  const rootNames = new Map<unknown, string>();
  for (const [name, type] of doc.share) rootNames.set(type, name);

  const memo = new Map<Y.Item, Resolution>();
  const lookup = (id: Y.ID): Resolution | Y.Item => {
    if (id.clock < docState(id.client)) {
      const list = doc.store.clients.get(id.client);
      const s = list ? list[Y.findIndexSS(list, id.clock)] : undefined;
      return s instanceof Y.Item ? rootNameOf(s, rootNames) : "gc";
    }
    const s = findStruct(byClient.get(id.client), id.clock);
    if (s instanceof Y.Item) return s;
    return s ? "gc" : "pending";
  };
  const resolve = (start: Y.Item): Resolution => {
    const path: Y.Item[] = [];
    const onPath = new Set<Y.Item>();
    let cur: Y.Item = start;
    let result: Resolution;
    for (;;) {
      const known = memo.get(cur);
      if (known !== undefined) {
        result = known;
        break;
      }
      if (onPath.has(cur)) {
        result = "cycle";
        break;
      }
      path.push(cur);
      onPath.add(cur);
      const parent: unknown = cur.parent;
      if (typeof parent === "string") {
        result = { root: parent };
        break;
      }
      const ref = parent instanceof Y.ID ? parent : (cur.origin ?? cur.rightOrigin);
      if (!ref) {
        result = "gc";
        break;
      }
      const next = lookup(ref);
      if (!(next instanceof Y.Item)) {
        result = next;
        break;
      }
      cur = next;
    }
    for (const p of path) memo.set(p, result);
    return result;
  };

  for (const list of byClient.values()) {
    for (const s of list) {
      if (!(s instanceof Y.Item)) continue;
      if (s.id.clock + s.length <= docState(s.id.client)) continue; // already in the doc: no-op
      const r = resolve(s);
      if (r === "cycle") reject("malformed", "reference cycle");
      if (r === "pending") {
        if (!allowPending) reject("missing_dependency", `${s.id.client}:${s.id.clock}`);
        continue;
      }
      if (r === "gc") continue; // Yjs garbage-collects items whose parent is gone
      if (!ALLOWED_ROOTS.has(r.root)) reject("foreign_root", r.root || "(unnamed)");
      if (r.root === PLAN_ROOTS.meta && !allowMeta) reject("server_owned", "meta");
      if (typeof s.parent === "string") {
        const isMap = PLAN_MAP_ROOTS.has(s.parent);
        if (isMap && s.parentSub === null) reject("wrong_root_shape", s.parent);
        if (PLAN_ARRAY_ROOTS.has(s.parent) && s.parentSub !== null) reject("wrong_root_shape", s.parent);
      }
    }
  }

  // Delete set: nothing pending, and nothing under meta unless allowed.
  let metaItems: Y.Item[] = [];
  if (!allowMeta) {
    const meta = doc.share.get(PLAN_ROOTS.meta);
    if (meta instanceof Y.AbstractType) metaItems = [...meta._map.values()].filter((i) => !i.deleted);
  }
  for (const [client, ranges] of ds.clients) {
    const avail = available.get(client) ?? docState(client);
    for (const { clock, len } of ranges) {
      if (!Number.isSafeInteger(clock + len) || len < 0) reject("absurd_length", `delete ${client}:${clock}+${len}`);
      // Yjs never encodes an empty range, and throws re-encoding one it cannot apply yet
      if (len === 0) reject("malformed", `empty delete range ${client}:${clock}`);
      if (clock + len > avail && !allowPending) reject("missing_dependency", `delete ${client}:${clock}`);
      for (const item of metaItems) {
        if (item.id.client === client && clock < item.id.clock + item.length && item.id.clock < clock + len) {
          reject("server_owned", "meta");
        }
      }
    }
  }
}

/**
 * Decides whether a client's Yjs update (v1 encoding, as y-websocket sends it) may be
 * applied to the shared plan document `doc`. Call it before `Y.applyUpdate`.
 * Cheap for small updates: decodes the update and inspects its structs without
 * applying it (no clone of the doc).
 *
 * Rejects: non-bytes, oversized or malformed/truncated updates; too many or absurdly
 * long structs; items whose root type is not one of `PLAN_ROOTS` (e.g. a foreign
 * `Y.Text('evil')`), resolved through explicit parents (root name or parent id) and
 * through origins for items that inherit their parent; map/array misuse of a root;
 * subdocuments; writes or deletes under the server-owned `meta` root; structs under
 * client ids not bound to the connection (when `clientIds` is given); and updates
 * that would leave structs or deletions pending (missing dependencies); empty delete ranges.
 *
 * Relies on the invariant that every update applied to `doc` passed this check (or
 * was written by the server itself). Never throws.
 */
export function checkPlanUpdate(doc: Y.Doc, update: Uint8Array, options: CheckPlanUpdateOptions = {}): PlanUpdateCheck {
  try {
    check(doc, update, options);
    return { ok: true };
  } catch (e) {
    if (e instanceof Rejected) return e.detail === undefined ? { ok: false, reason: e.reason } : { ok: false, reason: e.reason, detail: e.detail };
    return { ok: false, reason: "internal_error", detail: e instanceof Error ? e.message : String(e) };
  }
}
