import { z } from "zod";
import { SECTORS } from "../domain/sector.ts";

/**
 * Zod schemas and types for the shared outcomes model.
 *
 * Honesty flags: `sourced` on a link means a cited source states the relationship itself; `sourced: false` is a
 * reasoned proposal. `verified: false` (computed on terms and indicators, stored on links) means the reference
 * research could not confirm the item; the UI must show it as "unconfirmed".
 */

/** An id used in the model: letters, digits, `:`, `_`, `-`. Local (partnership) ids start with `local:`. */
export const ModelIdSchema = z
  .string()
  .min(2)
  .max(80)
  .regex(/^[A-Za-z0-9][A-Za-z0-9:_-]*$/, "Not a valid model id");

/** A date as YYYY, YYYY-MM or YYYY-MM-DD (sources often give only a month or a year). */
export const PartialDateSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "Use YYYY, YYYY-MM or YYYY-MM-DD");

/** Lifecycle of a framework, a framework version or a term. */
export const TERM_STATUSES = ["current", "legacy", "superseded"] as const;
/** Lifecycle of a framework, a framework version or a term. */
export const TermStatusSchema = z.enum(TERM_STATUSES);
/** Lifecycle of a framework, a framework version or a term. */
export type TermStatus = z.infer<typeof TermStatusSchema>;

/**
 * Whose vocabulary a term is: one of the partnership sectors, or `cross` when several sectors share it.
 * Public health (PHOF) language is filed under `council`, as upper-tier councils hold the public health function.
 */
export const TermSectorSchema = z.enum([...SECTORS, "cross"]);
/** Whose vocabulary a term is. */
export type TermSector = z.infer<typeof TermSectorSchema>;

/** Link strengths, strongest first. */
export const STRENGTHS = ["strong", "moderate", "weak"] as const;
/** How strong a link is. */
export const StrengthSchema = z.enum(STRENGTHS);
/** How strong a link is. */
export type Strength = z.infer<typeof StrengthSchema>;

/** What kind of thing a term is within its framework. */
export const TERM_KINDS = [
  "objective",
  "mission",
  "capital",
  "population",
  "clinical_area",
  "cross_cutting",
  "priority",
  "statutory_guidance",
  "principle",
  "concept",
  "high_level_outcome",
  "mission_target",
  "national_mission",
  "programme",
  "shift",
  "governance",
  "method",
  "jargon",
  "local",
] as const;
/** What kind of thing a term is within its framework. */
export const TermKindSchema = z.enum(TERM_KINDS);
/** What kind of thing a term is within its framework. */
export type TermKind = z.infer<typeof TermKindSchema>;

/**
 * Link kinds. Any link that touches an indicator has the indicator on the `to` side.
 * - part_of: child term belongs to parent term
 * - serves: term contributes to a shared outcome
 * - measured_by: shared outcome or framework outcome measured by an indicator
 * - headline_metric / supporting_metric: the framework names the indicator as the term's headline / supporting metric
 * - indicator_for: the indicator is relevant evidence for the term
 * - same_concept / same_data_source: the term's metric and the indicator measure the same thing / use the same survey
 * - crosswalk: a term in one framework plausibly relates to a term in another
 * - influenced: a framework historically shaped another
 * - population_focus: a Core20PLUS5 clinical area focuses action on the Core20 population
 * - variant_of: a term is a version of another for a different group
 * - defined_by: a term's definition rests on another term
 * - succeeded_by: a legacy or superseded term was replaced by a current one
 */
export const LINK_KINDS = [
  "part_of",
  "serves",
  "measured_by",
  "headline_metric",
  "supporting_metric",
  "indicator_for",
  "same_concept",
  "same_data_source",
  "crosswalk",
  "influenced",
  "population_focus",
  "variant_of",
  "defined_by",
  "succeeded_by",
] as const;
/** A link kind. */
export const LinkKindSchema = z.enum(LINK_KINDS);
/** A link kind. */
export type LinkKind = z.infer<typeof LinkKindSchema>;

