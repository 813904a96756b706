import { z } from "zod";
import { SECTORS } from "../domain/sector.ts";
import { GapTypeSchema, ModelIdSchema, PartialDateSchema, PolaritySchema, StrengthSchema, TermSectorSchema } from "./schema.ts";

/** Limits for partnership extensions. */
export const ExtensionLimits = {
  labelMax: 200,
  definitionMax: 2000,
  plainEnglishMax: 1000,
  readingMax: 500,
  rationaleMax: 1000,
  phraseMax: 100,
  phrasesPerTerm: 20,
  terms: 500,
  outcomes: 200,
  links: 2000,
  indicators: 200,
  sources: 200,
  noteMax: 1000,
  shortMax: 200,
  urlMax: 2000,
} as const;

/** Local ids: `local:` then lower-case letters, digits and hyphens, e.g. `local:warm-homes-sheffield`. */
export const LocalIdSchema = z
  .string()
  .regex(/^local:[a-z0-9][a-z0-9-]{0,62}$/, "Local ids look like local:warm-homes (lower case, digits, hyphens)");

/** A label: trimmed, not empty, at most 200 characters. */
export const LocalLabelSchema = z
  .string()
  .trim()
  .min(1, "Label is empty")
  .max(ExtensionLimits.labelMax, `Label is longer than ${ExtensionLimits.labelMax} characters`);

const PhraseListSchema = z
  .array(z.string().trim().min(2, "Too short to spot").max(ExtensionLimits.phraseMax))
  .max(ExtensionLimits.phrasesPerTerm);

/** Link kinds a partnership may add. */
export const LOCAL_LINK_KINDS = ["serves", "crosswalk", "measured_by", "indicator_for", "part_of", "same_concept"] as const;
/** Link kinds a partnership may add. */
export const LocalLinkKindSchema = z.enum(LOCAL_LINK_KINDS);

const termFields = {
  label: LocalLabelSchema,
  framework: ModelIdSchema,
  sector: TermSectorSchema,
  definition: z.string().trim().max(ExtensionLimits.definitionMax),
  plainEnglish: z.string().trim().max(ExtensionLimits.plainEnglishMax),
  aliases: PhraseListSchema,
  acronyms: PhraseListSchema,
};

/** Create one local term (server CRUD input). `id` may be omitted for the server to assign one. */
export const LocalTermCreateSchema = z.strictObject({
  id: LocalIdSchema.optional(),
  label: termFields.label,
  framework: termFields.framework.default("FW-LOCAL"),
  sector: termFields.sector.default("cross"),
  definition: termFields.definition.default(""),
  plainEnglish: termFields.plainEnglish.default(""),
  aliases: termFields.aliases.default([]),
  acronyms: termFields.acronyms.default([]),
});
/** Create one local term. */
export type LocalTermCreate = z.infer<typeof LocalTermCreateSchema>;

/** Update one local term: any subset of fields, at least one. */
export const LocalTermUpdateSchema = z
  .strictObject({
    label: termFields.label.optional(),
    framework: termFields.framework.optional(),
    sector: termFields.sector.optional(),
    definition: termFields.definition.optional(),
    plainEnglish: termFields.plainEnglish.optional(),
    aliases: termFields.aliases.optional(),
    acronyms: termFields.acronyms.optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), "Nothing to update");
/** Update one local term. */
export type LocalTermUpdate = z.infer<typeof LocalTermUpdateSchema>;

/** A stored local term (id required). */
export const LocalTermSchema = LocalTermCreateSchema.extend({ id: LocalIdSchema });
/** A stored local term. */
export type LocalTerm = z.infer<typeof LocalTermSchema>;

const ReadingSchema = z.string().trim().min(1).max(ExtensionLimits.readingMax);
/** Sector readings for a local outcome: any sectors, all optional. */
export const LocalReadingsSchema = z.partialRecord(z.enum(SECTORS), ReadingSchema);

