import { z } from "zod";
import type { FieldChange, PlanDiff, RecordDiff, SectionDiff } from "./snapshotDiff.ts";
import type { TextChange } from "./textDiff.ts";

/*
 * Response schemas of a version diff (`GET /plans/:planId/versions/diff`), beside
 * the types in `snapshotDiff.ts` and `textDiff.ts`. Kept in their own file so a
 * client that checks a diff does not load the diffing code (and `diff`) with it.
 */

/** The response schema of a `TextChange` (unknown extra fields are kept). */
export const TextChangeSchema: z.ZodType<TextChange> = z.looseObject({
  op: z.enum(["equal", "insert", "delete"]),
  text: z.string(),
});

/** The response schema of a `FieldChange`. */
export const FieldChangeSchema: z.ZodType<FieldChange> = z.looseObject({
  field: z.string(),
  from: z.unknown(),
  to: z.unknown(),
});

const ChangeKindSchema = z.enum(["added", "removed", "changed"]);

/** The response schema of a `SectionDiff`. */
export const SectionDiffSchema: z.ZodType<SectionDiff> = z.looseObject({
  id: z.string(),
  title: z.string(),
  change: ChangeKindSchema,
  fields: z.array(FieldChangeSchema),
  body: z.array(TextChangeSchema),
  formattingOnly: z.boolean(),
  moved: z.boolean(),
});

/** The response schema of a `RecordDiff`. */
export const RecordDiffSchema: z.ZodType<RecordDiff> = z.looseObject({
  id: z.string(),
  label: z.string(),
  change: ChangeKindSchema,
  fields: z.array(FieldChangeSchema),
  moved: z.boolean(),
});

/** The response schema of a `PlanDiff`. */
export const PlanDiffSchema: z.ZodType<PlanDiff> = z.looseObject({
  meta: z.array(FieldChangeSchema),
  sections: z.array(SectionDiffSchema),
  actions: z.array(RecordDiffSchema),
  indicators: z.array(RecordDiffSchema),
  risks: z.array(RecordDiffSchema),
  summary: z.looseObject({ sections: z.number(), actions: z.number(), indicators: z.number(), risks: z.number(), identical: z.boolean() }),
});
