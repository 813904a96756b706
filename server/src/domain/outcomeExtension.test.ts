import { describe, expect, it } from "vitest";
import { RevisionConflictError } from "./errors.ts";
import { assertAtRevision } from "./outcomeExtension.ts";

describe("extension writes", () => {
  it("apply only at the expected revision", () => {
    expect(() => assertAtRevision(3, 3)).not.toThrow();
    expect(() => assertAtRevision(3, 4)).toThrow(RevisionConflictError);
  });
});
