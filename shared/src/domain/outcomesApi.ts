import { z } from "zod";
import type {
  LocalIndicator,
  LocalLink,
  LocalSource,
  LocalOutcome,
  LocalTerm,
  OutcomesModel,
  TermKind,
  TermSector,
  TermStatus,
  Origin,
} from "../outcomes/index.ts";
// The schema files themselves, not the outcomes index: the index brings the whole model's data with it.
import { LocalIndicatorSchema, LocalLinkSchema, LocalOutcomeSchema, LocalSourceSchema, LocalTermSchema } from "../outcomes/extensionsSchema.ts";
import { ModelIdSchema, OriginSchema, TermKindSchema, TermSectorSchema, TermStatusSchema } from "../outcomes/schema.ts";
import { SectorSchema } from "./sector.ts";

/**
 * Request schemas and response shapes of the outcomes API (`/api/outcomes/*` and
 * `/api/partnerships/:id/outcomes/*`), shared by the server and the client.
 */

/** `GET /api/outcomes/terms?q=&limit=&partnershipId=` query. */
export const TermSearchQuerySchema = z.strictObject({
  q: z.string().trim().min(1, "Enter something to search for").max(100, "Search is longer than 100 characters"),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  partnershipId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "Not a valid id").optional(),
});

/** `GET /api/outcomes/terms/:id/lens` query: exactly one of `sector` or `framework`. */
export const LensQuerySchema = z
  .strictObject({ sector: SectorSchema.optional(), framework: ModelIdSchema.optional() })
  .refine((v) => (v.sector === undefined) !== (v.framework === undefined), "Give either sector or framework");

/** `POST /api/outcomes/coverage` body. */
export const CoverageInputSchema = z.strictObject({
  outcomeIds: z.array(ModelIdSchema).max(200, "At most 200 outcomes"),
});

/** How a term matched a search, best first. */
export type TermMatchKind = "exact" | "prefix" | "alias" | "substring";

/** One term search result. */
export interface TermSearchHit {
  id: string;
  label: string;
  framework: string;
  frameworkShortName: string;
  kind: TermKind;
  sector: TermSector;
  status: TermStatus;
  verified: boolean;
  origin: Origin;
  plainEnglish: string;
  match: TermMatchKind;
  /** The label, alias or acronym the query matched. */
  matched: string;
}

/** The collection names in the extension routes, and the kind of item each holds. */
export const EXTENSION_COLLECTIONS = {
  terms: "term",
  outcomes: "outcome",
  links: "link",
  indicators: "indicator",
  sources: "source",
} as const;
/** A collection name in the extension routes. */
export type ExtensionCollection = keyof typeof EXTENSION_COLLECTIONS;

/** Who did something (the display name may be missing for a deleted account). */
export interface PresentedActor {
  id: string;
  displayName: string;
}

/** A stored local term, outcome or link with who made and last changed it. */
export type PresentedExtensionItem = {
  id: string;
  status: "active" | "retired";
  createdAt: string;
  createdBy: PresentedActor;
  updatedAt: string;
  updatedBy: PresentedActor;
  retiredAt: string | null;
  retiredBy: PresentedActor | null;
} & (
  | { kind: "term"; value: LocalTerm }
  | { kind: "outcome"; value: LocalOutcome }
  | { kind: "link"; value: LocalLink }
  | { kind: "indicator"; value: LocalIndicator }
  | { kind: "source"; value: LocalSource }
);

/** One audit entry. */
export interface PresentedExtensionChange {
  seq: number;
  actor: PresentedActor;
  action: "create" | "update" | "retire";
  itemKind: "term" | "outcome" | "link" | "indicator" | "source";
  itemId: string;
  label: string;
  /** Fields an update changed. */
  fields: string[];
  at: string;
}

/** `GET /api/partnerships/:id/outcomes` data. */
export interface PartnershipOutcomes {
  /** The shared model merged with the partnership's active extensions. */
  model: OutcomesModel;
  revision: number;
  items: PresentedExtensionItem[];
  /** Latest changes first. */
  changes: PresentedExtensionChange[];
  /** Stored items left out because they no longer fit the shared model (e.g. after a model update). */
  problems: Array<{ itemId: string; message: string }>;
}

/** The response schema of a `TermSearchHit` (unknown extra fields are kept). */
export const TermSearchHitSchema: z.ZodType<TermSearchHit> = z.looseObject({
  id: z.string(),
  label: z.string(),
  framework: z.string(),
  frameworkShortName: z.string(),
  kind: TermKindSchema,
  sector: TermSectorSchema,
  status: TermStatusSchema,
  verified: z.boolean(),
  origin: OriginSchema,
  plainEnglish: z.string(),
  match: z.enum(["exact", "prefix", "alias", "substring"]),
  matched: z.string(),
});

const PresentedActorSchema = z.looseObject({ id: z.string(), displayName: z.string() });

const ExtensionItemFieldsSchema = z.looseObject({
  id: z.string(),
  status: z.enum(["active", "retired"]),
  createdAt: z.string(),
  createdBy: PresentedActorSchema,
  updatedAt: z.string(),
  updatedBy: PresentedActorSchema,
  retiredAt: z.string().nullable(),
  retiredBy: PresentedActorSchema.nullable(),
});

/** The response schema of a `PresentedExtensionItem`: its fields and its value, checked by the local item schemas. */
export const PresentedExtensionItemSchema: z.ZodType<PresentedExtensionItem> = z.intersection(
  ExtensionItemFieldsSchema,
  z.discriminatedUnion("kind", [
    z.looseObject({ kind: z.literal("term"), value: LocalTermSchema }),
    z.looseObject({ kind: z.literal("outcome"), value: LocalOutcomeSchema }),
    z.looseObject({ kind: z.literal("link"), value: LocalLinkSchema }),
    z.looseObject({ kind: z.literal("indicator"), value: LocalIndicatorSchema }),
    z.looseObject({ kind: z.literal("source"), value: LocalSourceSchema }),
  ]),
);
