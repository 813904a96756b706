import * as Y from "yjs";
import type { Storage, StoredDoc } from "../storage/types.ts";

/** Yjs client → member, from the log entries (first writer wins), for attribution that outlives compaction. */
export async function rememberOwners(visits: Storage["visits"], planId: string, stored: StoredDoc | null): Promise<void> {
  if (!stored) return;
  const owners = new Map<number, string>();
  for (const u of stored.updates) {
    if (!u.userId) continue;
    try {
      for (const client of Y.parseUpdateMeta(u.data).to.keys()) if (!owners.has(client)) owners.set(client, u.userId);
    } catch {
      // unreadable entry: nothing to learn
    }
  }
  await visits.recordClientOwners(planId, [...owners].map(([clientId, userId]) => ({ clientId, userId })));
}
