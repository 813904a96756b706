import { describe, expect, it } from "vitest";
import { getOutcomesModel } from "@jigsaw/shared/outcomes/index";
import { PLAN_COVERAGE_FRAMEWORKS, planCoverage } from "./planCoverage.ts";

const model = getOutcomesModel();

describe("planCoverage", () => {
  it("reports the six frameworks, every item uncovered for an empty plan", () => {
    const cov = planCoverage({ sections: [], actions: [], indicators: [] }, model);
    expect(cov.map((f) => f.framework.id)).toEqual([...PLAN_COVERAGE_FRAMEWORKS]);
    for (const f of cov) {
      expect(f.covered).toBe(0);
      expect(f.items.length).toBeGreaterThan(0);
    }
    expect(cov.find((f) => f.framework.id === "FW-LU")!.framework.status).toBe("legacy");
  });

  it("links each covered item to the sections whose outcomes it serves and to the plan indicators measuring them", () => {
    const cov = planCoverage(
      {
        sections: [{ id: "s1", title: "Live well for longer", outcomes: ["SO-04"] }],
        actions: [],
        indicators: [{ id: "i1", label: "", indicatorRef: "IND-HLE" }],
      },
      model,
    );
    const lu = cov.find((f) => f.framework.id === "FW-LU")!;
    const m7 = lu.items.find((i) => i.term.id === "LU-M7")!;
    expect(m7.covered).toBe(true);
    expect(m7.sections).toEqual([{ id: "s1", title: "Live well for longer" }]);
    expect(m7.indicators).toEqual([{ id: "i1", label: "Healthy life expectancy at birth" }]);
    expect(lu.items.find((i) => i.term.id === "LU-M2")!.covered).toBe(false);
  });
});
