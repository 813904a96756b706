import { indicatorChartGeometry, seriesTableRows, sparklinePath, sourceText, formatIndicatorValue, latestPoint, type IndicatorSnapshot } from "@jigsaw/shared/plan/index";
import { useId } from "react";

/*
 * An indicator's trend chart (hand-rolled SVG from the shared geometry, the
 * same the exports draw): the series as a solid line with dots inside its
 * 95 % confidence band, the comparator dashed with squares, the target as a
 * dash-dot line and the baseline ringed, each labelled in words so nothing
 * depends on colour. The figures are also a table.
 */

/** The trend chart with its legend, source line and a table of the figures. */
export function IndicatorChart({ indicator, name }: { indicator: IndicatorSnapshot; name: string }) {
  const g = indicatorChartGeometry(indicator);
  const titleId = useId();
  const rows = seriesTableRows(indicator);
  const unit = indicator.unit ? ` (${indicator.unit})` : "";
  return (
    <figure className="indicator-chart" data-testid="indicator-chart">
      {indicator.source?.illustrative && (
        <p className="indicator-chart__illustrative" role="note">
          <strong>Illustrative figures</strong>: not real data.
        </p>
      )}
      <svg className="indicator-chart__svg" viewBox={`0 0 ${g.width} ${g.height}`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{`Trend of ${name}. ${g.summary}`}</title>
        {g.yTicks.map((t) => (
          <g key={`y${t.label}`}>
            <line x1={g.plot.left} x2={g.plot.right} y1={t.y} y2={t.y} className="indicator-chart__grid" />
            <text x={g.plot.left - 6} y={t.y + 4} textAnchor="end" className="indicator-chart__tick">
              {t.label}
            </text>
          </g>
        ))}
        {g.xTicks.map((t) => (
          <text key={`x${t.label}`} x={t.x} y={g.plot.bottom + 16} textAnchor="middle" className="indicator-chart__tick">
            {t.label}
          </text>
        ))}
        {g.band && <path d={g.band} className="indicator-chart__band" />}
        {g.target && (
          <g>
            <line x1={g.plot.left} x2={g.plot.right} y1={g.target.y} y2={g.target.y} className="indicator-chart__target" />
            <text x={g.plot.right + 4} y={g.target.y + 4} className="indicator-chart__label">
              {g.target.label}
            </text>
          </g>
        )}
        {g.comparator && (
          <g>
            <path d={g.comparator.line} className="indicator-chart__comparator" />
            {g.comparator.points.map((p) => (
              <rect key={p.period} x={p.x - 3} y={p.y - 3} width={6} height={6} className="indicator-chart__comparator-point" />
            ))}
            <text x={g.plot.right + 4} y={g.comparator.points[g.comparator.points.length - 1]!.y + 14} className="indicator-chart__label">
              {g.comparator.label}
            </text>
          </g>
        )}
        <path d={g.line} className="indicator-chart__line" />
        {g.points.map((p) => (
          <circle key={p.period} cx={p.x} cy={p.y} r={3.5} className="indicator-chart__point" />
        ))}
        {g.baseline && (
          <g>
            <circle cx={g.baseline.x} cy={g.baseline.y} r={7} className="indicator-chart__baseline" />
            <text x={g.baseline.x} y={g.baseline.y - 10} textAnchor="middle" className="indicator-chart__label">
              {g.baseline.label}
            </text>
          </g>
        )}
      </svg>
      <figcaption>
        <ul className="indicator-chart__legend">
          <li>
            <span className="legend-swatch legend-swatch--line" aria-hidden="true" /> {indicator.area?.name || "This area"}: solid line with dots
            {g.band && ", shaded band: 95% confidence interval"}
          </li>
          {g.comparator && (
            <li>
              <span className="legend-swatch legend-swatch--comparator" aria-hidden="true" /> {g.comparator.label}: dashed line with squares
            </li>
          )}
          {g.target && (
            <li>
              <span className="legend-swatch legend-swatch--target" aria-hidden="true" /> {g.target.label}: dash-dot line
            </li>
          )}
          {g.baseline && <li>{g.baseline.label}: ringed point</li>}
        </ul>
        <p className="cell-note">{sourceText(indicator.source)}</p>
      </figcaption>
      <details className="indicator-chart__table">
        <summary>Show the figures as a table</summary>
        <table className="data-table">
          <caption className="visually-hidden">{`Figures for ${name}`}</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Value{unit}</th>
              <th scope="col">Lower 95% limit</th>
              <th scope="col">Upper 95% limit</th>
              <th scope="col">Count</th>
              <th scope="col">Denominator</th>
              {indicator.comparator && <th scope="col">{indicator.comparator.area.name || "Comparator"}</th>}
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.period}>
                <th scope="row">{r.period}</th>
                <td>{r.value}</td>
                <td>{r.lower}</td>
                <td>{r.upper}</td>
                <td>{r.count}</td>
                <td>{r.denominator}</td>
                {indicator.comparator && <td>{r.comparator}</td>}
                <td>{r.mark}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** A compact sparkline with the latest value in words (the line itself is decorative). */
export function IndicatorSparkline({ indicator }: { indicator: IndicatorSnapshot }) {
  const d = sparklinePath(indicator.series);
  const last = latestPoint(indicator.series);
  if (!last) return <span className="sparkline__none">No series</span>;
  return (
    <span className="sparkline">
      {d && (
        <svg className="sparkline__svg" viewBox="0 0 80 20" width={80} height={20} aria-hidden="true" focusable="false">
          <path d={d} />
        </svg>
      )}
      <span className="sparkline__text">
        {formatIndicatorValue(last.value)} <span className="cell-note">({last.period})</span>
        {indicator.source?.illustrative && <span className="tag tag--pending">Illustrative</span>}
      </span>
    </span>
  );
}
