import * as Y from "yjs";
import { planText } from "@jigsaw/shared/plan/index";
import { log } from "../logging/logger.ts";
import type { PlanRecord } from "../domain/plan.ts";
import type { SearchDocument, Storage } from "../storage/types.ts";
import type { PlanDocGateway } from "./planDocGateway.ts";

const logger = log("commands");

/** The searchable parts of a plan document: each section, action, indicator and risk (title + text). */
export function searchDocumentsOf(doc: Y.Doc): SearchDocument[] {
  const { text, parts } = planText(doc);
  return parts.map((p) => {
    const block = text.slice(p.start, p.end);
    const nl = block.indexOf("\n");
    return { kind: p.kind, refId: p.id, title: p.title, body: nl >= 0 ? block.slice(nl + 1) : "" };
  });
}

/**
 * Plan text in the search index. Remembers which plans this process has
 * indexed since it started, so a search indexes the others first (after a
 * restart, or plans created since); live edits are kept fresh by the
 * `searchReindexer` subscriber.
 */
export class PlanSearchIndex {
  private readonly indexedHere = new Set<string>();

  constructor(
    private readonly storage: Pick<Storage, "plans" | "search">,
    private readonly planDocs: PlanDocGateway,
  ) {}

  /** Re-index one plan's text from its current document. False when the plan or its document is gone. */
  async indexPlan(planId: string): Promise<boolean> {
    const plan = await this.storage.plans.findById(planId);
    if (!plan) return false;
    const state = await this.planDocs.state(planId);
    if (!state) return false;
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, state);
      await this.storage.search.replacePlan({ planId, partnershipId: plan.partnershipId }, searchDocumentsOf(doc));
    } finally {
      doc.destroy();
    }
    this.indexedHere.add(planId);
    return true;
  }

  /** Make sure every plan in `plans` has been indexed at least once by this process, before a search reads the index. */
  async ensureIndexed(plans: readonly PlanRecord[]): Promise<void> {
    for (const p of plans) {
      if (this.indexedHere.has(p.id)) continue;
      try {
        await this.indexPlan(p.id);
      } catch (err) {
        logger.warn({ err, planId: p.id }, "indexing a plan for search failed");
      }
    }
  }
}
