import { z } from "zod";
import type {
  CoverageItem,
  CoverageResult,
  CurrencyCheck,
  Framework,
  FrameworkCoverage,
  FrameworkVersion,
  Indicator,
  LensResult,
  LensTerm,
  Link,
  LocalIndicator,
  LocalLink,
  LocalSource,
  LocalOutcome,
  LocalTerm,
  Outcome,
  OutcomesModel,
  RelatedPath,
  RelatedTerm,
  Source,
  Term,
  TermKind,
  TermSector,
  TermStatus,
  Origin,
} from "../outcomes/index.ts";
// The schema files themselves, not the outcomes index: the index brings the whole model's data with it.
import { LocalIndicatorSchema, LocalLinkSchema, LocalOutcomeSchema, LocalSourceSchema, LocalTermSchema } from "../outcomes/extensionsSchema.ts";
import {
  CodeSchemeSchema,
  FrameworkKindSchema,
  GapTypeSchema,
  LinkKindSchema,
  ModelIdSchema,
  OriginSchema,
  PolaritySchema,
  StrengthSchema,
  TermKindSchema,
  TermSectorSchema,
  TermStatusSchema,
} from "../outcomes/schema.ts";
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

/*
 * Response schemas of the model as the API sends it. The data-file schemas in
 * `outcomes/schema.ts` validate what is loaded (limits, defaults, computed
 * fields); these check the loaded shape a client reads, and keep unknown fields.
 */

const ids = z.array(z.string());

const SourceResponseSchema: z.ZodType<Source> = z.looseObject({
  id: z.string(),
  title: z.string(),
  publisher: z.string(),
  date: z.string(),
  url: z.string(),
  origin: OriginSchema,
});

const FrameworkVersionResponseSchema: z.ZodType<FrameworkVersion> = z.looseObject({
  id: z.string(),
  label: z.string(),
  status: TermStatusSchema,
  published: z.string().nullable(),
  publishedVerified: z.boolean(),
  validFrom: z.string().optional(),
  validTo: z.string().optional(),
  note: z.string().optional(),
  sources: ids,
});

const FrameworkResponseSchema: z.ZodType<Framework> = z.looseObject({
  id: z.string(),
  name: z.string(),
  shortName: z.string(),
  kind: FrameworkKindSchema,
  owner: z.string(),
  homeSector: TermSectorSchema,
  status: TermStatusSchema,
  statusNote: z.string(),
  currentVersion: z.string(),
  versions: z.array(FrameworkVersionResponseSchema),
  successor: z.string().optional(),
  sources: ids,
  origin: OriginSchema,
});

const CurrencyCheckResponseSchema: z.ZodType<CurrencyCheck> = z.looseObject({
  claim: z.string(),
  result: z.enum(["confirmed", "changed", "unverified"]),
  checked: z.string(),
  sources: ids,
  finding: z.string(),
});

const TermResponseSchema: z.ZodType<Term> = z.looseObject({
  id: z.string(),
  label: z.string(),
  framework: z.string(),
  kind: TermKindSchema,
  sector: TermSectorSchema,
  definition: z.string(),
  plainEnglish: z.string(),
  aliases: ids,
  acronyms: ids,
  keywords: ids,
  spotLabel: z.boolean(),
  inGlossary: z.boolean(),
  status: TermStatusSchema,
  version: z.string().optional(),
  objective: z.string().optional(),
  objectiveVerified: z.boolean().optional(),
  sources: ids,
  wordingVerified: z.boolean(),
  note: z.string().optional(),
  checks: z.array(CurrencyCheckResponseSchema),
  origin: OriginSchema,
  verified: z.boolean(),
});

const reading = z.string();
const OutcomeResponseSchema: z.ZodType<Outcome> = z.looseObject({
  id: z.string(),
  label: z.string(),
  plainEnglish: z.string(),
  readings: z.looseObject({
    council: reading,
    nhs: reading,
    voluntary: reading,
    community: reading,
    other_public: reading.optional(),
    private: reading.optional(),
  }),
  origin: OriginSchema,
});

const IndicatorResponseSchema: z.ZodType<Indicator> = z.looseObject({
  id: z.string(),
  name: z.string(),
  framework: z.string(),
  dataSource: z.string(),
  code: z.string().nullable(),
  codeScheme: CodeSchemeSchema.nullable(),
  codeVerified: z.boolean().nullable(),
  fingertipsId: z.number().nullable(),
  fingertipsIdCandidate: z.number().optional(),
  idVerified: z.boolean(),
  unit: z.string(),
  polarity: PolaritySchema,
  polarityNote: z.string().optional(),
  geography: z.string(),
  gap: GapTypeSchema,
  sources: ids,
  note: z.string().optional(),
  origin: OriginSchema,
  higherIsBetter: z.boolean().nullable(),
  verified: z.boolean(),
});

const LinkResponseSchema: z.ZodType<Link> = z.looseObject({
  id: z.string(),
  from: z.string(),
  to: z.string(),
  kind: LinkKindSchema,
  strength: StrengthSchema,
  sourced: z.boolean(),
  sources: ids,
  rationale: z.string(),
  verified: z.boolean(),
  note: z.string().optional(),
  origin: OriginSchema,
});

