import { describe, expect, it } from "vitest";
import { assignPersonColours, PERSON_COLOURS } from "./personColour.ts";

const channel = (c: number) => {
  const v = c / 255;
  return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => channel(parseInt(hex.slice(i, i + 2), 16)));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};

describe("person colours", () => {
  it("every colour has 4.5:1 contrast with white", () => {
    for (const c of PERSON_COLOURS) expect((1.05 / (luminance(c) + 0.05)) >= 4.5, c).toBe(true);
  });

  it("people present together get distinct colours, the same on every device", () => {
    const ids = Array.from({ length: PERSON_COLOURS.length }, (_, i) => `user-${i * 7}`);
    const a = assignPersonColours(ids);
    expect(new Set(a.values()).size).toBe(ids.length);
    expect(assignPersonColours([...ids].reverse())).toEqual(a);
  });

  it("a person keeps their colour when someone who does not collide joins", () => {
    const before = assignPersonColours(["a"]);
    const after = assignPersonColours(["a", "zz-late"]);
    expect(after.get("a")).toBe(before.get("a"));
    expect(after.get("zz-late")).not.toBe(after.get("a"));
  });
});
