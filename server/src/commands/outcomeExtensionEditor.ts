import {
  getOutcomesModel,
  indexModel,
  validateExtensions,
  type LocalLinkCreate,
  type LocalLinkUpdate,
  type LocalOutcomeCreate,
  type LocalOutcomeUpdate,
  type LocalTermCreate,
  type LocalTermUpdate,
  type OutcomeExtensions,
} from "@jigsaw/shared/outcomes/index";
import { ConflictError, NotFoundError, ValidationError } from "../errors.ts";
import { log } from "../logging/logger.ts";
import type { ServerContext } from "../services/context.ts";
import {
  activeExtensions,
  collectionOf,
  explainIssues,
  parseStoredItem,
  type StoredExtensionItem,
} from "../services/partnershipOutcomes.ts";
import { RevisionConflictError } from "../domain/errors.ts";
import type { OutcomeExtensionItemRecord, OutcomeExtensionKind } from "../domain/outcomeExtension.ts";
import type { OutcomeExtensionWrite } from "../storage/types.ts";
import { nowIso } from "../utils/clock.ts";

const commandLog = log("commands");

/** Attempts before a write that keeps meeting concurrent writes gives up with 409. */
const MAX_ATTEMPTS = 4;

/** Create input per kind. */
export interface ExtensionCreateInput {
  term: LocalTermCreate;
  outcome: LocalOutcomeCreate;
  link: LocalLinkCreate;
}
/** Update input per kind. */
export interface ExtensionUpdateInput {
  term: LocalTermUpdate;
  outcome: LocalOutcomeUpdate;
  link: LocalLinkUpdate;
}

/** What a change plan produces from the current items: the writes and the item to return. */
interface Planned {
  writes: OutcomeExtensionWrite[];
  /** The extensions after the change, and where the focus item sits in them (for error messages). */
  next: OutcomeExtensions;
  focus: { collection: keyof OutcomeExtensions; index: number } | null;
  result: StoredExtensionItem[];
}

/** Lower-case slug for an id: letters, digits and single hyphens. */
function slug(text: string, max: number): string {
  const s = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/^local:/, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/, "");
  return s || "item";
}

/** A new `local:` id from `base` that is not in `taken` (adds -2, -3, ...). */
export function freshLocalId(base: string, taken: ReadonlySet<string>): string {
  const stem = slug(base, 52);
  let id = `local:${stem}`;
  for (let n = 2; taken.has(id); n++) id = `local:${stem}-${n}`;
  return id;
}

function labelOf(ext: OutcomeExtensions, id: string): string {
  const core = indexModel(getOutcomesModel());
  return (
    ext.terms.find((t) => t.id === id)?.label ??
    ext.outcomes.find((o) => o.id === id)?.label ??
    core.terms.get(id)?.label ??
    core.outcomes.get(id)?.label ??
    core.indicators.get(id)?.name ??
    id
  );
}

function auditLabel(item: StoredExtensionItem, ext: OutcomeExtensions): string {
  if (item.kind === "link") return `${labelOf(ext, item.value.from)} → ${labelOf(ext, item.value.to)}`;
  return item.value.label;
}

function changedFields(before: object, after: object): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k])).sort();
}

function withValue(item: StoredExtensionItem, value: unknown, patch: Partial<OutcomeExtensionItemRecord>): StoredExtensionItem {
  const record = { ...item.record, ...patch, data: JSON.stringify(value) };
  return { ...item, record, value } as StoredExtensionItem;
}

function toExt(items: readonly StoredExtensionItem[]): OutcomeExtensions {
  return activeExtensions(items);
}

/**
 * Validate the planned extensions against the shared model. Problems the
 * stored set already had (e.g. after a model update) do not block unrelated
 * edits; new problems fail with a 400 that names the field.
 */
function assertValid(before: OutcomeExtensions, plan: Planned): void {
  const core = getOutcomesModel();
  const after = validateExtensions(core, plan.next);
  if (after.ok) return;
  const had = validateExtensions(core, before);
  const old = new Set(had.ok ? [] : had.errors.map((e) => `${e.code}|${e.message}`));
  const fresh = after.errors.filter((e) => !old.has(`${e.code}|${e.message}`));
  if (fresh.length === 0) return;
  const message = plan.focus ? explainIssues(fresh, plan.focus.collection, plan.focus.index) : explainIssues(fresh, "", -1);
  throw ValidationError(message);
}

/** Load, plan, validate and write with optimistic concurrency; retries on a concurrent write. */
async function commit(ctx: ServerContext, partnershipId: string, plan: (items: StoredExtensionItem[]) => Planned): Promise<StoredExtensionItem[]> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const state = await ctx.storage.outcomeExtensions.load(partnershipId);
    const items = state.items.map(parseStoredItem).filter((x): x is StoredExtensionItem => x !== null);
    const planned = plan(items);
    assertValid(toExt(items), planned);
    if (planned.writes.length === 0) return planned.result;
    try {
      await ctx.storage.outcomeExtensions.apply(partnershipId, state.revision, planned.writes);
      for (const w of planned.writes) {
        commandLog.info({ partnershipId, actorId: w.change.actorId, action: w.change.action, itemId: w.item.itemId }, "outcome extension changed");
      }
      return planned.result;
    } catch (err) {
      if (!(err instanceof RevisionConflictError)) throw err;
    }
  }
  throw ConflictError("Someone else changed this partnership's local outcomes at the same time. Try again.");
}

