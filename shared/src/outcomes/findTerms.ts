import { getOutcomesModel } from "./model.ts";
import type { OutcomesModel } from "./schema.ts";
import { compileTermMatcher } from "./termMatcher.ts";
import type { TermMatcher, TermSpan } from "./termMatcher.ts";

const matchers = new WeakMap<OutcomesModel, TermMatcher>();

/** The compiled matcher for a model (compiled once per model object, then reused). */
export function termMatcherFor(model: OutcomesModel): TermMatcher {
  let m = matchers.get(model);
  if (!m) {
    m = compileTermMatcher(model.terms);
    matchers.set(model, m);
  }
  return m;
}

/**
 * Spots framework terms and jargon (labels, aliases, acronyms) in `text`. Returns non-overlapping spans
 * `{ start, end, termId, matched }` in text order, preferring the longest phrase. Acronyms are case-sensitive,
 * words case-insensitive; matches respect word boundaries. Pass a model merged with extensions to spot local terms.
 */
export function findTerms(text: string, model: OutcomesModel = getOutcomesModel()): TermSpan[] {
  return termMatcherFor(model).find(text);
}
