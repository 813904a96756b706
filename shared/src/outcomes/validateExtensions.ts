import type { $ZodIssue } from "zod/v4/core";
import { OutcomeExtensionsSchema } from "./extensionsSchema.ts";
import type { OutcomeExtensions } from "./extensionsSchema.ts";
import { indexModel } from "./modelIndex.ts";
import type { ModelIssue } from "./outcomesErrors.ts";
import type { OutcomesModel } from "./schema.ts";
import { keySignature, spotPhrases } from "./termKeys.ts";

/** The result of validating extensions: parsed data when ok, otherwise every problem found. */
export type ExtensionsValidation =
  | { ok: true; extensions: OutcomeExtensions; errors: [] }
  | { ok: false; extensions?: undefined; errors: ModelIssue[] };

function pathOf(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out;
}

function fromZod(issue: $ZodIssue): ModelIssue {
  const path = pathOf(issue.path);
  const last = issue.path[issue.path.length - 1];
  let code = "invalid_shape";
  if (last === "label" && issue.code === "too_small") code = "empty_label";
  else if (last === "label" && issue.code === "too_big") code = "label_too_long";
  else if (last === "id" && issue.code === "invalid_format") code = "bad_id";
  else if (last === "rationale" && issue.code === "too_small") code = "missing_rationale";
  else if (issue.code === "too_big") code = "too_long";
  return { code, path, message: issue.message };
}

/**
 * Checks a partnership's extensions against a model: the zod shape (including empty or over-long labels) and then
 * duplicate ids, unknown frameworks, dangling links, links that touch no local item, unknown sources (core or local)
 * on links and local indicators, sourced links
 * without a source, and spotting phrases that collide with existing ones. Every problem is returned, with a path.
 */
export function validateExtensions(model: OutcomesModel, input: unknown): ExtensionsValidation {
  const parsed = OutcomeExtensionsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map(fromZod) };
  const ext = parsed.data;
  const idx = indexModel(model);
  const errors: ModelIssue[] = [];
  const add = (code: string, path: string, message: string) => errors.push({ code, path, message });

  const coreIds = new Set<string>([
    ...idx.terms.keys(),
    ...idx.outcomes.keys(),
    ...idx.indicators.keys(),
    ...idx.frameworks.keys(),
    ...idx.sources.keys(),
    ...model.links.map((l) => l.id),
  ]);
  const localIds = new Set<string>();
  const claim = (id: string, path: string) => {
    if (coreIds.has(id) || localIds.has(id)) add("duplicate_id", path, `Id ${id} is already used`);
    else localIds.add(id);
  };
  ext.terms.forEach((t, i) => claim(t.id, `terms[${i}].id`));
  ext.outcomes.forEach((o, i) => claim(o.id, `outcomes[${i}].id`));
  ext.links.forEach((l, i) => claim(l.id, `links[${i}].id`));
  ext.indicators.forEach((x, i) => claim(x.id, `indicators[${i}].id`));
  ext.sources.forEach((x, i) => claim(x.id, `sources[${i}].id`));

  const localTerms = new Set(ext.terms.map((t) => t.id));
  const localOutcomes = new Set(ext.outcomes.map((o) => o.id));
  const localIndicators = new Set(ext.indicators.map((x) => x.id));
  const localSources = new Set(ext.sources.map((x) => x.id));
  const isIndicator = (id: string) => idx.indicators.has(id) || localIndicators.has(id);
  const isSource = (id: string) => idx.sources.has(id) || localSources.has(id);
  const exists = (id: string) =>
    idx.terms.has(id) || idx.outcomes.has(id) || isIndicator(id) || localTerms.has(id) || localOutcomes.has(id);
  const isLocal = (id: string) => localTerms.has(id) || localOutcomes.has(id) || localIndicators.has(id);

  ext.indicators.forEach((x, i) => {
    x.sources.forEach((s, j) => {
      if (!isSource(s)) add("unknown_source", `indicators[${i}].sources[${j}]`, `Unknown source ${s}`);
    });
  });

  ext.terms.forEach((t, i) => {
    if (!idx.frameworks.has(t.framework)) add("unknown_framework", `terms[${i}].framework`, `Unknown framework ${t.framework}`);
  });

  // Spotting phrases must stay unambiguous.
  const owner = new Map<string, string>();
  for (const t of model.terms) for (const p of spotPhrases(t)) owner.set(keySignature(p), t.id);
  ext.terms.forEach((t, i) => {
    for (const p of spotPhrases({ ...t, spotLabel: true })) {
      const sig = keySignature(p);
      const prev = owner.get(sig);
      if (prev && prev !== t.id) add("duplicate_alias", `terms[${i}]`, `"${p}" already refers to ${prev}`);
      else owner.set(sig, t.id);
    }
  });

  ext.links.forEach((l, i) => {
    const path = `links[${i}]`;
    for (const [end, id] of [["from", l.from], ["to", l.to]] as const) {
      if (!exists(id)) add("dangling_link", `${path}.${end}`, `Link ${end} ${id} does not exist`);
    }
    if (!isLocal(l.from) && !isLocal(l.to)) add("core_link", path, "A local link must start or end at a local item");
    if (l.from === l.to) add("self_link", path, "A link cannot point to itself");
    l.sources.forEach((s, j) => {
      if (!isSource(s)) add("unknown_source", `${path}.sources[${j}]`, `Unknown source ${s}`);
    });
    if (l.sourced && !l.sources.some((s) => isSource(s)))
      add("sourced_without_source", path, "A sourced link must cite a known source");
    if (l.kind === "serves" && !(idx.outcomes.has(l.to) || localOutcomes.has(l.to)))
      add("bad_serves", `${path}.to`, "A serves link must point to a shared outcome");
    if (l.kind === "measured_by" && !(isIndicator(l.to) || isIndicator(l.from)))
      add("bad_measured_by", path, "A measured_by link must join an outcome to an indicator");
  });

  return errors.length > 0 ? { ok: false, errors } : { ok: true, extensions: ext, errors: [] };
}
