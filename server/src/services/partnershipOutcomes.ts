import type { z } from "zod";
import {
  getOutcomesModel,
  LocalLinkSchema,
  LocalOutcomeSchema,
  LocalTermSchema,
  validateExtensions,
  withExtensions,
  type LocalLink,
  type LocalOutcome,
  type LocalTerm,
  type ModelIssue,
  type OutcomeExtensions,
  type OutcomesModel,
} from "@jigsaw/shared/outcomes/index";
import { log } from "../logging/logger.ts";
import type { OutcomeExtensionItemRecord, OutcomeExtensionKind } from "../domain/outcomeExtension.ts";
import type { ServerContext } from "./context.ts";

/** A stored extension item with its parsed value. */
export type StoredExtensionItem = { record: OutcomeExtensionItemRecord } & (
  | { kind: "term"; value: LocalTerm }
  | { kind: "outcome"; value: LocalOutcome }
  | { kind: "link"; value: LocalLink }
);

/** A partnership's outcomes: stored items, the active extensions and the merged model. */
export interface LoadedPartnershipOutcomes {
  revision: number;
  /** Every stored item that parses, active and retired, in creation order. */
  items: StoredExtensionItem[];
  /** The active items as extensions. */
  extensions: OutcomeExtensions;
  /** The shared model merged with every active item that still fits it. */
  model: OutcomesModel;
  /** Items left out of `model`, and why. */
  problems: Array<{ itemId: string; message: string }>;
}

const SCHEMAS: Record<OutcomeExtensionKind, z.ZodType> = { term: LocalTermSchema, outcome: LocalOutcomeSchema, link: LocalLinkSchema };
const COLLECTION = { term: "terms", outcome: "outcomes", link: "links" } as const;

/** Parse a stored item's JSON; null (and a warning) when it no longer parses. */
export function parseStoredItem(record: OutcomeExtensionItemRecord): StoredExtensionItem | null {
  try {
    const value: unknown = SCHEMAS[record.kind].parse(JSON.parse(record.data));
    if ((value as { id: string }).id !== record.itemId) throw new Error("id mismatch");
    return { record, kind: record.kind, value } as StoredExtensionItem;
  } catch (err) {
    log("storage").warn({ partnershipId: record.partnershipId, itemId: record.itemId, reason: (err as Error).message }, "unreadable outcome extension item");
    return null;
  }
}

/** The active (not retired) items as an extensions object. */
export function activeExtensions(items: readonly StoredExtensionItem[]): OutcomeExtensions {
  const ext: OutcomeExtensions = { terms: [], outcomes: [], links: [] };
  for (const it of items) {
    if (it.record.retiredAt !== null) continue;
    if (it.kind === "term") ext.terms.push(it.value);
    else if (it.kind === "outcome") ext.outcomes.push(it.value);
    else ext.links.push(it.value);
  }
  return ext;
}

const ITEM_PATH = /^(terms|outcomes|links)\[(\d+)\]/;

/**
 * Merge extensions into `core`, leaving out any item that does not validate
 * (and then anything that depended on it) instead of failing the whole read.
 */
export function mergeTolerant(core: OutcomesModel, extensions: OutcomeExtensions): { model: OutcomesModel; problems: Array<{ itemId: string; message: string }> } {
  let ext = extensions;
  const problems: Array<{ itemId: string; message: string }> = [];
  for (let round = 0; round < 10; round++) {
    const result = validateExtensions(core, ext);
    if (result.ok) return { model: withExtensions(core, result.extensions), problems };
    const drop = new Set<string>();
    for (const issue of result.errors) {
      const m = ITEM_PATH.exec(issue.path);
      const list = m ? ext[m[1] as keyof OutcomeExtensions] : undefined;
      const item = list?.[Number(m![2])];
      if (item && !drop.has(`${m![1]}:${item.id}`)) {
        drop.add(`${m![1]}:${item.id}`);
        problems.push({ itemId: item.id, message: issue.message });
      }
    }
    if (drop.size === 0) break;
    ext = {
      terms: ext.terms.filter((t) => !drop.has(`terms:${t.id}`)),
      outcomes: ext.outcomes.filter((o) => !drop.has(`outcomes:${o.id}`)),
      links: ext.links.filter((l) => !drop.has(`links:${l.id}`)),
    };
  }
  return { model: core, problems: [...problems, { itemId: "*", message: "Local extensions could not be merged" }] };
}

const MERGED_CACHE_SIZE = 64;
const mergedCache = new Map<string, { model: OutcomesModel; problems: Array<{ itemId: string; message: string }> }>();

/** Load a partnership's stored extensions and its merged model (memoised per revision). */
export async function loadPartnershipOutcomes(ctx: ServerContext, partnershipId: string): Promise<LoadedPartnershipOutcomes> {
  const core = getOutcomesModel();
  const state = await ctx.storage.outcomeExtensions.load(partnershipId);
  const items = state.items.map(parseStoredItem).filter((x): x is StoredExtensionItem => x !== null);
  const extensions = activeExtensions(items);
  const key = `${partnershipId}:${state.revision}:${core.hash}`;
  let merged = mergedCache.get(key);
  if (!merged) {
    merged = state.revision === 0 ? { model: core, problems: [] } : mergeTolerant(core, extensions);
    mergedCache.set(key, merged);
    if (mergedCache.size > MERGED_CACHE_SIZE) mergedCache.delete(mergedCache.keys().next().value!);
  }
  return { revision: state.revision, items, extensions, model: merged.model, problems: merged.problems };
}

/** The collection key (`terms`, `outcomes`, `links`) of an item kind. */
export function collectionOf(kind: OutcomeExtensionKind): keyof OutcomeExtensions {
  return COLLECTION[kind];
}

/** Issues of a validation as `field: message` texts about the item at `collection[index]` first. */
export function explainIssues(errors: readonly ModelIssue[], collection: string, index: number): string {
  const prefix = `${collection}[${index}]`;
  const own = errors.filter((e) => e.path === prefix || e.path.startsWith(`${prefix}.`) || e.path.startsWith(`${prefix}[`));
  const chosen = own.length > 0 ? own : errors;
  return chosen
    .slice(0, 3)
    .map((e) => {
      const field = e.path.startsWith(prefix) ? e.path.slice(prefix.length).replace(/^\./, "") : "";
      return field ? `${field}: ${e.message}` : e.message;
    })
    .join("; ");
}
