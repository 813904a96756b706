import type { Services } from "../services/services.ts";

/** Display names of the given users (unknown ids are left out). */
export async function userNames(ctx: Services, ids: Iterable<string | null>): Promise<Map<string, string>> {
  const unique = [...new Set([...ids].filter((x): x is string => typeof x === "string"))];
  const users = await Promise.all(unique.map((id) => ctx.storage.users.findById(id)));
  const out = new Map<string, string>();
  for (const u of users) if (u) out.set(u.id, u.displayName);
  return out;
}
