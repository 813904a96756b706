import type { OutcomeExtensionAction, OutcomeExtensionKind } from "../domain/outcomeExtension.ts";
import type { OutcomeExtensionWrite } from "./types.ts";

/**
 * Helpers both adapters use for `OutcomeExtensionRepository`: the stored keys
 * (deterministic, so the same item or audit entry has the same key in every
 * store and in a dump) and the shape checks run before anything is written.
 */

const KINDS: readonly OutcomeExtensionKind[] = ["term", "outcome", "link"];
const ACTIONS: readonly OutcomeExtensionAction[] = ["create", "update", "retire"];

/** The stored key of an extension item: `<partnershipId>/<itemId>`. */
export function extensionItemKey(partnershipId: string, itemId: string): string {
  return `${partnershipId}/${itemId}`;
}

/** The stored key of an audit entry: `<partnershipId>/<seq>`. */
export function extensionChangeKey(partnershipId: string, seq: number): string {
  return `${partnershipId}/${seq}`;
}

function isStr(v: unknown): v is string {
  return typeof v === "string";
}

/**
 * Throw a TypeError unless every write belongs to `partnershipId`, names a
 * known kind and action, and its audit entry is about the written item.
 */
export function checkExtensionWrites(partnershipId: string, expectedRevision: number, writes: readonly OutcomeExtensionWrite[]): void {
  if (!isStr(partnershipId)) throw new TypeError("partnershipId must be a string");
  if (!Number.isSafeInteger(expectedRevision) || expectedRevision < 0) throw new TypeError("expectedRevision must be a non-negative integer");
  if (!Array.isArray(writes) || writes.length === 0) throw new TypeError("writes must be a non-empty array");
  for (const { item, change } of writes) {
    if (item.partnershipId !== partnershipId) throw new TypeError("item belongs to another partnership");
    for (const k of ["itemId", "data", "createdAt", "createdBy", "updatedAt", "updatedBy"] as const) {
      if (!isStr(item[k])) throw new TypeError(`item.${k} must be a string`);
    }
    if (item.retiredAt !== null && !isStr(item.retiredAt)) throw new TypeError("item.retiredAt must be a string or null");
    if (item.retiredBy !== null && !isStr(item.retiredBy)) throw new TypeError("item.retiredBy must be a string or null");
    if (!KINDS.includes(item.kind)) throw new TypeError("item.kind is not a known kind");
    if (!ACTIONS.includes(change.action)) throw new TypeError("change.action is not a known action");
    if (change.itemId !== item.itemId || change.itemKind !== item.kind) throw new TypeError("change is not about the written item");
    for (const k of ["actorId", "label", "fields", "at"] as const) {
      if (!isStr(change[k])) throw new TypeError(`change.${k} must be a string`);
    }
  }
}
