import { z } from "zod";
import { PlanTemplateSchema } from "../domain/plan.ts";
import { SectorSchema } from "../domain/sector.ts";
import { IndicatorSeriesFieldsSchema, IndicatorSeriesSnapshotSchema } from "./indicatorSeries.ts";

/**
 * Version of the plan document layout (root types and field names). Stored in
 * `meta.schemaVersion`; bump it and add a migration when the layout changes
 * (see migratePlanDoc.ts). 2: records' free-text fields are `Y.Text`.
 */
export const PLAN_SCHEMA_VERSION = 2;

/** Names of every root type of a plan Y.Doc. Nothing else may exist at the root. */
export const PLAN_ROOTS = {
  meta: "meta",
  sections: "sections",
  sectionOrder: "sectionOrder",
  actions: "actions",
  actionOrder: "actionOrder",
  indicators: "indicators",
  indicatorOrder: "indicatorOrder",
  risks: "risks",
  riskOrder: "riskOrder",
  /** Comment text anchors moved to restored text after an undo (see comments/textAnchor.ts). */
  anchorMoves: "anchorMoves",
} as const;

/** A root type name. */
export type PlanRootName = (typeof PLAN_ROOTS)[keyof typeof PLAN_ROOTS];

/** Root types that are Y.Map (the rest are Y.Array). */
export const PLAN_MAP_ROOTS: ReadonlySet<string> = new Set<PlanRootName>([
  "meta",
  "sections",
  "actions",
  "indicators",
  "risks",
  "anchorMoves",
]);
/** Root types that are Y.Array<string> of ids. */
export const PLAN_ARRAY_ROOTS: ReadonlySet<string> = new Set<PlanRootName>([
  "sectionOrder",
  "actionOrder",
  "indicatorOrder",
  "riskOrder",
]);

/** Size limits for plan content. Setters enforce them; the snapshot schema does not. */
export const PLAN_LIMITS = {
  sectionTitleMax: 200,
  fieldTextMax: 500,
  notesMax: 5000,
  listMax: 100,
  /** Largest plan update accepted by `checkPlanUpdate` (bytes). */
  updateMaxBytes: 2 * 1024 * 1024,
  /** Most structs one update may carry. */
  updateMaxStructs: 250_000,
  /** Longest single struct (characters / deleted range) one update may carry. */
  updateMaxStructLength: 10_000_000,
  /** Deepest body node nesting read by `bodyToJSON`; deeper nodes are dropped. */
  bodyMaxDepth: 64,
} as const;

/** Section workflow status. */
export const SECTION_STATUSES = ["draft", "in_review", "agreed", "changed_since_agreement"] as const;
/** Section workflow status. */
export const SectionStatusSchema = z.enum(SECTION_STATUSES);
/** Section workflow status. */
export type SectionStatus = z.infer<typeof SectionStatusSchema>;

/** Delivery status of an action (RAG-style). */
export const ACTION_STATUSES = ["not_started", "on_track", "at_risk", "off_track", "done"] as const;
/** Delivery status of an action. */
export const ActionStatusSchema = z.enum(ACTION_STATUSES);
/** Delivery status of an action. */
export type ActionStatus = z.infer<typeof ActionStatusSchema>;

/** Calendar date `YYYY-MM-DD`. */
export const IsoDateSchema = z.iso.date();

/** Id of a section, action, indicator or risk inside a plan document. */
export const PlanItemIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Not a valid id");

/** A shared-outcome id from the outcomes model (e.g. `SO-04`). Opaque here. */
export const OutcomeRefSchema = z.string().trim().min(1).max(64);

/** One-line text field (title, organisation, label...). */
const lineText = (max: number = PLAN_LIMITS.fieldTextMax) => z.string().trim().max(max);
/** Bounded list of short strings. */
const stringList = (item: z.ZodString) => z.array(item).max(PLAN_LIMITS.listMax);

/** A measurement: a value (or not yet known) at a date (or not yet known). */
export const MeasurementSchema = z.strictObject({
  value: z.number().finite().nullable(),
  date: IsoDateSchema.nullable(),
});
/** A measurement. */
export type Measurement = z.infer<typeof MeasurementSchema>;

/** Risk likelihood / impact score, 1 (very low) to 5 (very high). */
export const RiskScoreSchema = z.number().int().min(1).max(5);

// ---------------------------------------------------------------------------
// Field inputs (what setters accept; enforce lengths)
// ---------------------------------------------------------------------------

/** Section title input. */
export const SectionTitleSchema = lineText(PLAN_LIMITS.sectionTitleMax).min(1, "Enter a title");

/** Editable fields of an action, as accepted by `addAction` / `updateActionField`. */
export const ActionFieldsSchema = z.strictObject({
  title: lineText(),
  leadOrganisation: lineText(),
  partnerOrganisations: stringList(lineText()),
  sector: SectorSchema.nullable(),
  dueDate: IsoDateSchema.nullable(),
  status: ActionStatusSchema,
  outcomes: stringList(OutcomeRefSchema),
  indicators: stringList(PlanItemIdSchema),
  sectionId: PlanItemIdSchema.nullable(),
});
/** Editable fields of an action. */
export type ActionFields = z.infer<typeof ActionFieldsSchema>;

