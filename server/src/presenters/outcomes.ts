import type { PresentedActor, PresentedExtensionChange, PresentedExtensionItem } from "@jigsaw/shared/domain/outcomesApi";
import type { ServerContext } from "../services/context.ts";
import type { StoredExtensionItem } from "../services/partnershipOutcomes.ts";
import type { OutcomeExtensionChangeRecord } from "../domain/outcomeExtension.ts";

/** Display names for user ids (a deleted account shows as "Former member"). */
export async function actorNames(ctx: ServerContext, ids: Iterable<string | null>): Promise<Map<string, PresentedActor>> {
  const unique = [...new Set([...ids].filter((x): x is string => typeof x === "string"))];
  const users = await Promise.all(unique.map((id) => ctx.storage.users.findById(id)));
  return new Map(unique.map((id, i) => [id, { id, displayName: users[i]?.displayName ?? "Former member" }]));
}

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
