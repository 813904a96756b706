import { describe, expect, it } from "vitest";
import { InvariantError } from "./errors.ts";
import { assertFacilitatorRemains, takesAwayFacilitator } from "./membership.ts";

describe("the last-facilitator rule", () => {
  it("applies when a facilitator steps down or leaves, and to nobody else", () => {
    expect(takesAwayFacilitator("facilitator", "editor")).toBe(true);
    expect(takesAwayFacilitator("facilitator", null)).toBe(true);
    expect(takesAwayFacilitator("facilitator", "facilitator")).toBe(false);
    expect(takesAwayFacilitator("editor", null)).toBe(false);
    expect(takesAwayFacilitator("viewer", "facilitator")).toBe(false);
  });

  it("refuses with InvariantError('last_facilitator') when the one going is the only facilitator", () => {
    let err: unknown = null;
    try {
      assertFacilitatorRemains(1);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InvariantError);
    expect((err as InvariantError).invariant).toBe("last_facilitator");
    expect(() => assertFacilitatorRemains(2)).not.toThrow();
  });
});
