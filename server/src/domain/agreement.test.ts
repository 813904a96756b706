import { describe, expect, it } from "vitest";
import { InvariantError, RevisionConflictError } from "./errors.ts";
import { assertRevisionAdvances, replaceRefusal } from "./agreement.ts";

describe("replacing an agreement round", () => {
  it("needs a later revision than the expected one", () => {
    expect(() => assertRevisionAdvances(2, 3)).not.toThrow();
    expect(() => assertRevisionAdvances(2, 2)).toThrow(RevisionConflictError);
  });

  it("explains a refused compare-and-set: gone is not_found, otherwise a revision conflict with the stored revision", () => {
    const gone = replaceRefusal(1, null);
    expect(gone).toBeInstanceOf(InvariantError);
    expect((gone as InvariantError).invariant).toBe("not_found");
    const moved = replaceRefusal(1, { revision: 4 });
    expect(moved).toBeInstanceOf(RevisionConflictError);
    expect(moved).toMatchObject({ expected: 1, actual: 4 });
  });
});
