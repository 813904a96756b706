import type { Framework, Indicator, Link, Outcome, OutcomesModel, Source, Term } from "./schema.ts";

/** Lookup tables over a model, built once per model object. */
export interface ModelIndex {
  terms: ReadonlyMap<string, Term>;
  outcomes: ReadonlyMap<string, Outcome>;
  indicators: ReadonlyMap<string, Indicator>;
  frameworks: ReadonlyMap<string, Framework>;
  sources: ReadonlyMap<string, Source>;
  /** Links by id. */
  links: ReadonlyMap<string, Link>;
  /** Every link touching an item id (either end). */
  linksOf: ReadonlyMap<string, readonly Link[]>;
  /** Terms per framework id, in model order. */
  termsByFramework: ReadonlyMap<string, readonly Term[]>;
  /** Framework order, for stable sorting. */
  frameworkOrder: ReadonlyMap<string, number>;
}

const cache = new WeakMap<OutcomesModel, ModelIndex>();

/** Builds (or returns the memoised) index for a model. */
export function indexModel(model: OutcomesModel): ModelIndex {
  const hit = cache.get(model);
  if (hit) return hit;
  const linksOf = new Map<string, Link[]>();
  const push = (id: string, l: Link) => {
    const arr = linksOf.get(id);
    if (arr) arr.push(l);
    else linksOf.set(id, [l]);
  };
  for (const l of model.links) {
    push(l.from, l);
    push(l.to, l);
  }
  const termsByFramework = new Map<string, Term[]>();
  for (const t of model.terms) {
    const arr = termsByFramework.get(t.framework);
    if (arr) arr.push(t);
    else termsByFramework.set(t.framework, [t]);
  }
  const index: ModelIndex = {
    terms: new Map(model.terms.map((t) => [t.id, t])),
    outcomes: new Map(model.outcomes.map((o) => [o.id, o])),
    indicators: new Map(model.indicators.map((i) => [i.id, i])),
    frameworks: new Map(model.frameworks.map((f) => [f.id, f])),
    sources: new Map(model.sources.map((s) => [s.id, s])),
    links: new Map(model.links.map((l) => [l.id, l])),
    linksOf,
    termsByFramework,
    frameworkOrder: new Map(model.frameworks.map((f, i) => [f.id, i])),
  };
  cache.set(model, index);
  return index;
}

/** The other end of a link, seen from `id`. */
export function otherEnd(link: Link, id: string): string {
  return link.from === id ? link.to : link.from;
}
