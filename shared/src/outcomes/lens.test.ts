import { describe, expect, it } from "vitest";
import { lens } from "./lens.ts";

describe("lens", () => {
  it("expresses Mission 7 in NHS language through the shared outcome", () => {
    const r = lens("LU-M7", "nhs")!;
    expect(r.target).toEqual({ type: "sector", id: "nhs", label: "NHS" });
    expect(r.label).toBe("HLE gap; Core20PLUS5; prevention");
    expect(r.outcomes[0]).toBe("SO-04");
    expect(r.terms.map((t) => t.termId)).toContain("C20-A-HTN");
    expect(r.confidence).toBe("strong");
    expect(r.sourced).toBe(false);
    expect(r.text).toContain("Longer, healthier lives with a smaller gap");
  });

  it("resolves a legacy mission to a current national mission", () => {
    const r = lens("LU-M11", "FW-GOV2024")!;
    expect(r.label).toBe("Safer streets");
    expect(r.terms[0]).toMatchObject({ termId: "GOV-M-STREETS", sourced: false, confidence: "proposal" });
    // Mission 11's objective grouping is unconfirmed, so the result is not presented as verified.
    expect(r.verified).toBe(false);
    expect(lens("LU-M7", "FW-GOV2024")!.terms.map((t) => t.termId)).toEqual(
      expect.arrayContaining(["GOV-HLE-GAP", "GOV-M-NHS"]),
    );
  });

  it("returns the term itself when it is already in the target framework or sector", () => {
    expect(lens("C20-A-HTN", "FW-C20A")).toMatchObject({ confidence: "exact", label: "Hypertension case-finding" });
    expect(lens("C20-A-HTN", "nhs")).toMatchObject({ confidence: "exact" });
  });

  it("translates an NHS term for councils and for the community", () => {
    const council = lens("C20-A-HTN", "council")!;
    expect(council.confidence).not.toBe("none");
    expect(council.outcomes).toContain("SO-04");
    const community = lens("C20-CORE20", "community")!;
    expect(community.text).toContain("most deprived fifth");
    expect(community.label).toBe("Getting the care you need");
  });

  it("reads a shared outcome in each sector", () => {
    expect(lens("SO-06", "voluntary")!.label).toBe("Housing advice, homelessness support");
    expect(lens("SO-06", "council")!.terms.map((t) => t.termId)).toContain("LU-M10");
    expect(lens("SO-04", "FW-C20A")!.terms.map((t) => t.termId)).toContain("C20-A-HTN");
  });

  it("says when there is no equivalent", () => {
    expect(lens("LU-CAP-FINANCIAL", "FW-C20C")).toMatchObject({ confidence: "none", terms: [] });
  });

  it("returns null for unknown items or targets", () => {
    expect(lens("NOPE", "nhs")).toBeNull();
    expect(lens("LU-M7", "FW-NOPE")).toBeNull();
  });
});
