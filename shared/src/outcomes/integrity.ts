import type { ModelIssue } from "./outcomesErrors.ts";
import type { OutcomesModel } from "./schema.ts";
import { keySignature, spotPhrases } from "./termKeys.ts";

/** The content of a model (everything but version and hash). */
export type ModelContent = Pick<OutcomesModel, "sources" | "frameworks" | "terms" | "outcomes" | "indicators" | "links">;

/**
 * Cross-reference checks zod cannot do: unique ids, resolvable link endpoints and sources, sourced links citing a
 * source, known frameworks/objectives/versions, indicators on the `to` side of links, legacy terms linked to a
 * current term or shared outcome, unambiguous spotting phrases, and indicator codes labelled by a scheme they belong to. Returns an empty array when all is well.
 */
export function checkModelIntegrity(model: ModelContent): ModelIssue[] {
  const issues: ModelIssue[] = [];
  const add = (code: string, path: string, message: string) => issues.push({ code, path, message });

  const kindOf = new Map<string, string>();
  const register = (id: string, kind: string) => {
    const prev = kindOf.get(id);
    if (prev) add("duplicate_id", id, `Id ${id} is used by a ${prev} and a ${kind}`);
    else kindOf.set(id, kind);
  };
  for (const s of model.sources) register(s.id, "source");
  for (const f of model.frameworks) register(f.id, "framework");
  for (const t of model.terms) register(t.id, "term");
  for (const o of model.outcomes) register(o.id, "outcome");
  for (const i of model.indicators) register(i.id, "indicator");
  for (const l of model.links) register(l.id, "link");

  const isSource = (id: string) => kindOf.get(id) === "source";
  const checkSources = (path: string, ids: readonly string[]) => {
    for (const s of ids) if (!isSource(s)) add("unknown_source", path, `Unknown source ${s}`);
  };

  const frameworks = new Map(model.frameworks.map((f) => [f.id, f]));
  for (const f of model.frameworks) {
    checkSources(f.id, f.sources);
    const versionIds = new Set(f.versions.map((v) => v.id));
    if (!versionIds.has(f.currentVersion)) add("unknown_version", f.id, `currentVersion ${f.currentVersion} is not listed`);
    if (versionIds.size !== f.versions.length) add("duplicate_version", f.id, "Duplicate version ids");
    for (const v of f.versions) checkSources(`${f.id}.versions.${v.id}`, v.sources);
    if (f.successor && !frameworks.has(f.successor)) add("unknown_framework", f.id, `Unknown successor ${f.successor}`);
  }

  for (const t of model.terms) {
    const fw = frameworks.get(t.framework);
    if (!fw) add("unknown_framework", t.id, `Unknown framework ${t.framework}`);
    else if (t.version && !fw.versions.some((v) => v.id === t.version))
      add("unknown_version", t.id, `Unknown version ${t.version} of ${t.framework}`);
    if (t.objective && kindOf.get(t.objective) !== "term") add("unknown_objective", t.id, `Unknown objective ${t.objective}`);
    checkSources(t.id, t.sources);
    for (const c of t.checks) {
      checkSources(`${t.id}.checks`, c.sources);
      if (c.result !== "unverified" && !c.sources.some(isSource)) add("check_without_source", t.id, `A ${c.result} check must cite a source: ${c.claim}`);
    }
  }
  for (const i of model.indicators) {
    if (!frameworks.has(i.framework)) add("unknown_framework", i.id, `Unknown framework ${i.framework}`);
    checkSources(i.id, i.sources);
    if ((i.code === null) !== (i.codeScheme === null)) add("code_scheme", i.id, "A code needs a scheme and a scheme needs a code");
    if (i.codeVerified === true && i.codeScheme !== "phof") add("code_scheme", i.id, "codeVerified is about PHOF codes only");
    if (i.codeScheme === "phof" && !/^[A-E]\d{2}/.test(i.code ?? "")) add("code_scheme", i.id, `"${i.code}" is labelled as a PHOF code but is not one (A01a ... E14)`);
  }

  for (const l of model.links) {
    for (const end of [l.from, l.to]) {
      const k = kindOf.get(end);
      if (!k || k === "source" || k === "link") add("dangling_link", l.id, `Link endpoint ${end} does not exist`);
    }
    if (l.from === l.to) add("self_link", l.id, "Link points to itself");
    checkSources(l.id, l.sources);
    if (l.sourced && !l.sources.some(isSource)) add("sourced_without_source", l.id, "Sourced link cites no known source");
    if (kindOf.get(l.from) === "indicator") add("indicator_on_from", l.id, "Indicators belong on the `to` side of a link");
    if (l.kind === "serves" && kindOf.get(l.to) !== "outcome") add("bad_serves", l.id, "A serves link must point to a shared outcome");
    if (l.kind === "measured_by" && kindOf.get(l.to) !== "indicator")
      add("bad_measured_by", l.id, "A measured_by link must point to an indicator");
  }

  // Legacy and superseded terms must lead somewhere current.
  const termStatus = new Map(model.terms.map((t) => [t.id, t.status]));
  for (const t of model.terms) {
    if (t.status === "current") continue;
    const ok = model.links.some((l) => {
      if (l.from !== t.id && l.to !== t.id) return false;
      const other = l.from === t.id ? l.to : l.from;
      return kindOf.get(other) === "outcome" || termStatus.get(other) === "current";
    });
    if (!ok) add("legacy_unlinked", t.id, `${t.status} term links to no current term or shared outcome`);
  }

  // Every spotting phrase resolves to exactly one term.
  const owner = new Map<string, string>();
  for (const t of model.terms) {
    for (const p of spotPhrases(t)) {
      const sig = keySignature(p);
      const prev = owner.get(sig);
      if (prev && prev !== t.id) add("duplicate_alias", t.id, `Phrase "${p}" is also spotted for ${prev}`);
      else owner.set(sig, t.id);
    }
  }
  return issues;
}
