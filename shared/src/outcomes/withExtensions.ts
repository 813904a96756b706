import { finishModel } from "./model.ts";
import { OutcomeExtensionsError } from "./outcomesErrors.ts";
import type { Indicator, Link, Outcome, OutcomesModel, Source, Term } from "./schema.ts";
import { validateExtensions } from "./validateExtensions.ts";

/**
 * Overlays a partnership's local terms, outcomes, links, indicators and sources on a model and returns a new frozen model with its own
 * hash and ETag (version `<base>+local`). Local items are marked `origin: "local"`; local terms are `verified: false`
 * (nothing was checked against a cited source); local indicators belong to FW-LOCAL and are unverified too. Throws `OutcomeExtensionsError` listing every problem.
 */
export function withExtensions(model: OutcomesModel, extensions: unknown): OutcomesModel {
  const result = validateExtensions(model, extensions);
  if (!result.ok) throw new OutcomeExtensionsError(result.errors);
  const ext = result.extensions;
  const indicatorIds = new Set([...model.indicators.map((i) => i.id), ...ext.indicators.map((i) => i.id)]);
  const sources: Source[] = ext.sources.map((s) => ({ id: s.id, title: s.label, publisher: s.publisher, date: s.date, url: s.url, origin: "local" }));
  const indicators: Indicator[] = ext.indicators.map((x) => ({
    id: x.id,
    name: x.label,
    framework: "FW-LOCAL",
    dataSource: x.dataSource,
    code: x.code || null,
    codeScheme: x.code ? "local" : null,
    codeVerified: null,
    fingertipsId: null,
    idVerified: false,
    unit: x.unit,
    polarity: x.polarity,
    geography: x.geography,
    gap: x.gap,
    sources: x.sources,
    ...(x.note ? { note: x.note } : {}),
    origin: "local",
    higherIsBetter: x.polarity === "higher_is_better" ? true : x.polarity === "lower_is_better" ? false : null,
    verified: false,
  }));
  const terms: Term[] = ext.terms.map((t) => ({
    id: t.id,
    label: t.label,
    framework: t.framework,
    kind: "local",
    sector: t.sector,
    definition: t.definition,
    plainEnglish: t.plainEnglish,
    aliases: t.aliases,
    acronyms: t.acronyms,
    keywords: [],
    spotLabel: true,
    inGlossary: false,
    status: "current",
    sources: [],
    wordingVerified: false,
    checks: [],
    origin: "local",
    verified: false,
  }));
  const outcomes: Outcome[] = ext.outcomes.map((o) => ({
    id: o.id,
    label: o.label,
    plainEnglish: o.plainEnglish,
    readings: {
      council: o.readings.council ?? o.label,
      nhs: o.readings.nhs ?? o.label,
      voluntary: o.readings.voluntary ?? o.label,
      community: o.readings.community ?? (o.plainEnglish || o.label),
      ...(o.readings.other_public ? { other_public: o.readings.other_public } : {}),
      ...(o.readings.private ? { private: o.readings.private } : {}),
    },
    origin: "local",
  }));
  const links: Link[] = ext.links.map((l) => {
    const swap = indicatorIds.has(l.from) && !indicatorIds.has(l.to);
    return {
      id: l.id,
      from: swap ? l.to : l.from,
      to: swap ? l.from : l.to,
      kind: l.kind,
      strength: l.strength,
      sourced: l.sourced,
      sources: l.sources,
      rationale: l.rationale,
      verified: true,
      origin: "local",
    };
  });
  const base = model.version.split("+")[0];
  return finishModel(
    {
      sources: [...model.sources, ...sources],
      frameworks: model.frameworks,
      terms: [...model.terms, ...terms],
      outcomes: [...model.outcomes, ...outcomes],
      indicators: [...model.indicators, ...indicators],
      links: [...model.links, ...links],
    },
    `${base}+local`,
  );
}