/**
 * The response schema of an `OutcomesModel` as a zod object, whose `shape` the
 * client reads to check a large model field by field in idle time
 * (`client/src/api/idleParse.ts`). Prefer `OutcomesModelSchema` elsewhere.
 */
export const OutcomesModelObjectSchema = z.looseObject({
  version: z.string(),
  hash: z.string(),
  etag: z.string(),
  sources: z.array(SourceResponseSchema),
  frameworks: z.array(FrameworkResponseSchema),
  terms: z.array(TermResponseSchema),
  outcomes: z.array(OutcomeResponseSchema),
  indicators: z.array(IndicatorResponseSchema),
  links: z.array(LinkResponseSchema),
});

/** The response schema of an `OutcomesModel` (`GET /api/outcomes/model`, and the merged model of a partnership). */
export const OutcomesModelSchema: z.ZodType<OutcomesModel> = OutcomesModelObjectSchema;

const LinkConfidenceSchema = z.enum(["confirmed", "unconfirmed", "proposal"]);

const LensTermSchema: z.ZodType<LensTerm> = z.looseObject({
  termId: z.string(),
  label: z.string(),
  framework: z.string(),
  strength: z.union([StrengthSchema, z.literal("exact")]),
  sourced: z.boolean(),
  verified: z.boolean(),
  confidence: z.union([LinkConfidenceSchema, z.literal("exact")]),
});

/** The response schema of a `LensResult` (`GET /api/outcomes/terms/:id/lens`). */
export const LensResultSchema: z.ZodType<LensResult> = z.looseObject({
  item: z.looseObject({ type: z.enum(["term", "outcome"]), id: z.string(), label: z.string() }),
  target: z.looseObject({ type: z.enum(["sector", "framework"]), id: z.string(), label: z.string() }),
  label: z.string(),
  text: z.string(),
  terms: z.array(LensTermSchema),
  outcomes: ids,
  confidence: z.union([StrengthSchema, z.enum(["exact", "none"])]),
  sourced: z.boolean(),
  verified: z.boolean(),
});

const relatedPathShape = {
  via: z.enum(["direct", "outcome"]),
  path: ids,
  linkIds: ids,
  kinds: z.array(LinkKindSchema),
  strength: StrengthSchema,
  sourced: z.boolean(),
  sources: ids,
  verified: z.boolean(),
};
const RelatedPathSchema: z.ZodType<RelatedPath> = z.looseObject(relatedPathShape);

/** The response schema of a `RelatedTerm` (`GET /api/outcomes/terms/:id/related`). */
export const RelatedTermSchema: z.ZodType<RelatedTerm> = z.looseObject({
  ...relatedPathShape,
  termId: z.string(),
  label: z.string(),
  framework: z.string(),
  status: TermStatusSchema,
  termVerified: z.boolean(),
  confidence: LinkConfidenceSchema,
  paths: z.array(RelatedPathSchema),
});

const CoverageItemSchema: z.ZodType<CoverageItem> = z.looseObject({
  termId: z.string(),
  label: z.string(),
  kind: TermKindSchema,
  verified: z.boolean(),
  via: z.array(z.looseObject({ outcomeId: z.string(), linkId: z.string(), strength: StrengthSchema, sourced: z.boolean() })),
});

const FrameworkCoverageSchema: z.ZodType<FrameworkCoverage> = z.looseObject({
  frameworkId: z.string(),
  name: z.string(),
  shortName: z.string(),
  status: TermStatusSchema,
  addressed: z.array(CoverageItemSchema),
  uncovered: z.array(CoverageItemSchema),
  total: z.number(),
  ratio: z.number(),
  indicators: z.looseObject({ addressed: ids, total: z.number() }),
});

/** The response schema of a `CoverageResult` (`POST /api/outcomes/coverage`). */
export const CoverageResultSchema: z.ZodType<CoverageResult> = z.looseObject({
  selected: ids,
  unknown: ids,
  frameworks: z.array(FrameworkCoverageSchema),
});

const PresentedExtensionChangeSchema: z.ZodType<PresentedExtensionChange> = z.looseObject({
  seq: z.number(),
  actor: PresentedActorSchema,
  action: z.enum(["create", "update", "retire"]),
  itemKind: z.enum(["term", "outcome", "link", "indicator", "source"]),
  itemId: z.string(),
  label: z.string(),
  fields: ids,
  at: z.string(),
});

/** The response schema of `PartnershipOutcomes` as a zod object (see `OutcomesModelObjectSchema`). */
export const PartnershipOutcomesObjectSchema = z.looseObject({
  model: OutcomesModelObjectSchema,
  revision: z.number(),
  items: z.array(PresentedExtensionItemSchema),
  changes: z.array(PresentedExtensionChangeSchema),
  problems: z.array(z.looseObject({ itemId: z.string(), message: z.string() })),
});

/** The response schema of `PartnershipOutcomes` (`GET /api/partnerships/:id/outcomes` data). */
export const PartnershipOutcomesSchema: z.ZodType<PartnershipOutcomes> = PartnershipOutcomesObjectSchema;
