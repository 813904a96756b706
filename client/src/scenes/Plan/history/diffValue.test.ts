import { describe, expect, it } from "vitest";
import { indicatorPoint } from "@jigsaw/shared/plan/index";
import { diffValueText } from "./diffValue.ts";

describe("diffValueText", () => {
  it("shows an indicator series and comparator as periods and values, not [object Object]", () => {
    expect(diffValueText([indicatorPoint("2019 - 21", 58.1), indicatorPoint("2020 - 22", null)])).toBe("2019 - 21 58.1; 2020 - 22 –");
    expect(diffValueText({ area: { code: "E92000001", name: "England" }, series: [indicatorPoint("2020", 62.9)] })).toBe("England: 2020 62.9");
    expect(diffValueText(["SO-01", "SO-02"])).toBe("SO-01, SO-02");
    expect(diffValueText([])).toBe("(none)");
    expect(diffValueText({ value: 1, date: null })).toBe('{"value":1,"date":null}');
    expect(diffValueText(null)).toBe("(empty)");
  });
});
