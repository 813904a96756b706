/**
 * The plan document: a Yjs 13 Y.Doc co-edited through y-websocket. Root types are
 * listed in `PLAN_ROOTS`; read with `readPlan`, write with the typed accessors,
 * create with `createPlanDoc`, guard incoming updates with `checkPlanUpdate`.
 */
export * from "./schema.ts";
export * from "./newId.ts";
export * from "./planDocError.ts";
export { planRoots, collectionRoots } from "./roots.ts";
export type { PlanRoots, PlanCollection } from "./roots.ts";
export { bodyToJSON, jsonToBody, newBodyFragment, markNameFromAttribute } from "./body.ts";
export { pmText } from "./bodyText.ts";
export * from "./bodyBuilders.ts";
export * from "./meta.ts";
export * from "./sections.ts";
export * from "./actions.ts";
export * from "./indicators.ts";
export * from "./indicatorSeries.ts";
export * from "./indicatorImport.ts";
export * from "./indicatorChart.ts";
export * from "./risks.ts";
export { readPlan, readSections } from "./readPlan.ts";
export * from "./planText.ts";
export * from "./templates.ts";
export * from "./createPlanDoc.ts";
export * from "./validateUpdate.ts";
export { ensureTextField, textChange, writeText, TEXT_CONVERSION_ORIGIN } from "./textFields.ts";
export type { TextChange } from "./textFields.ts";
export { migratePlanDoc } from "./migratePlanDoc.ts";
export type { PlanMigration } from "./migratePlanDoc.ts";
