import {
  CoverageResultSchema,
  LensResultSchema,
  OutcomesModelObjectSchema,
  PartnershipOutcomesObjectSchema,
  PresentedExtensionItemSchema,
  RelatedTermSchema,
  TermSearchHitSchema,
  type ExtensionCollection,
  type PartnershipOutcomes,
  type PresentedExtensionItem,
  type TermSearchHit,
} from "@jigsaw/shared/domain/outcomesApi";
import type {
  CoverageResult,
  LensResult,
  LocalIndicatorCreate,
  LocalIndicatorUpdate,
  LocalLinkCreate,
  LocalLinkUpdate,
  LocalOutcomeCreate,
  LocalOutcomeUpdate,
  LocalSourceCreate,
  LocalSourceUpdate,
  LocalTermCreate,
  LocalTermUpdate,
  OutcomesModel,
  RelatedTerm,
} from "@jigsaw/shared/outcomes/index";
import { z } from "zod";
import { request, requestWhenIdle } from "./http.ts";
import { data, dataWithPolicies } from "./types.ts";

const po = (id: string) => `/partnerships/${encodeURIComponent(id)}/outcomes`;

/** The outcomes model answers checked this session, by ETag (the server's ETag is its version and content hash). */
const checkedModels = new Map<string, z.output<typeof OutcomesModelObjectSchema>>();

/**
 * The shared outcomes model (public; the browser revalidates it with its ETag).
 * It is large, so it is checked in idle time (`requestWhenIdle`), and once per
 * session: an answer with the ETag of a model already checked gets that model.
 */
export async function getOutcomesModelData(signal?: AbortSignal): Promise<OutcomesModel> {
  const checkedBefore = (body: unknown) => {
    const etag = (body as { data?: { etag?: unknown } } | null)?.data?.etag;
    const model = typeof etag === "string" ? checkedModels.get(etag) : undefined;
    return model && { data: model };
  };
  const model = (await requestWhenIdle("GET", "/outcomes/model", data(OutcomesModelObjectSchema), { signal, checkedBefore })).data;
  checkedModels.set(model.etag, model);
  return model;
}

/** Search terms by label, alias and acronym; with `partnershipId`, that partnership's local terms too. */
export async function searchOutcomeTerms(q: string, opts: { limit?: number; partnershipId?: string; signal?: AbortSignal } = {}): Promise<TermSearchHit[]> {
  const params = new URLSearchParams({ q });
  if (opts.limit) params.set("limit", String(opts.limit));
  if (opts.partnershipId) params.set("partnershipId", opts.partnershipId);
  return (await request("GET", `/outcomes/terms?${params}`, data(z.array(TermSearchHitSchema)), { signal: opts.signal })).data;
}

/** A term or shared outcome in a sector's language or a framework's terms. */
export async function lensOutcomeTerm(id: string, target: { sector: string } | { framework: string }, signal?: AbortSignal): Promise<LensResult> {
  const params = new URLSearchParams(target as Record<string, string>);
  return (await request("GET", `/outcomes/terms/${encodeURIComponent(id)}/lens?${params}`, data(LensResultSchema), { signal })).data;
}

/** Terms in other frameworks related to a term. */
export async function relatedOutcomeTerms(id: string, signal?: AbortSignal): Promise<RelatedTerm[]> {
  return (await request("GET", `/outcomes/terms/${encodeURIComponent(id)}/related`, data(z.array(RelatedTermSchema)), { signal })).data;
}

/** Per-framework coverage of selected shared outcomes. */
export async function outcomesCoverage(outcomeIds: string[]): Promise<CoverageResult> {
  return (await request("POST", "/outcomes/coverage", data(CoverageResultSchema), { body: { outcomeIds } })).data;
}

/** A partnership's outcomes: the merged model, its local items and their audit trail. */
export function getPartnershipOutcomes(id: string, signal?: AbortSignal): Promise<{ data: PartnershipOutcomes; policies: { extendOutcomes: boolean } }> {
  return requestWhenIdle("GET", po(id), dataWithPolicies(PartnershipOutcomesObjectSchema, z.looseObject({ extendOutcomes: z.boolean() })), { signal });
}

/** Create bodies per collection. */
export interface ExtensionCreateBodies {
  terms: Partial<LocalTermCreate> & { label: string };
  outcomes: Partial<LocalOutcomeCreate> & { label: string };
  links: Partial<LocalLinkCreate> & Pick<LocalLinkCreate, "from" | "to" | "kind" | "rationale">;
  indicators: Partial<LocalIndicatorCreate> & Pick<LocalIndicatorCreate, "label" | "unit" | "dataSource">;
  sources: Partial<LocalSourceCreate> & Pick<LocalSourceCreate, "label" | "publisher" | "date" | "url">;
}
/** Update bodies per collection. */
export interface ExtensionUpdateBodies {
  terms: LocalTermUpdate;
  outcomes: LocalOutcomeUpdate;
  links: LocalLinkUpdate;
  indicators: LocalIndicatorUpdate;
  sources: LocalSourceUpdate;
}

/** Add a local term, outcome or link (facilitators). */
export async function createOutcomeExtension<C extends ExtensionCollection>(id: string, collection: C, body: ExtensionCreateBodies[C]): Promise<PresentedExtensionItem> {
  return (await request("POST", `${po(id)}/${collection}`, data(PresentedExtensionItemSchema), { body })).data;
}

/** Change a local term, outcome or link (facilitators). */
export async function updateOutcomeExtension<C extends ExtensionCollection>(id: string, collection: C, itemId: string, body: ExtensionUpdateBodies[C]): Promise<PresentedExtensionItem> {
  return (await request("PATCH", `${po(id)}/${collection}/${encodeURIComponent(itemId)}`, data(PresentedExtensionItemSchema), { body })).data;
}

/** Retire a local item (and, for terms and outcomes, its local links). */
export async function retireOutcomeExtension(id: string, collection: ExtensionCollection, itemId: string): Promise<{ data: PresentedExtensionItem; alsoRetired: PresentedExtensionItem[] }> {
  return request("DELETE", `${po(id)}/${collection}/${encodeURIComponent(itemId)}`, z.looseObject({ data: PresentedExtensionItemSchema, alsoRetired: z.array(PresentedExtensionItemSchema) }));
}
