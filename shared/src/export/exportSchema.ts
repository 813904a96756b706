import { z } from "zod";
import {
  ActionSnapshotSchema,
  IndicatorSnapshotSchema,
  PmDocSchema,
  RiskSnapshotSchema,
  PlanMetaSchema,
  SectionStatusSchema,
} from "../plan/schema.ts";
import { PlanTemplateSchema } from "../domain/plan.ts";

/*
 * The JSON export format: a documented, versioned schema. Bump
 * `EXPORT_SCHEMA_VERSION` on any incompatible change and regenerate
 * `docs/export-schema.json` (`node --import tsx server/src/export/writeExportJsonSchema.ts`).
 */

/** Identifies the format in `format`. */
export const EXPORT_FORMAT_ID = "jigsaw.plan-export";
/** Version of the JSON export layout. */
export const EXPORT_SCHEMA_VERSION = 1;

/** Export file formats. */
export const EXPORT_FORMATS = ["docx", "pdf", "md", "html", "json"] as const;
/** An export file format. */
export const ExportFormatSchema = z.enum(EXPORT_FORMATS);
/** An export file format. */
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

/** Labels for export formats. */
export const EXPORT_FORMAT_LABELS: Record<ExportFormat, string> = {
  docx: "Word (.docx)",
  pdf: "PDF",
  md: "Markdown",
  html: "HTML",
  json: "JSON (data)",
};

/** Lenses the crosswalk can be shown in: a sector, or every sector. */
export const EXPORT_LENSES = ["all", "council", "nhs", "voluntary", "community"] as const;
/** A crosswalk lens. */
export const ExportLensSchema = z.enum(EXPORT_LENSES);
/** A crosswalk lens. */
export type ExportLens = z.infer<typeof ExportLensSchema>;

/** Which version to export: an id, the latest agreed version, or the live draft. */
export const ExportVersionRefSchema = z.union([z.literal("agreed"), z.literal("current"), z.string().regex(/^[A-Za-z0-9_-]{8,64}$/)]);

/** POST /plans/:planId/exports body. */
export const ExportRequestSchema = z.strictObject({
  format: ExportFormatSchema,
  /** Default: the latest agreed version if there is one, else the current draft. */
  version: ExportVersionRefSchema.optional(),
  lens: ExportLensSchema.default("all"),
  includeComments: z.boolean().default(false),
});
/** Export request. */
export type ExportRequest = z.infer<typeof ExportRequestSchema>;

const SignOffEntrySchema = z
  .object({
    organisation: z.string(),
    response: z.enum(["consent", "consent_with_comment", "object", "abstain", "none"]),
    comment: z.string().nullable(),
    by: z.string().nullable(),
    at: z.string().nullable(),
    trail: z
      .array(
        z.object({
          response: z.enum(["consent", "consent_with_comment", "object", "abstain"]),
          comment: z.string().nullable(),
          by: z.string(),
          role: z.string(),
          at: z.string(),
        }),
      )
      .optional()
      .meta({ description: "Every response the organisation gave in the round, oldest first" }),
  })
  .meta({ description: "One required organisation's recorded response" });

/** A crosswalk cell: how an item reads in one lens. */
const CrosswalkCellSchema = z.object({
  lens: z.string().meta({ description: "Sector id (council, nhs, voluntary, community)" }),
  label: z.string(),
  text: z.string(),
  confidence: z.string().meta({ description: "exact, strong, moderate, weak or none" }),
  mark: z
    .enum(["verified", "unconfirmed", "proposed", "none"])
    .meta({ description: "As on the Outcomes page: verified (a cited, checked source states it), unconfirmed (not checked), proposed (no source states it), none (no route in the model)" }),
  terms: z
    .array(
      z.object({
        id: z.string(),
        label: z.string(),
        framework: z.string(),
        status: z.enum(["current", "legacy", "superseded"]),
        mark: z.enum(["verified", "unconfirmed", "proposed"]),
      }),
    )
    .meta({ description: "The lens's own terms for the item (e.g. a council's missions), each with its status and mark" }),
});

/** The JSON export document. */
export const PlanExportSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT_ID),
    schemaVersion: z.literal(EXPORT_SCHEMA_VERSION),
    generatedAt: z.string().meta({ description: "ISO-8601 time the export was made" }),
    partnership: z.object({ name: z.string(), place: z.string() }),
    plan: z.object({ id: z.string(), title: z.string(), template: PlanTemplateSchema, place: z.string() }),
    planMeta: PlanMetaSchema.meta({
      description:
        "The plan's metadata exactly as hashed: with sections (less `text`), actions, indicators and risks it is the snapshot whose SHA-256 is version.contentHash (see `npm run verify-agreement`)",
    }),
    version: z.object({
      id: z.string().nullable().meta({ description: "Version id; null for the current draft" }),
      kind: z.enum(["named", "auto", "agreed", "before_restore", "draft"]),
      name: z.string(),
      createdAt: z.string(),
      contentHash: z.string().meta({ description: "SHA-256 (hex) of the canonical JSON snapshot" }),
      agreed: z.boolean(),
    }),
    sections: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        status: SectionStatusSchema,
        outcomes: z.array(z.string()),
        body: PmDocSchema.meta({ description: "ProseMirror JSON of the section body" }),
        text: z.string().meta({ description: "Plain text of the body" }),
      }),
    ),
    actions: z.array(ActionSnapshotSchema),
    indicators: z.array(IndicatorSnapshotSchema),
    risks: z.array(RiskSnapshotSchema),
    outcomes: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        plainEnglish: z.string(),
        usedBy: z.array(z.string()).meta({ description: "Section and action ids contributing to it" }),
      }),
    ),
    crosswalk: z.object({
      lenses: z.array(z.string()),
      rows: z.array(
        z.object({
          item: z.object({ type: z.enum(["outcome", "indicator"]), id: z.string(), label: z.string() }),
          cells: z.array(CrosswalkCellSchema),
        }),
      ),
    }),
    signOff: z
      .object({
        agreementId: z.string(),
        title: z.string(),
        outcome: z.string(),
        reviewDate: z.string().nullable(),
        closedAt: z.string(),
        closedBy: z.string(),
        entries: z.array(SignOffEntrySchema),
        scope: z
          .union([
            z.object({ kind: z.literal("plan") }),
            z.object({ kind: z.literal("sections"), sections: z.array(z.object({ id: z.string(), title: z.string() })) }),
          ])
          .optional()
          .meta({ description: "What the round agreed: the whole plan, or only these sections (absent: the whole plan)" }),
      })
      .nullable(),
    comments: z.object({
      included: z.boolean(),
      threads: z.array(
        z.object({
          id: z.string(),
          sectionId: z.string().nullable(),
          sectionTitle: z.string().nullable(),
          quote: z.string().nullable(),
          comments: z.array(z.object({ author: z.string(), organisation: z.string().nullable(), at: z.string(), text: z.string() })),
        }),
      ),
    }),
  })
  .meta({ title: "Jigsaw plan export", description: "A place plan version exported from Jigsaw" });
/** The JSON export document. */
export type PlanExport = z.infer<typeof PlanExportSchema>;

/** The JSON Schema (draft 2020-12) of the export, as committed at docs/export-schema.json. */
export function exportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(PlanExportSchema, { target: "draft-2020-12", io: "output" }) as Record<string, unknown>;
}
