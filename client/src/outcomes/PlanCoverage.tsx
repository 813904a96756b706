import { useMemo } from "react";
import { getOutcomesModel } from "@jigsaw/shared/outcomes/index";
import { ModelNote } from "./ModelNote.tsx";
import { planCoverage, type CoveragePlan } from "./planCoverage.ts";
import "./outcomes.css";

/**
 * The plan's coverage: for each framework (national missions, Levelling Up missions, Core20PLUS5 adults and CYP,
 * Marmot principles, NHS priorities), which items the plan covers and which it does not, each covered item linking
 * to the sections and indicators that cover it. Status is in words, never colour alone; caveats (framework status,
 * term notes, unconfirmed links) are shown with the item.
 */
export function PlanCoverage({ plan, onFocusSection }: { plan: CoveragePlan; onFocusSection: (sectionId: string) => void }) {
  const model = getOutcomesModel();
  const frameworks = useMemo(() => planCoverage(plan, model), [plan, model]);
  return (
    <section className="plan-table plan-coverage" aria-labelledby="plan-coverage-heading" id="plan-coverage">
      <h2 className="plan-table__heading" id="plan-coverage-heading" tabIndex={-1}>
        Coverage
      </h2>
      <p className="plan-coverage__intro">
        What the plan covers in each national framework, through the shared outcomes its sections and actions carry and the indicators it tracks.
      </p>
      {frameworks.map(({ framework: fw, items, covered }) => (
        <details key={fw.id} className="details plan-coverage__fw" data-framework={fw.id}>
          <summary className="details__summary">
            {fw.name}: {covered} of {items.length} covered
            {fw.status !== "current" ? ` (${fw.status})` : ""}
          </summary>
          <div className="details__body">
            {fw.status !== "current" && <ModelNote note={fw.statusNote} label={`Status: ${fw.status}`} />}
            <ul className="plan-coverage__items">
              {items.map((item) => (
                <li key={item.term.id} className={`plan-coverage__item plan-coverage__item--${item.covered ? "covered" : "uncovered"}`} data-term-id={item.term.id}>
                  <p className="plan-coverage__label">
                    <span className={`oc-badge oc-badge--${item.covered ? "confirmed" : "uncovered"}`}>{item.covered ? "Covered" : "Not covered"}</span> {item.term.label}
                    {!item.term.verified && <span className="oc-badge oc-badge--unconfirmed">Unconfirmed wording</span>}
                    {item.term.status !== "current" && <span className={`oc-badge oc-badge--${item.term.status}`}>{item.term.status}</span>}
                    {item.covered && !item.confirmed && <span className="oc-badge oc-badge--proposal">Link unconfirmed or proposed</span>}
                  </p>
                  {item.sections.length > 0 && (
                    <p className="plan-coverage__by">
                      Sections:{" "}
                      {item.sections.map((s, i) => (
                        <span key={s.id}>
                          {i > 0 ? ", " : ""}
                          <a
                            href={`#section-${s.id}`}
                            onClick={(e) => {
                              e.preventDefault();
                              onFocusSection(s.id);
                            }}
                          >
                            {s.title || "Untitled section"}
                          </a>
                        </span>
                      ))}
                    </p>
                  )}
                  {item.actions > 0 && <p className="plan-coverage__by">{item.actions === 1 ? "1 action" : `${item.actions} actions`}</p>}
                  {item.indicators.length > 0 && (
                    <p className="plan-coverage__by">
                      Indicators:{" "}
                      {item.indicators.map((ind, i) => (
                        <span key={ind.id}>
                          {i > 0 ? ", " : ""}
                          <a href="#plan-indicators">{ind.label}</a>
                        </span>
                      ))}
                    </p>
                  )}
                  <ModelNote note={item.term.note} />
                </li>
              ))}
            </ul>
          </div>
        </details>
      ))}
    </section>
  );
}
