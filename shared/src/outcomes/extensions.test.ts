import { describe, expect, it } from "vitest";
import {
  LocalLinkCreateSchema,
  LocalOutcomeUpdateSchema,
  LocalTermCreateSchema,
  LocalTermUpdateSchema,
} from "./extensionsSchema.ts";
import type { OutcomeExtensionsInput } from "./extensionsSchema.ts";
import { coverage } from "./coverage.ts";
import { findTerms } from "./findTerms.ts";
import { lens } from "./lens.ts";
import { getOutcomesModel } from "./model.ts";
import { OutcomeExtensionsError } from "./outcomesErrors.ts";
import { relatedTerms } from "./relatedTerms.ts";
import { validateExtensions } from "./validateExtensions.ts";
import { withExtensions } from "./withExtensions.ts";

const model = getOutcomesModel();

const good: OutcomeExtensionsInput = {
  terms: [
    {
      id: "local:warm-homes",
      label: "Warm Homes Sheffield",
      framework: "FW-LOCAL",
      sector: "council",
      definition: "Our retrofit and energy advice programme.",
      plainEnglish: "Help to keep homes warm.",
      aliases: ["warm homes programme"],
      acronyms: ["WHS"],
    },
  ],
  outcomes: [{ id: "local:fewer-cold-homes", label: "Fewer cold homes", plainEnglish: "Fewer people live in cold homes.", readings: { nhs: "Fewer winter respiratory admissions" } }],
  links: [
    { id: "local:l1", from: "local:warm-homes", to: "SO-06", kind: "serves", strength: "strong", rationale: "Retrofit makes homes warmer." },
    { id: "local:l2", from: "local:warm-homes", to: "C20-A-RESP", kind: "crosswalk", rationale: "Cold homes worsen COPD." },
    { id: "local:l3", from: "local:fewer-cold-homes", to: "IND-FUELPOV", kind: "measured_by", rationale: "Fuel poverty tracks cold homes." },
  ],
};

const codes = (input: unknown) => {
  const r = validateExtensions(model, input);
  return r.ok ? [] : r.errors.map((e) => e.code);
};

describe("withExtensions", () => {
  it("overlays local terms, outcomes and links on the model", () => {
    const merged = withExtensions(model, good);
    expect(merged.version).toBe(`${model.version}+local`);
    expect(merged.hash).not.toBe(model.hash);
    expect(merged.etag).not.toBe(model.etag);
    expect(merged.terms).toHaveLength(model.terms.length + 1);
    expect(model.terms.some((t) => t.id === "local:warm-homes")).toBe(false);
    const t = merged.terms.find((x) => x.id === "local:warm-homes")!;
    expect(t).toMatchObject({ origin: "local", status: "current", verified: false });
    const o = merged.outcomes.find((x) => x.id === "local:fewer-cold-homes")!;
    expect(o.readings.nhs).toBe("Fewer winter respiratory admissions");
    expect(o.readings.council).toBe("Fewer cold homes");
  });

  it("makes local items usable by findTerms, relatedTerms, lens and coverage", () => {
    const merged = withExtensions(model, good);
    expect(findTerms("The warm homes programme (WHS) and the ICB", merged).map((s) => s.termId)).toEqual([
      "local:warm-homes",
      "local:warm-homes",
      "ICS-ICB",
    ]);
    expect(findTerms("The warm homes programme", model)).toEqual([]);
    const rel = relatedTerms("local:warm-homes", merged);
    expect(rel.find((r) => r.termId === "C20-A-RESP")).toMatchObject({ via: "direct", sourced: false });
    expect(rel.some((r) => r.termId === "LU-M10" && r.via === "outcome")).toBe(true);
    expect(lens("local:warm-homes", "nhs", merged)!.outcomes).toEqual(["SO-06"]);
    expect(coverage(["local:fewer-cold-homes"], merged).unknown).toEqual([]);
  });

  it("throws an error listing every problem", () => {
    expect(() => withExtensions(model, { links: [{ id: "local:x", from: "local:nope", to: "SO-01", kind: "serves", rationale: "r" }] })).toThrow(
      OutcomeExtensionsError,
    );
  });
});

