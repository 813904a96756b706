import { log } from "../logging/logger.ts";
import type { Services } from "../services/services.ts";
import type { Subscriber } from "./subscriber.ts";

const logger = log("commands");

/** Timers of the search re-indexer. */
export interface SearchReindexerOptions {
  /** Wait this long after a change before re-indexing (changes in between coalesce). */
  debounceMs: number;
  /**
   * While people are connected, check again after this long: the sync
   * endpoint reports changes at most once a minute per plan.
   */
  followUpMs: number;
}

/**
 * Keeps plan text in the search index fresh: re-indexes a plan a little
 * after the sync endpoint reports content changes (`plan.contentChanged`,
 * `plan.idle`) or its metadata changes (`plan.changed`), and keeps checking
 * while the plan has connections so the last edits of a session are indexed too.
 */
export function searchReindexer(services: Services, options: SearchReindexerOptions = { debounceMs: 2_000, followUpMs: 65_000 }): Subscriber {
  const timers = new Map<string, NodeJS.Timeout>();
  const running = new Set<Promise<unknown>>();
  let closed = false;

  function schedule(planId: string, delayMs: number): void {
    if (closed) return;
    const prev = timers.get(planId);
    if (prev) clearTimeout(prev);
    const t = setTimeout(() => {
      timers.delete(planId);
      const run = services.planSearch
        .indexPlan(planId)
        .then(() => {
          if (services.planDocs.connectionCount(planId) > 0 && !timers.has(planId)) schedule(planId, options.followUpMs);
        })
        .catch((err: unknown) => logger.warn({ err, planId }, "search re-index failed"))
        .finally(() => running.delete(run));
      running.add(run);
    }, delayMs);
    t.unref();
    timers.set(planId, t);
  }

  const ev = services.events;
  const offs = [
    ev.on("plan.contentChanged", ({ planId }) => schedule(planId, options.debounceMs)),
    ev.on("plan.idle", ({ planId }) => schedule(planId, 0)),
    ev.on("plan.changed", ({ planId }) => schedule(planId, options.debounceMs)),
  ];

  return {
    name: "searchReindexer",
    /** Stop: pending re-indexes run now (while storage is still open), then resolve. */
    async close() {
      closed = true;
      for (const off of offs) off();
      const pending = [...timers.keys()];
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
      await Promise.allSettled([...running, ...pending.map((id) => services.planSearch.indexPlan(id))]);
    },
  };
}