/** Editable fields of an indicator. */
export const IndicatorFieldsSchema = z.strictObject({
  /** Outcomes-model indicator id (e.g. `IND-HLE`), or null for a local indicator. */
  indicatorRef: z.string().trim().min(1).max(64).nullable(),
  label: lineText(),
  unit: lineText(40),
  baseline: MeasurementSchema,
  target: MeasurementSchema,
  latest: MeasurementSchema,
  notes: z.string().max(PLAN_LIMITS.notesMax),
  ...IndicatorSeriesFieldsSchema.shape,
});
/** Editable fields of an indicator. */
export type IndicatorFields = z.infer<typeof IndicatorFieldsSchema>;

/** Editable fields of a risk. */
export const RiskFieldsSchema = z.strictObject({
  title: lineText(),
  likelihood: RiskScoreSchema,
  impact: RiskScoreSchema,
  mitigation: z.string().max(PLAN_LIMITS.notesMax),
  owner: lineText(),
});
/** Editable fields of a risk. */
export type RiskFields = z.infer<typeof RiskFieldsSchema>;

// ---------------------------------------------------------------------------
// Body JSON (ProseMirror-like)
// ---------------------------------------------------------------------------

/** A mark on a text node, e.g. `{ type: "bold" }`, `{ type: "link", attrs: { href } }`. */
export interface PmMark {
  type: string;
  attrs?: Record<string, unknown>;
}

/** A ProseMirror-like node (same shape as `editor.getJSON()`). */
export interface PmNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: PmNode[];
  text?: string;
  marks?: PmMark[];
}

/** A whole body: `{ type: "doc", content }`. */
export interface PmDoc {
  type: "doc";
  content: PmNode[];
}

/** A mark. */
export const PmMarkSchema = z.object({
  type: z.string().min(1),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

/** A ProseMirror-like node (recursive). */
export const PmNodeSchema: z.ZodType<PmNode> = z.object({
  type: z.string().min(1),
  attrs: z.record(z.string(), z.unknown()).optional(),
  get content() {
    return z.array(PmNodeSchema).optional();
  },
  text: z.string().optional(),
  marks: z.array(PmMarkSchema).optional(),
});

/** A body document. */
export const PmDocSchema = z.object({
  type: z.literal("doc"),
  content: z.array(PmNodeSchema),
});

/** Tiptap StarterKit + table node names the editor understands. */
export const KNOWN_NODE_TYPES = [
  "paragraph",
  "heading",
  "bulletList",
  "orderedList",
  "listItem",
  "blockquote",
  "codeBlock",
  "hardBreak",
  "horizontalRule",
  "table",
  "tableRow",
  "tableHeader",
  "tableCell",
] as const;
/** Tiptap mark names the editor understands. */
export const KNOWN_MARK_TYPES = ["bold", "italic", "strike", "code", "link", "underline"] as const;

// ---------------------------------------------------------------------------
// Snapshot (plain JSON read of a whole plan). Shapes only, no length limits:
// it describes what is in the document, which may have been written by others.
// ---------------------------------------------------------------------------

/** Plan metadata (server-owned). */
export const PlanMetaSchema = z.object({
  schemaVersion: z.number().int().nonnegative(),
  title: z.string(),
  template: PlanTemplateSchema,
  place: z.string(),
  createdAt: z.string(),
});
/** Plan metadata. */
export type PlanMeta = z.infer<typeof PlanMetaSchema>;

/** A section in a snapshot. */
export const SectionSnapshotSchema = z.object({
  id: z.string(),
  title: z.string(),
  status: SectionStatusSchema,
  outcomes: z.array(z.string()),
  body: PmDocSchema,
});
/** A section in a snapshot. */
export type SectionSnapshot = z.infer<typeof SectionSnapshotSchema>;

/** An action in a snapshot. */
export const ActionSnapshotSchema = z.object({
  id: z.string(),
  title: z.string(),
  leadOrganisation: z.string(),
  partnerOrganisations: z.array(z.string()),
  sector: SectorSchema.nullable(),
  dueDate: IsoDateSchema.nullable(),
  status: ActionStatusSchema,
  outcomes: z.array(z.string()),
  indicators: z.array(z.string()),
  sectionId: z.string().nullable(),
});
/** An action in a snapshot. */
export type ActionSnapshot = z.infer<typeof ActionSnapshotSchema>;

/**
 * An indicator in a snapshot. The series fields were added later: a record
 * (or an agreed copy of one) kept before then reads them as their defaults.
 */
export const IndicatorSnapshotSchema = z.object({
  id: z.string(),
  indicatorRef: z.string().nullable(),
  label: z.string(),
  unit: z.string(),
  baseline: MeasurementSchema,
  target: MeasurementSchema,
  latest: MeasurementSchema,
  notes: z.string(),
  ...IndicatorSeriesSnapshotSchema.shape,
});
/** An indicator in a snapshot. */
export type IndicatorSnapshot = z.infer<typeof IndicatorSnapshotSchema>;

/** A risk in a snapshot. */
export const RiskSnapshotSchema = z.object({
  id: z.string(),
  title: z.string(),
  likelihood: RiskScoreSchema,
  impact: RiskScoreSchema,
  mitigation: z.string(),
  owner: z.string(),
});
/** A risk in a snapshot. */
export type RiskSnapshot = z.infer<typeof RiskSnapshotSchema>;

/** Plain JSON read of a whole plan, in display order. */
export const PlanSnapshotSchema = z.object({
  meta: PlanMetaSchema,
  sections: z.array(SectionSnapshotSchema),
  actions: z.array(ActionSnapshotSchema),
  indicators: z.array(IndicatorSnapshotSchema),
  risks: z.array(RiskSnapshotSchema),
});
/** Plain JSON read of a whole plan. */
export type PlanSnapshot = z.infer<typeof PlanSnapshotSchema>;
