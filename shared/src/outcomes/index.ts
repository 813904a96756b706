/**
 * The shared outcomes model: frameworks as versioned vocabularies (Levelling Up, Core20PLUS5, NHS priority areas,
 * Marmot principles, PHOF, national missions, 10 Year Health Plan, ICS governance, RBA, glossary), their terms,
 * neutral shared outcomes with sector readings, indicators and typed, sourced links. Pure: no node modules.
 *
 * Data notes (model 0.3.0, converted from reference outcomes-model.json 0.2-verified, ids unchanged):
 * - Aliases were split into spotted `aliases`, case-sensitive `acronyms` and broad `keywords` (never spotted), and
 *   each spotted phrase belongs to exactly one term (e.g. "HLE" resolves to CONCEPT-HLE).
 * - Links touching an indicator always have the indicator on the `to` side; `measured_by_reverse` became
 *   `measured_by`; the Core20PLUS5 clinical areas link to Core20 as `population_focus` (not `part_of`).
 * - Verification flags follow verify-log.md, including links whose v0.1 sources were not re-checked.
 */
export * from "./schema.ts";
export { MODEL_VERSION, REFERENCE_VERSION, buildModel, etagFor, getOutcomesModel, loadModel } from "./model.ts";
export { checkModelIntegrity } from "./integrity.ts";
export type { ModelContent } from "./integrity.ts";
export { OutcomeExtensionsError, OutcomesModelError } from "./outcomesErrors.ts";
export type { ModelIssue } from "./outcomesErrors.ts";
export { hashString, hashValue, stableStringify } from "./hash.ts";
export { indexModel } from "./modelIndex.ts";
export type { ModelIndex } from "./modelIndex.ts";
export { linkConfidence, strengthRank, weaker } from "./strength.ts";
export { lens } from "./lens.ts";
export type { LensResult, LensTarget, LensTerm } from "./lens.ts";
export { relatedTerms } from "./relatedTerms.ts";
export type { RelatedPath, RelatedTerm } from "./relatedTerms.ts";
export { COVERABLE_KINDS, coverage } from "./coverage.ts";
export type { CoverageItem, CoverageResult, FrameworkCoverage } from "./coverage.ts";
export { findTerms, termMatcherFor } from "./findTerms.ts";
export { compileTermMatcher } from "./termMatcher.ts";
export type { TermMatcher, TermSpan } from "./termMatcher.ts";
export { spotPhrases } from "./termKeys.ts";
export { glossary } from "./glossary.ts";
export type { GlossaryEntry } from "./glossary.ts";
export * from "./extensionsSchema.ts";
export { validateExtensions } from "./validateExtensions.ts";
export type { ExtensionsValidation } from "./validateExtensions.ts";
export { withExtensions } from "./withExtensions.ts";
export { linkMark, markWords, termLinkMark, weakerMark } from "./marks.ts";
export type { TrustMark } from "./marks.ts";