describe("validateExtensions", () => {
  it("accepts valid extensions and an empty object", () => {
    expect(validateExtensions(model, good).ok).toBe(true);
    expect(validateExtensions(model, {}).ok).toBe(true);
  });

  it("reports dangling links and links that touch no local item", () => {
    expect(codes({ links: [{ id: "local:x", from: "local:nope", to: "SO-01", kind: "serves", rationale: "r" }] })).toEqual(
      expect.arrayContaining(["dangling_link", "core_link"]),
    );
    expect(codes({ links: [{ id: "local:x", from: "LU-M1", to: "SO-02", kind: "serves", rationale: "r" }] })).toEqual(["core_link"]);
  });

  it("reports duplicate ids", () => {
    const t = good.terms![0];
    const r = validateExtensions(model, { terms: [t, { ...t, aliases: [], acronyms: [], label: "Other" }] });
    expect(r.ok).toBe(false);
    expect(r.errors).toContainEqual(expect.objectContaining({ code: "duplicate_id", path: "terms[1].id" }));
  });

  it("reports an unknown framework", () => {
    expect(codes({ terms: [{ id: "local:t", label: "T", framework: "FW-NOPE", sector: "nhs", definition: "", plainEnglish: "", aliases: [], acronyms: [] }] })).toEqual([
      "unknown_framework",
    ]);
  });

  it("reports empty and over-long labels", () => {
    const base = { id: "local:t", framework: "FW-LOCAL", sector: "nhs", definition: "", plainEnglish: "", aliases: [], acronyms: [] };
    const empty = validateExtensions(model, { terms: [{ ...base, label: "   " }] });
    expect(empty.errors).toEqual([expect.objectContaining({ code: "empty_label", path: "terms[0].label", message: "Label is empty" })]);
    expect(codes({ terms: [{ ...base, label: "x".repeat(201) }] })).toEqual(["label_too_long"]);
    expect(codes({ terms: [{ ...base, label: "x".repeat(200) }] })).toEqual([]);
    expect(codes({ outcomes: [{ id: "local:o", label: "" }] })).toEqual(["empty_label"]);
  });

  it("reports bad ids, unknown sources, missing rationale and phrases that clash with existing terms", () => {
    expect(codes({ terms: [{ id: "LU-M99", label: "T" }] })).toContain("bad_id");
    expect(codes({ terms: [{ id: "local:t", label: "T" }], links: [{ id: "local:l", from: "local:t", to: "SO-01", kind: "serves", rationale: "r", sourced: true, sources: ["S-NOPE"] }] })).toEqual([
      "unknown_source",
      "sourced_without_source",
    ]);
    expect(codes({ links: [{ id: "local:l", from: "local:t", to: "SO-01", kind: "serves", rationale: "  " }] })).toContain("missing_rationale");
    expect(codes({ terms: [{ id: "local:t", label: "Our JSNA", acronyms: ["JSNA"] }] })).toEqual(["duplicate_alias"]);
  });
});

describe("local CRUD input schemas", () => {
  it("fills defaults on create and rejects unknown keys", () => {
    expect(LocalTermCreateSchema.parse({ label: " Warm homes " })).toEqual({
      label: "Warm homes",
      framework: "FW-LOCAL",
      sector: "cross",
      definition: "",
      plainEnglish: "",
      aliases: [],
      acronyms: [],
    });
    expect(LocalTermCreateSchema.safeParse({ label: "x", verified: true }).success).toBe(false);
  });

  it("requires at least one field on update", () => {
    expect(LocalTermUpdateSchema.safeParse({}).success).toBe(false);
    expect(LocalTermUpdateSchema.safeParse({ label: "New" }).success).toBe(true);
    expect(LocalOutcomeUpdateSchema.safeParse({ label: "" }).success).toBe(false);
  });

  it("requires a rationale on links and defaults them to unsourced proposals", () => {
    expect(LocalLinkCreateSchema.safeParse({ from: "local:a", to: "SO-01", kind: "serves" }).success).toBe(false);
    expect(LocalLinkCreateSchema.parse({ from: "local:a", to: "SO-01", kind: "serves", rationale: "why" })).toMatchObject({
      strength: "moderate",
      sourced: false,
      sources: [],
    });
  });
});

describe("local indicators and sources", () => {
  const withLocalData: OutcomeExtensionsInput = {
    sources: [{ id: "local:jsna", label: "Riverside JSNA 2025", publisher: "Riverside Council", date: "2025-03", url: "https://example.org/jsna" }],
    indicators: [
      { id: "local:cold-homes", label: "Households in cold homes", unit: "%", polarity: "lower_is_better", dataSource: "Riverside Council", sources: ["local:jsna"], note: "Local survey." },
    ],
    links: [{ id: "local:l9", from: "SO-06", to: "local:cold-homes", kind: "measured_by", rationale: "What the outcome is about" }],
  };

  it("merges a local indicator (FW-LOCAL, unverified, its note kept) and a local source", () => {
    const merged = withExtensions(model, withLocalData);
    expect(merged.indicators.find((i) => i.id === "local:cold-homes")).toMatchObject({
      framework: "FW-LOCAL",
      origin: "local",
      verified: false,
      higherIsBetter: false,
      note: "Local survey.",
      code: null,
      codeScheme: null,
    });
    expect(merged.sources.find((s) => s.id === "local:jsna")).toMatchObject({ title: "Riverside JSNA 2025", origin: "local" });
    expect(merged.links.find((l) => l.id === "local:l9")).toMatchObject({ from: "SO-06", to: "local:cold-homes" });
  });

  it("refuses an unsafe web address, an unknown cited source and an id already in the model", () => {
    expect(codes({ sources: [{ id: "local:x", label: "X", publisher: "P", date: "2025", url: "javascript:alert(1)" }] })).toContain("invalid_shape");
    expect(codes({ indicators: [{ id: "local:y", label: "Y", unit: "%", dataSource: "P", sources: ["local:nope"] }] })).toEqual(["unknown_source"]);
    expect(codes({ sources: [{ id: "local:jsna", label: "X", publisher: "P", date: "2025", url: "https://x.org" }], indicators: [{ id: "local:jsna", label: "Y", unit: "%", dataSource: "P" }] })).toEqual([
      "duplicate_id",
    ]);
  });

  it("lets a link cite a local source as its source", () => {
    const input = { ...withLocalData, links: [{ ...withLocalData.links![0]!, sourced: true, sources: ["local:jsna"] }] };
    expect(codes(input)).toEqual([]);
  });
});
