import { describe, expect, it } from "vitest";
import { MODEL_DATA } from "./data/modelData.ts";
import { MODEL_VERSION, buildModel, getOutcomesModel, loadModel } from "./model.ts";
import { OutcomesModelError } from "./outcomesErrors.ts";

describe("loadModel / getOutcomesModel", () => {
  it("is versioned with a stable content hash usable as an ETag", () => {
    const a = loadModel();
    const b = loadModel();
    expect(a.version).toBe(MODEL_VERSION);
    expect(a.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(a.hash).toBe(b.hash);
    expect(a.etag).toBe(`"${MODEL_VERSION}-${a.hash}"`);
  });

  it("memoises the model and freezes it", () => {
    const m = getOutcomesModel();
    expect(getOutcomesModel()).toBe(m);
    expect(Object.isFrozen(m)).toBe(true);
    expect(Object.isFrozen(m.terms[0])).toBe(true);
  });

  it("resolves term status from the framework unless the term overrides it", () => {
    const m = getOutcomesModel();
    expect(m.terms.find((t) => t.id === "LU-M7")?.status).toBe("legacy");
    expect(m.terms.find((t) => t.id === "C20-CORE20")?.status).toBe("current");
    expect(m.terms.find((t) => t.id === "GL-CCG")?.status).toBe("superseded");
  });

  it("computes higherIsBetter from polarity", () => {
    const m = getOutcomesModel();
    const hle = m.indicators.find((i) => i.id === "IND-HLE")!;
    expect(hle.higherIsBetter).toBe(true);
    expect(m.indicators.find((i) => i.id === "LUI-ONS4")?.higherIsBetter).toBeNull();
  });

  it("changes the hash when the content changes", () => {
    const changed = { ...MODEL_DATA, outcomes: MODEL_DATA.outcomes.map((o, i) => (i === 0 ? { ...o, label: `${o.label}!` } : o)) };
    expect(buildModel(changed).hash).not.toBe(getOutcomesModel().hash);
  });

  it("rejects a dangling link and an invalid shape with clear issues", () => {
    const dangling = { ...MODEL_DATA, links: [...MODEL_DATA.links, { ...MODEL_DATA.links[0], id: "L999", to: "NOPE" }] };
    try {
      buildModel(dangling);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(OutcomesModelError);
      expect((e as OutcomesModelError).issues).toContainEqual(expect.objectContaining({ code: "dangling_link", path: "L999" }));
    }
    const badShape = { ...MODEL_DATA, links: [{ ...MODEL_DATA.links[0], strength: "huge" }] };
    expect(() => buildModel(badShape)).toThrow(OutcomesModelError);
  });
});
