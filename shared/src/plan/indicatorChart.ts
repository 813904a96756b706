import { baselinePoint, formatIndicatorValue, targetYearOf, type IndicatorSeriesFields } from "./indicatorSeries.ts";

/*
 * Geometry of an indicator's trend chart, computed once and drawn by the
 * client (React SVG) and by the exports (SVG text): the series line with its
 * 95 % confidence band, the comparator, the baseline marker and the target
 * line. Pure numbers and path strings, no DOM.
 */

/** What the chart reads of an indicator. */
export type ChartInput = Pick<IndicatorSeriesFields, "series" | "comparator" | "baselinePeriod" | "targetYear"> & {
  target: { value: number | null; date: string | null };
  unit: string;
};

/** A plotted point. */
export interface ChartPoint {
  x: number;
  y: number;
  period: string;
  value: number;
}

/** Chart geometry in SVG user units. */
export interface IndicatorChartGeometry {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  yTicks: Array<{ y: number; label: string }>;
  xTicks: Array<{ x: number; label: string }>;
  /** Path of the 95 % confidence band (closed), or null when no limits were published. */
  band: string | null;
  line: string;
  points: ChartPoint[];
  comparator: { label: string; line: string; points: ChartPoint[] } | null;
  baseline: (ChartPoint & { label: string }) | null;
  target: { y: number; label: string } | null;
  /** One sentence describing the chart (for `aria-label`). */
  summary: string;
}

function niceStep(range: number, ticks: number): number {
  const raw = range / Math.max(1, ticks);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  return (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10) * mag;
}

function pathOf(points: readonly { x: number; y: number }[]): string {
  // A gap (missing value) breaks the line: each run of points is its own sub-path.
  return points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(" ");
}

/** Geometry of the trend chart of `ind` at `width` × `height`. */
export function indicatorChartGeometry(ind: ChartInput, width = 480, height = 220): IndicatorChartGeometry {
  const plot = { left: 48, top: 14, right: width - 96, bottom: height - 34 };
  const periods = ind.series.map((p) => p.period);
  const values: number[] = [];
  for (const p of ind.series) for (const v of [p.value, p.lowerCi95, p.upperCi95]) if (v !== null) values.push(v);
  for (const p of ind.comparator?.series ?? []) if (p.value !== null && periods.includes(p.period)) values.push(p.value);
  if (ind.target.value !== null) values.push(ind.target.value);
  let lo = values.length ? Math.min(...values) : 0;
  let hi = values.length ? Math.max(...values) : 1;
  if (lo === hi) {
    lo -= 1;
    hi += 1;
  }
  const step = niceStep(hi - lo, 4);
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  const yOf = (v: number) => plot.bottom - ((v - lo) / (hi - lo)) * (plot.bottom - plot.top);
  const n = periods.length;
  const xOf = (i: number) => (n <= 1 ? (plot.left + plot.right) / 2 : plot.left + (i / (n - 1)) * (plot.right - plot.left));
  const yTicks: IndicatorChartGeometry["yTicks"] = [];
  for (let v = lo, k = 0; v <= hi + step / 2 && k < 12; v += step, k++) yTicks.push({ y: yOf(v), label: formatIndicatorValue(Number(v.toFixed(6))) });
  const every = Math.max(1, Math.ceil(n / 6));
  const xTicks = periods.map((label, i) => ({ x: xOf(i), label })).filter((_, i) => i % every === 0 || i === n - 1);

  const points: ChartPoint[] = [];
  const segments: ChartPoint[][] = [[]];
  ind.series.forEach((p, i) => {
    if (p.value === null) {
      segments.push([]);
      return;
    }
    const pt = { x: xOf(i), y: yOf(p.value), period: p.period, value: p.value };
    points.push(pt);
    segments[segments.length - 1]!.push(pt);
  });
  const line = segments.filter((s) => s.length > 0).map(pathOf).join(" ");
  const withCi = ind.series.map((p, i) => ({ p, i })).filter(({ p }) => p.lowerCi95 !== null && p.upperCi95 !== null);
  const band =
    withCi.length >= 2
      ? `${pathOf(withCi.map(({ p, i }) => ({ x: xOf(i), y: yOf(p.upperCi95!) })))} ${withCi
          .slice()
          .reverse()
          .map(({ p, i }) => `L${xOf(i).toFixed(1)},${yOf(p.lowerCi95!).toFixed(1)}`)
          .join(" ")} Z`
      : null;
  let comparator: IndicatorChartGeometry["comparator"] = null;
  if (ind.comparator) {
    const cps: ChartPoint[] = [];
    for (const p of ind.comparator.series) {
      const i = periods.indexOf(p.period);
      if (i >= 0 && p.value !== null) cps.push({ x: xOf(i), y: yOf(p.value), period: p.period, value: p.value });
    }
    if (cps.length) comparator = { label: ind.comparator.area.name || "Comparator", line: pathOf(cps), points: cps };
  }
  const b = baselinePoint(ind);
  const bi = b ? periods.indexOf(b.period) : -1;
  const baseline = b && b.value !== null && bi >= 0 ? { x: xOf(bi), y: yOf(b.value), period: b.period, value: b.value, label: `Baseline ${formatIndicatorValue(b.value)} (${b.period})` } : null;
  const year = targetYearOf(ind);
  const target = ind.target.value !== null ? { y: yOf(ind.target.value), label: `Target ${formatIndicatorValue(ind.target.value)}${year ? ` by ${year}` : ""}` } : null;

  const unit = ind.unit ? ` ${ind.unit}` : "";
  const first = points[0];
  const last = points[points.length - 1];
  const parts: string[] = [];
  if (first && last) parts.push(`From ${formatIndicatorValue(first.value)}${unit} in ${first.period} to ${formatIndicatorValue(last.value)}${unit} in ${last.period}`);
  else parts.push("No values yet");
  if (comparator) {
    const c = comparator.points[comparator.points.length - 1]!;
    parts.push(`${comparator.label} ${formatIndicatorValue(c.value)}${unit} in ${c.period}`);
  }
  if (baseline) parts.push(baseline.label);
  if (target) parts.push(target.label);
  return { width, height, plot, yTicks, xTicks, band, line, points, comparator, baseline, target, summary: `${parts.join(". ")}.` };
}