/** Indicator polarity. `mixed` means the components point different ways (see `polarityNote`). */
export const PolaritySchema = z.enum(["higher_is_better", "lower_is_better", "context", "mixed"]);
/** Indicator polarity. */
export type Polarity = z.infer<typeof PolaritySchema>;

/**
 * Which inequality an indicator can show (a model classification, not a sourced fact):
 * between places, along the deprivation gradient (e.g. slope index), between population groups, or none (a level).
 */
export const GapTypeSchema = z.enum(["between_areas", "deprivation_gradient", "between_groups", "none"]);
/** Which inequality an indicator can show. */
export type GapType = z.infer<typeof GapTypeSchema>;

/** Where an item came from: the shipped model or a partnership's extensions. */
export const OriginSchema = z.enum(["core", "local"]);
/** Where an item came from. */
export type Origin = z.infer<typeof OriginSchema>;

/** A cited source. `url` may be a DOI or a note when no address is known. */
export const SourceSchema = z.object({
  id: ModelIdSchema,
  title: z.string().min(1),
  publisher: z.string().min(1),
  date: z.string().min(1),
  url: z.string().min(1),
  origin: OriginSchema.default("core"),
});
/** A cited source as written in data files. */
export type SourceInput = z.input<typeof SourceSchema>;
/** A cited source. */
export type Source = z.output<typeof SourceSchema>;

/** One version of a framework's vocabulary. `published: null` means the date is not known. */
export const FrameworkVersionSchema = z.object({
  id: z.string().min(1).max(60),
  label: z.string().min(1),
  status: TermStatusSchema,
  published: PartialDateSchema.nullable(),
  /** false when the publication date could not be confirmed. */
  publishedVerified: z.boolean(),
  validFrom: PartialDateSchema.optional(),
  validTo: PartialDateSchema.optional(),
  note: z.string().optional(),
  sources: z.array(ModelIdSchema).default([]),
});
/** One version of a framework's vocabulary. */
export type FrameworkVersion = z.output<typeof FrameworkVersionSchema>;

/** A framework kind: policy frameworks are what `coverage()` reports on. */
export const FrameworkKindSchema = z.enum(["policy", "governance", "method", "glossary", "local"]);
/** A framework kind. */
export type FrameworkKind = z.infer<typeof FrameworkKindSchema>;

/** A framework: a versioned vocabulary with a status. */
export const FrameworkSchema = z.object({
  id: ModelIdSchema,
  name: z.string().min(1),
  shortName: z.string().min(1).max(40),
  kind: FrameworkKindSchema,
  owner: z.string().min(1),
  homeSector: TermSectorSchema,
  status: TermStatusSchema,
  statusNote: z.string().min(1),
  currentVersion: z.string().min(1),
  versions: z.array(FrameworkVersionSchema).min(1),
  /** The framework that now plays this one's role, when legacy or superseded. */
  successor: ModelIdSchema.optional(),
  sources: z.array(ModelIdSchema).default([]),
  origin: OriginSchema.default("core"),
});
/** A framework as written in data files. */
export type FrameworkInput = z.input<typeof FrameworkSchema>;
/** A framework. */
export type Framework = z.output<typeof FrameworkSchema>;

/**
 * A currency check: a claim about a term (still current? counted right? measured by?) checked on a date. `confirmed`
 * and `changed` need a cited source; `unverified` records that no citable source was found, so the item stays
 * marked unverified.
 */
export const CurrencyCheckSchema = z.object({
  /** What was checked, e.g. "The glossary's count of ICBs (42)". */
  claim: z.string().min(1).max(300),
  result: z.enum(["confirmed", "changed", "unverified"]),
  /** The date the check was made (YYYY-MM-DD). */
  checked: PartialDateSchema,
  sources: z.array(ModelIdSchema).default([]),
  /** What the source says, or why nothing could be verified. */
  finding: z.string().min(1).max(1000),
});
/** A currency check. */
export type CurrencyCheck = z.output<typeof CurrencyCheckSchema>;

const PhraseSchema = z.string().trim().min(2).max(100);

