const PREFIX = "jigsaw-plan";

/** Anything holding an open local database that must close before it can be deleted. */
interface OpenCache {
  userId: string;
  close(): Promise<void> | void;
}

const open = new Set<OpenCache>();

/** IndexedDB database name of one user's offline copy of one plan. */
export function localDbName(userId: string, planId: string): string {
  return `${PREFIX}:${userId}:${planId}`;
}

/** True when `name` is a Jigsaw plan cache (of `userId`, when given). */
export function isLocalCacheName(name: string, userId?: string): boolean {
  return userId ? name.startsWith(`${PREFIX}:${userId}:`) : name.startsWith(`${PREFIX}:`);
}

/** Track an open cache so `clearLocalCaches` can close it first. Returns an untrack function. */
export function trackLocalCache(cache: OpenCache): () => void {
  open.add(cache);
  return () => open.delete(cache);
}

function deleteDb(name: string): Promise<void> {
  return new Promise((resolve) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => resolve();
    // "blocked": another tab still has it open; it is deleted when that tab closes it.
    req.onblocked = () => resolve();
  });
}

/**
 * Delete this device's offline copies of plans: the user's (or every Jigsaw
 * plan cache when `userId` is not known). Call on sign-out so the next person
 * on a shared computer cannot read them. Never throws.
 */
export async function clearLocalCaches(userId?: string): Promise<number> {
  if (typeof indexedDB === "undefined") return 0;
  try {
    for (const c of [...open]) {
      if (!userId || c.userId === userId) {
        open.delete(c);
        await c.close();
      }
    }
    const dbs = typeof indexedDB.databases === "function" ? await indexedDB.databases() : [];
    const names = dbs.map((d) => d.name).filter((n): n is string => typeof n === "string" && isLocalCacheName(n, userId));
    await Promise.all(names.map(deleteDb));
    return names.length;
  } catch {
    return 0;
  }
}
