/** Unit tests of the upgrade URL parsing. */
import { describe, expect, it } from "vitest";
import { planIdFromUrl } from "./upgrade.ts";

describe("planIdFromUrl", () => {
  it("accepts /collab/<id> with or without a query", () => {
    expect(planIdFromUrl("/collab/abcdefgh12")).toBe("abcdefgh12");
    expect(planIdFromUrl("/collab/abcdefgh12?x=1")).toBe("abcdefgh12");
  });
  it("refuses traversal, encoded and nested names", () => {
    for (const u of ["/collab/../api", "/collab/%2e%2e%2fapi12", "/collab/abcdefgh12/x", "/collab/", "/collab/short", "/collabx/abcdefgh12", "/collab/abcdefgh12%00"]) {
      expect(planIdFromUrl(u)).toBeNull();
    }
  });
});
