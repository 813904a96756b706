import { describe, expect, it } from "vitest";
import { MODEL_DATA } from "./data/modelData.ts";
import { COVERABLE_KINDS } from "./coverage.ts";
import { checkModelIntegrity } from "./integrity.ts";
import { getOutcomesModel } from "./model.ts";
import { keySignature, spotPhrases } from "./termKeys.ts";

const model = getOutcomesModel();
const termIds = new Set(model.terms.map((t) => t.id));
const outcomeIds = new Set(model.outcomes.map((o) => o.id));
const indicatorIds = new Set(model.indicators.map((i) => i.id));
const frameworkIds = new Set(model.frameworks.map((f) => f.id));
const sourceIds = new Set(model.sources.map((s) => s.id));
const term = (id: string) => {
  const t = model.terms.find((x) => x.id === id);
  if (!t) throw new Error(`missing term ${id}`);
  return t;
};
const link = (id: string) => {
  const l = model.links.find((x) => x.id === id);
  if (!l) throw new Error(`missing link ${id}`);
  return l;
};

describe("outcomes model integrity", () => {
  it("passes every cross-reference check", () => {
    expect(checkModelIntegrity(model)).toEqual([]);
  });

  it("has every link endpoint in the model", () => {
    for (const l of model.links) {
      for (const end of [l.from, l.to]) {
        expect(termIds.has(end) || outcomeIds.has(end) || indicatorIds.has(end) || frameworkIds.has(end), `${l.id} -> ${end}`).toBe(true);
      }
    }
  });

  it("has no duplicate ids across sources, frameworks, terms, outcomes, indicators and links", () => {
    const all = [model.sources, model.frameworks, model.terms, model.outcomes, model.indicators, model.links].flatMap((xs) =>
      xs.map((x) => x.id),
    );
    expect(new Set(all).size).toBe(all.length);
  });

  it("has every sourced link cite at least one existing source, and every cited source exist", () => {
    for (const l of model.links) {
      if (l.sourced) expect(l.sources.filter((s) => sourceIds.has(s)).length, l.id).toBeGreaterThanOrEqual(1);
      for (const s of l.sources) expect(sourceIds.has(s), `${l.id} cites ${s}`).toBe(true);
    }
    for (const x of [...model.terms, ...model.indicators, ...model.frameworks]) {
      for (const s of x.sources) expect(sourceIds.has(s), `${x.id} cites ${s}`).toBe(true);
    }
  });

  it("keeps the reference counts (80 core terms, 14 outcomes, 80 indicators, 278 reference links, 73 reference sources)", () => {
    expect(MODEL_DATA.terms.filter((t) => !t.id.startsWith("GL-") && !["GOV-PFC", "GOV-10YHP-PLAN"].includes(t.id) && !t.id.startsWith("GOV-M-")).length).toBe(80);
    expect(model.outcomes).toHaveLength(14);
    expect(model.indicators).toHaveLength(80);
    expect(model.links.filter((l) => Number(l.id.slice(1)) <= 278)).toHaveLength(278);
    // 73 from the reference, plus the 5 cited by the currency checks of 7 Dec 2026 (issue 22).
    expect(model.sources).toHaveLength(78);
  });

  it("has the 12 Levelling Up missions, each under one of the 4 objectives, and the 6 capitals", () => {
    const missions = model.terms.filter((t) => t.framework === "FW-LU" && t.kind === "mission");
    expect(missions.map((m) => m.id)).toEqual(Array.from({ length: 12 }, (_, i) => `LU-M${i + 1}`));
    for (const m of missions) {
      expect(["LU-OBJ1", "LU-OBJ2", "LU-OBJ3", "LU-OBJ4"]).toContain(m.objective);
      expect(model.links.some((l) => l.kind === "part_of" && l.from === m.id && l.to === m.objective)).toBe(true);
    }
    expect(model.terms.filter((t) => t.framework === "FW-LU" && t.kind === "objective")).toHaveLength(4);
    expect(model.terms.filter((t) => t.framework === "FW-LU" && t.kind === "capital").map((t) => t.label)).toEqual([
      "Human capital",
      "Physical capital",
      "Intangible capital",
      "Financial capital",
      "Social capital",
      "Institutional capital",
    ]);
  });

  it("has Core20PLUS5 for adults (5 areas) and CYP (5 areas), with the Core20 and PLUS definitions", () => {
    const adult = model.terms.filter((t) => t.framework === "FW-C20A" && t.kind === "clinical_area").map((t) => t.id);
    expect(adult).toEqual(["C20-A-MAT", "C20-A-SMI", "C20-A-RESP", "C20-A-CANCER", "C20-A-HTN"]);
    const cyp = model.terms.filter((t) => t.framework === "FW-C20C" && t.kind === "clinical_area").map((t) => t.id);
    expect(cyp).toEqual(["C20-C-ASTHMA", "C20-C-DIAB", "C20-C-EPI", "C20-C-ORAL", "C20-C-MH"]);
    expect(term("C20-CORE20").kind).toBe("population");
    expect(term("C20-PLUS").definition).toMatch(/chosen locally/);
    expect(term("C20-CYP-PLUS").definition).toMatch(/young carers/);
    expect(term("C20-SMOKING").kind).toBe("cross_cutting");
  });

  it("has NHS England's 5 priority areas and the 8 Marmot principles", () => {
    expect(model.terms.filter((t) => t.framework === "FW-NHS5" && t.kind === "priority")).toHaveLength(5);
    const marmot = model.terms.filter((t) => t.framework === "FW-MARMOT" && t.kind === "principle");
    expect(marmot.map((t) => t.id)).toEqual(["MAR-1", "MAR-2", "MAR-3", "MAR-4", "MAR-5", "MAR-6", "MAR-7", "MAR-8"]);
  });

  it("has the 5 national missions, the 10 Year Health Plan's 3 shifts and PHOF's 2 high-level outcomes", () => {
    expect(model.terms.filter((t) => t.kind === "national_mission").map((t) => t.label)).toEqual([
      "Kickstarting economic growth",
      "An NHS fit for the future",
      "Safer streets",
      "Break down barriers to opportunity",
      "Make Britain a clean energy superpower",
    ]);
    expect(model.terms.filter((t) => t.framework === "FW-10YHP" && t.kind === "shift")).toHaveLength(3);
    expect(model.terms.filter((t) => t.framework === "FW-PHOF" && t.kind === "high_level_outcome")).toHaveLength(2);
  });

  it("links every legacy or superseded term to at least one current term or shared outcome", () => {
    const legacy = model.terms.filter((t) => t.status !== "current");
    expect(legacy.length).toBeGreaterThanOrEqual(22 + 3);
    for (const t of legacy) {
      const ok = model.links.some((l) => {
        if (l.from !== t.id && l.to !== t.id) return false;
        const other = l.from === t.id ? l.to : l.from;
        return outcomeIds.has(other) || model.terms.find((x) => x.id === other)?.status === "current";
      });
      expect(ok, t.id).toBe(true);
    }
  });

  it("marks frameworks as versioned vocabularies with a status", () => {
    const byId = new Map(model.frameworks.map((f) => [f.id, f]));
    expect(byId.get("FW-LU")?.status).toBe("legacy");
    expect(byId.get("FW-LU")?.successor).toBe("FW-GOV2024");
    expect(byId.get("FW-C20C")?.versions[0].published).toBe("2022-11");
    expect(byId.get("FW-NHSSTMT")?.versions.find((v) => v.id === "updated")?.publishedVerified).toBe(false);
    expect(byId.get("FW-MARMOT")?.versions.find((v) => v.id === "marmot-8")?.published).toBeNull();
    for (const f of model.frameworks) expect(f.versions.some((v) => v.id === f.currentVersion)).toBe(true);
  });

  it("lets every coverable framework item be reached from a shared outcome", () => {
    for (const t of model.terms.filter((x) => COVERABLE_KINDS.has(x.kind))) {
      expect(model.links.some((l) => l.kind === "serves" && l.from === t.id), t.id).toBe(true);
    }
  });

  it("gives every term plain English and every outcome four sector readings", () => {
    for (const t of model.terms) expect(t.plainEnglish.trim().length, t.id).toBeGreaterThan(0);
    for (const o of model.outcomes) {
      for (const s of ["council", "nhs", "voluntary", "community"] as const) expect(o.readings[s].length).toBeGreaterThan(0);
    }
  });

  it("resolves every spotting phrase to exactly one term", () => {
    const owner = new Map<string, string>();
    for (const t of model.terms) {
      for (const p of spotPhrases(t)) {
        const sig = keySignature(p);
        expect(owner.get(sig) ?? t.id, `"${p}"`).toBe(t.id);
        owner.set(sig, t.id);
      }
    }
  });
});

