import { useEffect, useState } from "react";
import { sectionText } from "@jigsaw/shared/plan/index";
import type * as Y from "yjs";
import { glossaryHints, type GlossaryHint } from "./glossaryHints.ts";

/**
 * Jargon spotted in a section (acronyms and framework terms) with what each
 * means in plain English, re-checked shortly after the text changes. Read
 * only: nothing is written to the document. Unchecked meanings say so.
 */
export function GlossaryHints({ doc, sectionId, fragment, headingId, delayMs = 400 }: { doc: Y.Doc; sectionId: string; fragment: Y.XmlFragment; headingId: string; delayMs?: number }) {
  const [hints, setHints] = useState<GlossaryHint[]>(() => glossaryHints(sectionText(doc, sectionId)));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = "";
    const run = () => {
      const next = glossaryHints(sectionText(doc, sectionId));
      const key = JSON.stringify(next);
      if (key !== last) {
        last = key;
        setHints(next);
      }
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(run, delayMs);
    };
    run();
    fragment.observeDeep(schedule);
    return () => {
      clearTimeout(timer);
      fragment.unobserveDeep(schedule);
    };
  }, [doc, sectionId, fragment, delayMs]);

  return (
    <div className="glossary-hints">
      <h3 className="section-aside__heading" id={headingId}>
        Jargon in this section
      </h3>
      {hints.length === 0 ? (
        <p className="section-aside__empty">None spotted.</p>
      ) : (
        <dl className="glossary-hints__list" aria-labelledby={headingId}>
          {hints.map((h) => (
            <div className="glossary-hints__item" key={h.termId}>
              <dt className="glossary-hints__term">
                {h.matched}
                {h.matched.toLowerCase() !== h.label.toLowerCase() && <span className="glossary-hints__label"> — {h.label}</span>}
              </dt>
              <dd className="glossary-hints__meaning">
                {h.meaning}
                {!h.verified && <span className="tag tag--unconfirmed">Unconfirmed</span>}
                {h.status !== "current" && <span className="tag tag--pending">{h.status.replace(/_/g, " ")}</span>}
                {h.note && <span className="glossary-hints__note"> Note: {h.note}</span>}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
