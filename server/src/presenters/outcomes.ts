import type { PresentedActor, PresentedExtensionChange, PresentedExtensionItem } from "@jigsaw/shared/domain/outcomesApi";
import type { StoredExtensionItem } from "../services/partnershipOutcomes.ts";
import type { OutcomeExtensionChangeRecord } from "../domain/outcomeExtension.ts";

function actor(names: ReadonlyMap<string, PresentedActor>, id: string): PresentedActor {
  return names.get(id) ?? { id, displayName: "Former member" };
}

/** A stored extension item for the API. */
export function presentExtensionItem(item: StoredExtensionItem, names: ReadonlyMap<string, PresentedActor>): PresentedExtensionItem {
  const r = item.record;
  return {
    id: r.itemId,
    kind: item.kind,
    value: item.value,
    status: r.retiredAt === null ? "active" : "retired",
    createdAt: r.createdAt,
    createdBy: actor(names, r.createdBy),
    updatedAt: r.updatedAt,
    updatedBy: actor(names, r.updatedBy),
    retiredAt: r.retiredAt,
    retiredBy: r.retiredBy === null ? null : actor(names, r.retiredBy),
  } as PresentedExtensionItem;
}

/** An audit entry for the API. */
export function presentExtensionChange(c: OutcomeExtensionChangeRecord, names: ReadonlyMap<string, PresentedActor>): PresentedExtensionChange {
  return {
    seq: c.seq,
    actor: actor(names, c.actorId),
    action: c.action,
    itemKind: c.itemKind,
    itemId: c.itemId,
    label: c.label,
    fields: c.fields ? c.fields.split(",") : [],
    at: c.at,
  };
}

/** Every user id an item mentions. */
export function itemActorIds(item: StoredExtensionItem): string[] {
  return [item.record.createdBy, item.record.updatedBy, ...(item.record.retiredBy ? [item.record.retiredBy] : [])];
}
