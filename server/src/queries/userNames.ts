import type { PresentedActor } from "@jigsaw/shared/domain/outcomesApi";
import type { Services } from "../services/services.ts";

/** Display names of the given users (unknown ids are left out). */
export async function userNames(ctx: Services, ids: Iterable<string | null>): Promise<Map<string, string>> {
  const unique = [...new Set([...ids].filter((x): x is string => typeof x === "string"))];
  const users = await Promise.all(unique.map((id) => ctx.storage.users.findById(id)));
  const out = new Map<string, string>();
  for (const u of users) if (u) out.set(u.id, u.displayName);
  return out;
}

/** Display names for user ids (a deleted account shows as "Former member"). */
export async function actorNames(ctx: Services, ids: Iterable<string | null>): Promise<Map<string, PresentedActor>> {
  const unique = [...new Set([...ids].filter((x): x is string => typeof x === "string"))];
  const users = await Promise.all(unique.map((id) => ctx.storage.users.findById(id)));
  return new Map(unique.map((id, i) => [id, { id, displayName: users[i]?.displayName ?? "Former member" }]));
}