/** Create one local shared outcome. */
export const LocalOutcomeCreateSchema = z.strictObject({
  id: LocalIdSchema.optional(),
  label: LocalLabelSchema,
  plainEnglish: z.string().trim().max(ExtensionLimits.plainEnglishMax).default(""),
  readings: LocalReadingsSchema.default({}),
});
/** Create one local shared outcome. */
export type LocalOutcomeCreate = z.infer<typeof LocalOutcomeCreateSchema>;

/** Update one local shared outcome: any subset of fields, at least one. */
export const LocalOutcomeUpdateSchema = z
  .strictObject({
    label: LocalLabelSchema.optional(),
    plainEnglish: z.string().trim().max(ExtensionLimits.plainEnglishMax).optional(),
    readings: LocalReadingsSchema.optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), "Nothing to update");
/** Update one local shared outcome. */
export type LocalOutcomeUpdate = z.infer<typeof LocalOutcomeUpdateSchema>;

/** A stored local shared outcome. */
export const LocalOutcomeSchema = LocalOutcomeCreateSchema.extend({ id: LocalIdSchema });
/** A stored local shared outcome. */
export type LocalOutcome = z.infer<typeof LocalOutcomeSchema>;

const RationaleSchema = z
  .string()
  .trim()
  .min(1, "A link needs a rationale")
  .max(ExtensionLimits.rationaleMax, `Rationale is longer than ${ExtensionLimits.rationaleMax} characters`);

/** Create one local link (at least one end must be a local item; checked by `validateExtensions`). */
export const LocalLinkCreateSchema = z.strictObject({
  id: LocalIdSchema.optional(),
  from: ModelIdSchema,
  to: ModelIdSchema,
  kind: LocalLinkKindSchema,
  strength: StrengthSchema.default("moderate"),
  rationale: RationaleSchema,
  /** Local links are proposals unless they cite a source from the model. */
  sourced: z.boolean().default(false),
  sources: z.array(ModelIdSchema).max(20).default([]),
});
/** Create one local link. */
export type LocalLinkCreate = z.infer<typeof LocalLinkCreateSchema>;

/** Update one local link: any subset of fields, at least one. */
export const LocalLinkUpdateSchema = z
  .strictObject({
    from: ModelIdSchema.optional(),
    to: ModelIdSchema.optional(),
    kind: LocalLinkKindSchema.optional(),
    strength: StrengthSchema.optional(),
    rationale: RationaleSchema.optional(),
    sourced: z.boolean().optional(),
    sources: z.array(ModelIdSchema).max(20).optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), "Nothing to update");
/** Update one local link. */
export type LocalLinkUpdate = z.infer<typeof LocalLinkUpdateSchema>;

/** A stored local link. */
export const LocalLinkSchema = LocalLinkCreateSchema.extend({ id: LocalIdSchema });
/** A stored local link. */
export type LocalLink = z.infer<typeof LocalLinkSchema>;

const ShortTextSchema = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `${what} is empty`)
    .max(ExtensionLimits.shortMax, `${what} is longer than ${ExtensionLimits.shortMax} characters`);
const NoteSchema = z.string().trim().max(ExtensionLimits.noteMax, `Note is longer than ${ExtensionLimits.noteMax} characters`);
/** A web address a local source may cite: http or https only (never javascript: or data:). */
export const LocalUrlSchema = z
  .string()
  .trim()
  .max(ExtensionLimits.urlMax)
  .regex(/^https?:\/\/[^\s]+$/i, "Give a web address starting http:// or https://");

const indicatorFields = {
  label: LocalLabelSchema,
  unit: ShortTextSchema("Unit"),
  polarity: PolaritySchema,
  dataSource: ShortTextSchema("Data source"),
  geography: ShortTextSchema("Geography"),
  gap: GapTypeSchema,
  /** The publisher's own code for the indicator, if any (e.g. a JSNA table reference). */
  code: z.string().trim().max(60),
  note: NoteSchema,
  sources: z.array(ModelIdSchema).max(20),
};