/** A framework term as written in data files (status defaults to its framework's status). */
export const TermSchema = z
  .object({
    id: ModelIdSchema,
    label: z.string().trim().min(1).max(200),
    framework: ModelIdSchema,
    kind: TermKindSchema,
    sector: TermSectorSchema,
    definition: z.string().max(2000),
    plainEnglish: z.string().max(1000),
    /** Phrases `findTerms` spots (case-insensitive, except short all-caps tokens). */
    aliases: z.array(PhraseSchema).default([]),
    /** Acronyms (spotted case-sensitively) shown in the glossary. */
    acronyms: z.array(PhraseSchema).default([]),
    /** Broad topic words: used for search and tagging, never spotted in text. */
    keywords: z.array(PhraseSchema).default([]),
    /** false when the label is too generic to spot in prose (e.g. "Maternity"). */
    spotLabel: z.boolean().default(true),
    /** List the term in the glossary by its label even though it has no acronym (e.g. "Core20"). */
    inGlossary: z.boolean().default(false),
    status: TermStatusSchema.optional(),
    /** Framework version id the term belongs to, when not the framework's current version. */
    version: z.string().optional(),
    objective: ModelIdSchema.optional(),
    /** Missions: false when the mission-to-objective grouping was not found in a source. */
    objectiveVerified: z.boolean().optional(),
    sources: z.array(ModelIdSchema).default([]),
    /** false when the wording is from recall or written for Jigsaw and not checked against a source. */
    wordingVerified: z.boolean(),
    note: z.string().optional(),
    /** Checks that the term is still current, newest last. */
    checks: z.array(CurrencyCheckSchema).default([]),
    origin: OriginSchema.default("core"),
  })
  .transform((t) => ({ ...t, verified: t.wordingVerified && t.objectiveVerified !== false }));
/** A term as written in data files. */
export type TermInput = z.input<typeof TermSchema>;
/** A parsed term before its status is resolved. */
export type ParsedTerm = z.output<typeof TermSchema>;
/** A term in a loaded model: `verified` is computed, `status` resolved. */
export type Term = Omit<ParsedTerm, "status"> & { status: TermStatus };

/** What a shared outcome means to each sector. council, nhs, voluntary and community are required. */
export const ReadingsSchema = z.object({
  council: z.string().min(1).max(500),
  nhs: z.string().min(1).max(500),
  voluntary: z.string().min(1).max(500),
  community: z.string().min(1).max(500),
  other_public: z.string().min(1).max(500).optional(),
  private: z.string().min(1).max(500).optional(),
});
/** What a shared outcome means to each sector. */
export type Readings = z.output<typeof ReadingsSchema>;

/** A neutral shared outcome (the model's own layer, a proposal to edit locally). */
export const OutcomeSchema = z.object({
  id: ModelIdSchema,
  label: z.string().trim().min(1).max(200),
  plainEnglish: z.string().max(1000),
  readings: ReadingsSchema,
  origin: OriginSchema.default("core"),
});
/** A shared outcome as written in data files. */
export type OutcomeInput = z.input<typeof OutcomeSchema>;
/** A shared outcome. */
export type Outcome = z.output<typeof OutcomeSchema>;

/**
 * Which scheme an indicator's `code` belongs to: a PHOF indicator code (A01a, B17, ...), the name of the Fingertips
 * profile that publishes a non-PHOF indicator, a Levelling Up mission metric, a Core20PLUS5 area, one of NHS
 * England's health inequalities priorities, or a partnership's own reference. Null when the indicator has no code.
 */
export const CODE_SCHEMES = ["phof", "fingertips_profile", "lu_mission", "core20plus5", "nhs_priority", "local"] as const;
/** Which scheme an indicator's code belongs to. */
export const CodeSchemeSchema = z.enum(CODE_SCHEMES);
/** Which scheme an indicator's code belongs to. */
export type CodeScheme = z.infer<typeof CodeSchemeSchema>;
/** How each code scheme is labelled wherever a code is shown ("PHOF code: B17", "Levelling Up mission metric: M1 headline"). */
export const CODE_SCHEME_LABELS: Record<CodeScheme, string> = {
  phof: "PHOF code",
  fingertips_profile: "Fingertips profile",
  lu_mission: "Levelling Up mission metric",
  core20plus5: "Core20PLUS5 area",
  nhs_priority: "NHS health inequalities priority",
  local: "Local reference",
};

