import * as Y from "yjs";
import { planText } from "@jigsaw/shared/plan/index";
import { collabFor } from "../collaboration/collabRegistry.ts";
import { log } from "../logging/logger.ts";
import type { ServerContext } from "../services/context.ts";
import type { PlanRecord } from "../domain/plan.ts";
import type { SearchDocument } from "../storage/types.ts";
import { readPlanState } from "./planDocReader.ts";

const logger = log("commands");

/** Plans indexed by this process since it started (per server context). */
const indexedHere = new WeakMap<ServerContext, Set<string>>();

function indexedSet(ctx: ServerContext): Set<string> {
  let s = indexedHere.get(ctx);
  if (!s) indexedHere.set(ctx, (s = new Set()));
  return s;
}

/** The searchable parts of a plan document: each section, action, indicator and risk (title + text). */
export function searchDocumentsOf(doc: Y.Doc): SearchDocument[] {
  const { text, parts } = planText(doc);
  return parts.map((p) => {
    const block = text.slice(p.start, p.end);
    const nl = block.indexOf("\n");
    return { kind: p.kind, refId: p.id, title: p.title, body: nl >= 0 ? block.slice(nl + 1) : "" };
  });
}

/** Re-index one plan's text from its current document. False when the plan or its document is gone. */
export async function indexPlan(ctx: ServerContext, planId: string): Promise<boolean> {
  const plan = await ctx.storage.plans.findById(planId);
  if (!plan) return false;
  const state = await readPlanState(ctx, planId);
  if (!state) return false;
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    await ctx.storage.search.replacePlan({ planId, partnershipId: plan.partnershipId }, searchDocumentsOf(doc));
  } finally {
    doc.destroy();
  }
  indexedSet(ctx).add(planId);
  return true;
}

/**
 * Make sure every plan in `plans` has been indexed at least once by this
 * process (after a restart, or plans created since), before a search reads
 * the index. Live edits are kept fresh by `SearchIndexer`.
 */
export async function ensurePlansIndexed(ctx: ServerContext, plans: readonly PlanRecord[]): Promise<void> {
  const done = indexedSet(ctx);
  for (const p of plans) {
    if (done.has(p.id)) continue;
    try {
      await indexPlan(ctx, p.id);
    } catch (err) {
      logger.warn({ err, planId: p.id }, "indexing a plan for search failed");
    }
  }
}

/** Options of the live indexer. */
export interface SearchIndexerOptions {
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
 * `plan.idle`) or its metadata changes, and keeps checking while the plan has
 * connections so the last edits of a session are indexed too.
 */
export class SearchIndexer {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly unsubscribe: Array<() => void> = [];
  private readonly running = new Set<Promise<unknown>>();
  private closed = false;

  constructor(
    private readonly ctx: ServerContext,
    private readonly options: SearchIndexerOptions = { debounceMs: 2_000, followUpMs: 65_000 },
  ) {}

  /** Subscribe to the domain events. */
  start(): void {
    const ev = this.ctx.events;
    this.unsubscribe.push(
      ev.on("plan.contentChanged", ({ planId }) => this.schedule(planId, this.options.debounceMs)),
      ev.on("plan.idle", ({ planId }) => this.schedule(planId, 0)),
      ev.on("plan.changed", ({ planId }) => this.schedule(planId, this.options.debounceMs)),
    );
  }

  /** Re-index `planId` after `delayMs` (an earlier pending run is replaced). */
  schedule(planId: string, delayMs: number): void {
    if (this.closed) return;
    const prev = this.timers.get(planId);
    if (prev) clearTimeout(prev);
    const t = setTimeout(() => {
      this.timers.delete(planId);
      const run = indexPlan(this.ctx, planId)
        .then(() => {
          const connected = collabFor(this.ctx)?.connectionCount(planId) ?? 0;
          if (connected > 0 && !this.timers.has(planId)) this.schedule(planId, this.options.followUpMs);
        })
        .catch((err: unknown) => logger.warn({ err, planId }, "search re-index failed"))
        .finally(() => this.running.delete(run));
      this.running.add(run);
    }, delayMs);
    t.unref();
    this.timers.set(planId, t);
  }

  /** Stop: pending re-indexes run now (while storage is still open), then resolve. */
  async close(): Promise<void> {
    this.closed = true;
    for (const u of this.unsubscribe.splice(0)) u();
    const pending = [...this.timers.keys()];
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    await Promise.allSettled([...this.running, ...pending.map((id) => indexPlan(this.ctx, id))]);
  }
}