/** Create one local indicator (e.g. from the partnership's JSNA). */
export const LocalIndicatorCreateSchema = z.strictObject({
  id: LocalIdSchema.optional(),
  label: indicatorFields.label,
  unit: indicatorFields.unit,
  polarity: indicatorFields.polarity.default("higher_is_better"),
  dataSource: indicatorFields.dataSource,
  geography: indicatorFields.geography.default("Local authority"),
  gap: indicatorFields.gap.default("none"),
  code: indicatorFields.code.default(""),
  note: indicatorFields.note.default(""),
  sources: indicatorFields.sources.default([]),
});
/** Create one local indicator. */
export type LocalIndicatorCreate = z.infer<typeof LocalIndicatorCreateSchema>;

/** Update one local indicator: any subset of fields, at least one. */
export const LocalIndicatorUpdateSchema = z
  .strictObject({
    label: indicatorFields.label.optional(),
    unit: indicatorFields.unit.optional(),
    polarity: indicatorFields.polarity.optional(),
    dataSource: indicatorFields.dataSource.optional(),
    geography: indicatorFields.geography.optional(),
    gap: indicatorFields.gap.optional(),
    code: indicatorFields.code.optional(),
    note: indicatorFields.note.optional(),
    sources: indicatorFields.sources.optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), "Nothing to update");
/** Update one local indicator. */
export type LocalIndicatorUpdate = z.infer<typeof LocalIndicatorUpdateSchema>;

/** A stored local indicator. */
export const LocalIndicatorSchema = LocalIndicatorCreateSchema.extend({ id: LocalIdSchema });
/** A stored local indicator. */
export type LocalIndicator = z.infer<typeof LocalIndicatorSchema>;

const sourceFields = {
  label: LocalLabelSchema,
  publisher: ShortTextSchema("Publisher"),
  date: PartialDateSchema,
  url: LocalUrlSchema,
};

/** Create one local source: a document the partnership cites (title, publisher, date, web address). */
export const LocalSourceCreateSchema = z.strictObject({
  id: LocalIdSchema.optional(),
  label: sourceFields.label,
  publisher: sourceFields.publisher,
  date: sourceFields.date,
  url: sourceFields.url,
});
/** Create one local source. */
export type LocalSourceCreate = z.infer<typeof LocalSourceCreateSchema>;

/** Update one local source: any subset of fields, at least one. */
export const LocalSourceUpdateSchema = z
  .strictObject({
    label: sourceFields.label.optional(),
    publisher: sourceFields.publisher.optional(),
    date: sourceFields.date.optional(),
    url: sourceFields.url.optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), "Nothing to update");
/** Update one local source. */
export type LocalSourceUpdate = z.infer<typeof LocalSourceUpdateSchema>;

/** A stored local source (its `label` is the document's title). */
export const LocalSourceSchema = LocalSourceCreateSchema.extend({ id: LocalIdSchema });
/** A stored local source. */
export type LocalSource = z.infer<typeof LocalSourceSchema>;

/** A partnership's extensions to the shared outcomes model. */
export const OutcomeExtensionsSchema = z.strictObject({
  terms: z.array(LocalTermSchema).max(ExtensionLimits.terms).default([]),
  outcomes: z.array(LocalOutcomeSchema).max(ExtensionLimits.outcomes).default([]),
  links: z.array(LocalLinkSchema).max(ExtensionLimits.links).default([]),
  indicators: z.array(LocalIndicatorSchema).max(ExtensionLimits.indicators).default([]),
  sources: z.array(LocalSourceSchema).max(ExtensionLimits.sources).default([]),
});
/** A partnership's extensions as sent or stored. */
export type OutcomeExtensionsInput = z.input<typeof OutcomeExtensionsSchema>;
/** A partnership's extensions, parsed. */
export type OutcomeExtensions = z.output<typeof OutcomeExtensionsSchema>;