/** A tiny sparkline path (no axes) of the series values, or null with fewer than two values. */
export function sparklinePath(series: IndicatorSeriesFields["series"], width = 80, height = 20): string | null {
  const vals = series.map((p, i) => ({ i, v: p.value })).filter((p): p is { i: number; v: number } => p.v !== null);
  if (vals.length < 2) return null;
  const lo = Math.min(...vals.map((p) => p.v));
  const hi = Math.max(...vals.map((p) => p.v));
  const span = hi - lo || 1;
  const n = series.length - 1 || 1;
  return pathOf(vals.map((p) => ({ x: 1 + (p.i / n) * (width - 2), y: height - 2 - ((p.v - lo) / span) * (height - 4) })));
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/**
 * The chart as standalone SVG text (for HTML exports): same geometry and the
 * same non-colour cues as the client (solid line with dots, dashed comparator
 * with squares, target as a dash-dot line with its label, baseline ringed and labelled).
 */
export function indicatorChartSvg(ind: ChartInput, title: string, width = 480, height = 220): string {
  const g = indicatorChartGeometry(ind, width, height);
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${g.width} ${g.height}" width="${g.width}" height="${g.height}" role="img" aria-label="${esc(`${title}: ${g.summary}`)}" font-family="sans-serif" font-size="11">`);
  out.push(`<title>${esc(title)}</title>`);
  for (const t of g.yTicks) out.push(`<line x1="${g.plot.left}" x2="${g.plot.right}" y1="${t.y.toFixed(1)}" y2="${t.y.toFixed(1)}" stroke="#ddd"/><text x="${g.plot.left - 6}" y="${(t.y + 4).toFixed(1)}" text-anchor="end">${esc(t.label)}</text>`);
  for (const t of g.xTicks) out.push(`<text x="${t.x.toFixed(1)}" y="${g.plot.bottom + 16}" text-anchor="middle">${esc(t.label)}</text>`);
  if (g.band) out.push(`<path d="${g.band}" fill="#1d70b8" fill-opacity="0.15" stroke="none"/>`);
  if (g.target) out.push(`<line x1="${g.plot.left}" x2="${g.plot.right}" y1="${g.target.y.toFixed(1)}" y2="${g.target.y.toFixed(1)}" stroke="#00703c" stroke-width="1.5" stroke-dasharray="8 3 2 3"/><text x="${g.plot.right + 4}" y="${(g.target.y + 4).toFixed(1)}">${esc(g.target.label)}</text>`);
  if (g.comparator) {
    out.push(`<path d="${g.comparator.line}" fill="none" stroke="#505a5f" stroke-width="1.5" stroke-dasharray="5 4"/>`);
    for (const p of g.comparator.points) out.push(`<rect x="${(p.x - 3).toFixed(1)}" y="${(p.y - 3).toFixed(1)}" width="6" height="6" fill="#505a5f"/>`);
    const last = g.comparator.points[g.comparator.points.length - 1]!;
    out.push(`<text x="${g.plot.right + 4}" y="${(last.y + 14).toFixed(1)}">${esc(g.comparator.label)}</text>`);
  }
  out.push(`<path d="${g.line}" fill="none" stroke="#1d70b8" stroke-width="2.5"/>`);
  for (const p of g.points) out.push(`<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="3.5" fill="#1d70b8"/>`);
  if (g.baseline) out.push(`<circle cx="${g.baseline.x.toFixed(1)}" cy="${g.baseline.y.toFixed(1)}" r="7" fill="none" stroke="#0b0c0c" stroke-width="1.5"/><text x="${g.baseline.x.toFixed(1)}" y="${(g.baseline.y - 10).toFixed(1)}" text-anchor="middle">${esc(g.baseline.label)}</text>`);
  out.push("</svg>");
  return out.join("");
}
