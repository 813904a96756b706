import { z } from "zod";
import { SECTORS } from "../domain/sector.ts";
import { ModelIdSchema, StrengthSchema, TermSectorSchema } from "./schema.ts";

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

/** A partnership's extensions to the shared outcomes model. */
export const OutcomeExtensionsSchema = z.strictObject({
  terms: z.array(LocalTermSchema).max(ExtensionLimits.terms).default([]),
  outcomes: z.array(LocalOutcomeSchema).max(ExtensionLimits.outcomes).default([]),
  links: z.array(LocalLinkSchema).max(ExtensionLimits.links).default([]),
});
/** A partnership's extensions as sent or stored. */
export type OutcomeExtensionsInput = z.input<typeof OutcomeExtensionsSchema>;
/** A partnership's extensions, parsed. */
export type OutcomeExtensions = z.output<typeof OutcomeExtensionsSchema>;
