import { describe, expect, it } from "vitest";
import { indicatorChartGeometry, indicatorChartSvg, sparklinePath } from "./indicatorChart.ts";
import { indicatorPoint } from "./indicatorSeries.ts";

const ind = {
  unit: "years",
  series: [indicatorPoint("2018 - 20", 60, { lowerCi95: 59, upperCi95: 61 }), indicatorPoint("2019 - 21", null), indicatorPoint("2020 - 22", 58.5, { lowerCi95: 57.5, upperCi95: 59.5 })],
  comparator: { area: { code: "E92000001", name: "England" }, series: [indicatorPoint("2018 - 20", 63), indicatorPoint("2020 - 22", 62.4), indicatorPoint("2009 - 11", 70)] },
  baselinePeriod: "2018 - 20",
  targetYear: 2030,
  target: { value: 62, date: null },
};

describe("indicator chart", () => {
  it("plots the series (a missing value breaks the line), band, comparator, baseline and target, and says so in words", () => {
    const g = indicatorChartGeometry(ind);
    expect(g.points.map((p) => p.period)).toEqual(["2018 - 20", "2020 - 22"]);
    expect(g.line.match(/M/g)).toHaveLength(2);
    expect(g.band).toMatch(/Z$/);
    expect(g.comparator!.points.map((p) => p.value)).toEqual([63, 62.4]); // periods outside the series are not drawn
    expect(g.baseline!.label).toBe("Baseline 60 (2018 - 20)");
    expect(g.target!.label).toBe("Target 62 by 2030");
    expect(g.summary).toBe("From 60 years in 2018 - 20 to 58.5 years in 2020 - 22. England 62.4 years in 2020 - 22. Baseline 60 (2018 - 20). Target 62 by 2030.");
    // every plotted y lies inside the plot area
    for (const p of [...g.points, ...g.comparator!.points]) expect(p.y).toBeGreaterThanOrEqual(g.plot.top - 0.01);
    for (const p of [...g.points, ...g.comparator!.points]) expect(p.y).toBeLessThanOrEqual(g.plot.bottom + 0.01);
  });

  it("renders standalone SVG text with labels and dash patterns, escaping names", () => {
    const svg = indicatorChartSvg({ ...ind, comparator: { ...ind.comparator, area: { code: "X", name: "<North & East>" } } }, "HLE");
    expect(svg).toContain('role="img"');
    expect(svg).toContain("Target 62 by 2030");
    expect(svg).toContain("&lt;North &amp; East&gt;");
    expect(svg).toContain('stroke-dasharray="5 4"');
    expect(svg).not.toContain("<North");
  });

  it("draws a sparkline from two values up", () => {
    expect(sparklinePath([indicatorPoint("2020", 1)])).toBeNull();
    expect(sparklinePath(ind.series)).toMatch(/^M1\.0,/);
  });
});