describe("outcomes model honesty flags (verify-log v2)", () => {
  it("keeps unverified mission-objective groupings unconfirmed", () => {
    const unverified = model.terms.filter((t) => t.objectiveVerified === false).map((t) => t.id);
    expect(unverified).toEqual(["LU-M2", "LU-M5", "LU-M6", "LU-M8", "LU-M9", "LU-M11", "LU-M12"]);
    for (const id of unverified) expect(term(id).verified).toBe(false);
    for (const id of ["L002", "L005", "L006", "L008", "L009", "L011", "L012", "L035"]) expect(link(id).verified).toBe(false);
  });

  it("flags links whose v0.1 sources were not re-checked, and keeps corrected links unsourced", () => {
    for (const id of ["L054", "L088", "L102", "L116", "L117", "L121"]) expect(link(id).verified, id).toBe(false);
    for (const id of ["L078", "L079", "L122"]) expect(link(id).sourced, id).toBe(false);
  });

  it("keeps the indicator flags of the reference (22 ids and 29 codes unverified)", () => {
    expect(model.indicators.filter((i) => !i.idVerified)).toHaveLength(22);
    expect(model.indicators.filter((i) => i.codeVerified === false)).toHaveLength(29);
    for (const i of model.indicators) {
      expect(i.verified).toBe(i.idVerified && i.codeVerified !== false);
      if (i.fingertipsIdCandidate !== undefined) expect(i.fingertipsId).toBeNull();
    }
  });

  it("applies the verify-log corrections", () => {
    const ind = (id: string) => model.indicators.find((i) => i.id === id)!;
    expect(ind("IND-U75CVD-PREV").fingertipsId).toBe(93722);
    expect(ind("IND-ABSENCE").fingertipsId).toBe(10301);
    expect(ind("IND-DECAY5").name).toMatch(/dentinal/);
    expect(ind("IND-NEET1617").fingertipsId).toBe(93203);
    expect(term("C20-A-MAT").note).toMatch(/removed all national targets/);
    expect(term("CONCEPT-PU").aliases).not.toContain("targeted universalism");
    expect(term("C20-A-HTN").definition).not.toMatch(/optimal/i);
  });
});