/** An indicator. `verified` is computed from `idVerified` and `codeVerified`. */
export const IndicatorSchema = z
  .object({
    id: ModelIdSchema,
    name: z.string().min(1),
    framework: ModelIdSchema,
    /** Who publishes the data (not a cited source id). */
    dataSource: z.string().min(1),
    code: z.string().nullable(),
    /** The scheme `code` belongs to (label codes by it, never as "PHOF code" unless it is one). */
    codeScheme: CodeSchemeSchema.nullable(),
    /** true: the PHOF code was seen with the name in a source; false: from recall; null: not a PHOF-coded indicator. */
    codeVerified: z.boolean().nullable(),
    fingertipsId: z.number().int().positive().nullable(),
    /** An inferred, unconfirmed Fingertips id: never use without checking the Fingertips API. */
    fingertipsIdCandidate: z.number().int().positive().optional(),
    /** true: the indicator's identity (Fingertips id, or the metric's definition) is paired with its name in a source. */
    idVerified: z.boolean(),
    unit: z.string().min(1),
    polarity: PolaritySchema,
    polarityNote: z.string().optional(),
    geography: z.string().min(1),
    gap: GapTypeSchema,
    sources: z.array(ModelIdSchema).default([]),
    note: z.string().optional(),
    origin: OriginSchema.default("core"),
  })
  .transform((i) => ({
    ...i,
    /** Convenience: true/false for a clear polarity, null for context or mixed. */
    higherIsBetter: i.polarity === "higher_is_better" ? true : i.polarity === "lower_is_better" ? false : null,
    verified: i.idVerified && i.codeVerified !== false,
  }));
/** An indicator as written in data files. */
export type IndicatorInput = z.input<typeof IndicatorSchema>;
/** An indicator. */
export type Indicator = z.output<typeof IndicatorSchema>;

/** A typed link between two model items (terms, outcomes, indicators or frameworks). */
export const LinkSchema = z.object({
  id: ModelIdSchema,
  from: ModelIdSchema,
  to: ModelIdSchema,
  kind: LinkKindSchema,
  strength: StrengthSchema,
  /** true only when a cited source states the relationship itself. */
  sourced: z.boolean(),
  sources: z.array(ModelIdSchema).default([]),
  rationale: z.string().trim().min(1).max(1000),
  /** false when the reference flags the link's support as not (re-)checked. */
  verified: z.boolean().default(true),
  note: z.string().optional(),
  origin: OriginSchema.default("core"),
});
/** A link as written in data files. */
export type LinkInput = z.input<typeof LinkSchema>;
/** A link. */
export type Link = z.output<typeof LinkSchema>;

/** The raw model data, validated at load. */
export const ModelDataSchema = z.object({
  sources: z.array(SourceSchema),
  frameworks: z.array(FrameworkSchema),
  terms: z.array(TermSchema),
  outcomes: z.array(OutcomeSchema),
  indicators: z.array(IndicatorSchema),
  links: z.array(LinkSchema),
});
/** The raw model data as written in data files. */
export type ModelDataInput = z.input<typeof ModelDataSchema>;

/** A loaded, validated, versioned outcomes model. */
export interface OutcomesModel {
  /** Semantic version of the model (plus `+local` when partnership extensions are merged). */
  readonly version: string;
  /** Stable content hash (16 hex characters). */
  readonly hash: string;
  /** A strong HTTP ETag value, quotes included. */
  readonly etag: string;
  readonly sources: readonly Source[];
  readonly frameworks: readonly Framework[];
  readonly terms: readonly Term[];
  readonly outcomes: readonly Outcome[];
  readonly indicators: readonly Indicator[];
  readonly links: readonly Link[];
}

/** How much to trust a link: stated and checked, stated but unchecked, or a proposal. */
export type LinkConfidence = "confirmed" | "unconfirmed" | "proposal";