function findItem(items: readonly StoredExtensionItem[], kind: OutcomeExtensionKind, itemId: string): StoredExtensionItem {
  const item = items.find((i) => i.record.itemId === itemId && i.kind === kind);
  if (!item) throw NotFoundError(`No local ${kind} ${itemId}`);
  return item;
}

function indexIn(ext: OutcomeExtensions, kind: OutcomeExtensionKind, id: string) {
  const collection = collectionOf(kind);
  return { collection, index: (ext[collection] as Array<{ id: string }>).findIndex((x) => x.id === id) };
}

/** Add a local term, shared outcome or link. Returns the stored item. */
export async function createExtensionItem<K extends OutcomeExtensionKind>(
  ctx: ServerContext,
  partnershipId: string,
  actorId: string,
  kind: K,
  input: ExtensionCreateInput[K],
): Promise<StoredExtensionItem> {
  const [created] = await commit(ctx, partnershipId, (items) => {
    const core = indexModel(getOutcomesModel());
    const taken = new Set<string>([...items.map((i) => i.record.itemId), ...core.terms.keys(), ...core.outcomes.keys()]);
    let id = input.id;
    if (id !== undefined && taken.has(id)) throw ValidationError(`id: Id ${id} is already used`);
    if (id === undefined) {
      const base = "label" in input ? input.label : `${(input as LocalLinkCreate).from}-${(input as LocalLinkCreate).to}`;
      id = freshLocalId(base, taken);
    }
    const value = { ...input, id };
    const at = nowIso();
    const record: OutcomeExtensionItemRecord = {
      partnershipId,
      itemId: id,
      kind,
      data: JSON.stringify(value),
      createdAt: at,
      createdBy: actorId,
      updatedAt: at,
      updatedBy: actorId,
      retiredAt: null,
      retiredBy: null,
    };
    const item = { record, kind, value } as StoredExtensionItem;
    const nextItems = [...items, item];
    const next = toExt(nextItems);
    return {
      writes: [{ item: record, change: { actorId, action: "create", itemKind: kind, itemId: id, label: auditLabel(item, next), fields: "", at } }],
      next,
      focus: indexIn(next, kind, id),
      result: [item],
    };
  });
  return created!;
}

/** Change some fields of an active local item. Returns the stored item. */
export async function updateExtensionItem<K extends OutcomeExtensionKind>(
  ctx: ServerContext,
  partnershipId: string,
  actorId: string,
  kind: K,
  itemId: string,
  patch: ExtensionUpdateInput[K],
): Promise<StoredExtensionItem> {
  const [updated] = await commit(ctx, partnershipId, (items) => {
    const item = findItem(items, kind, itemId);
    if (item.record.retiredAt !== null) throw ConflictError(`${item.value.id} is retired and cannot be changed`);
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const value = { ...item.value, ...defined, id: item.value.id };
    const fields = changedFields(item.value, value);
    const at = nowIso();
    const changed = withValue(item, value, { updatedAt: at, updatedBy: actorId });
    const nextItems = items.map((i) => (i === item ? changed : i));
    const next = toExt(nextItems);
    if (fields.length === 0) return { writes: [], next, focus: null, result: [item] };
    return {
      writes: [{ item: changed.record, change: { actorId, action: "update", itemKind: kind, itemId, label: auditLabel(changed, next), fields: fields.join(","), at } }],
      next,
      focus: indexIn(next, kind, itemId),
      result: [changed],
    };
  });
  return updated!;
}

/**
 * Retire an active local item: it leaves the partnership's model but stays
 * stored (its id is never reused). Retiring a term or outcome also retires the
 * local links that touch it. Returns the retired items, the asked-for one first.
 */
export async function retireExtensionItem(
  ctx: ServerContext,
  partnershipId: string,
  actorId: string,
  kind: OutcomeExtensionKind,
  itemId: string,
): Promise<StoredExtensionItem[]> {
  return commit(ctx, partnershipId, (items) => {
    const item = findItem(items, kind, itemId);
    if (item.record.retiredAt !== null) throw ConflictError(`${item.value.id} is already retired`);
    const at = nowIso();
    const before = toExt(items);
    const targets = [
      item,
      ...(kind === "link"
        ? []
        : items.filter((i) => i.kind === "link" && i.record.retiredAt === null && (i.value.from === itemId || i.value.to === itemId))),
    ];
    const retired = targets.map((t) => withValue(t, t.value, { updatedAt: at, updatedBy: actorId, retiredAt: at, retiredBy: actorId }));
    const byId = new Map(retired.map((r) => [r.record.itemId, r]));
    const nextItems = items.map((i) => byId.get(i.record.itemId) ?? i);
    return {
      writes: retired.map((r) => ({
        item: r.record,
        change: { actorId, action: "retire" as const, itemKind: r.kind, itemId: r.record.itemId, label: auditLabel(r, before), fields: "", at },
      })),
      next: toExt(nextItems),
      focus: null,
      result: retired,
    };
  });
}