describe("pinned expectations", () => {
  it("links Mission 7 to healthy life expectancy at birth (Fingertips 90362) as its sourced headline metric", () => {
    const hle = model.indicators.find((i) => i.fingertipsId === 90362)!;
    expect(hle).toMatchObject({ id: "IND-HLE", name: "Healthy life expectancy at birth", code: "A01a", verified: true, higherIsBetter: true });
    const l = model.links.find((x) => x.from === "LU-M7" && x.to === "IND-HLE")!;
    expect(l).toMatchObject({ kind: "headline_metric", strength: "strong", sourced: true, verified: true });
    expect(l.sources).toContain("S-RSN");
  });

  it("defines Core20 by the IMD: the most deprived 20% (bottom quintile)", () => {
    const core20 = term("C20-CORE20");
    expect(core20.definition).toMatch(/most deprived 20%/);
    expect(core20.definition).toMatch(/Index of Multiple Deprivation \(IMD\)/);
    expect(core20.aliases).toEqual(expect.arrayContaining(["most deprived 20%", "IMD quintile 1"]));
    expect(link("L279")).toMatchObject({ from: "C20-CORE20", to: "CONCEPT-IMD", kind: "defined_by", sourced: true });
  });

  it("relates the Marmot principle on fair employment (MAR-3) to Mission 1 as a proposal", () => {
    expect(term("MAR-3").label).toBe("Create fair employment and good work for all");
    expect(link("L052")).toMatchObject({ from: "LU-M1", to: "MAR-3", kind: "crosswalk", strength: "strong", sourced: false });
  });

  it("records that the levelling up programme was succeeded by the national missions", () => {
    expect(link("L289")).toMatchObject({ from: "GL-LUWP", to: "GOV-PFC", kind: "succeeded_by", sourced: true, sources: ["S-LUAR2025"] });
  });

  it("labels every indicator code by the scheme it belongs to: none says PHOF unless it is a PHOF code", () => {
    const model = getOutcomesModel();
    for (const i of model.indicators) {
      expect((i.code === null) === (i.codeScheme === null), i.id).toBe(true);
      if (i.codeScheme === "phof") expect(i.code, i.id).not.toMatch(/not PHOF|headline|profile|Core20|priority|^M\d/i);
      if (i.framework === "FW-LU") expect(i.codeScheme, i.id).toBe("lu_mission");
    }
    expect(model.indicators.find((i) => i.id === "IND-DEPRESS")).toMatchObject({ code: null, codeScheme: null });
    expect(model.indicators.find((i) => i.id === "LUI-GVA")).toMatchObject({ code: "M1 headline", codeScheme: "lu_mission" });
    const broken = { ...model, indicators: model.indicators.map((i) => (i.id === "LUI-GVA" ? { ...i, codeScheme: "phof" as const, codeVerified: true } : i)) };
    expect(checkModelIntegrity(broken).map((x) => x.code)).toContain("code_scheme");
  });
});
