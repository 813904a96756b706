import { OutcomePicker } from "./OutcomePicker.tsx";
import { OutcomeTag } from "../outcomes/OutcomeTag.tsx";
import { sharedOutcomes, viewOutcome, type Lens } from "../outcomes/lens.ts";

/** A section's linked shared outcomes as tags in the chosen lens, with add/remove for editors. */
export function SectionOutcomes({ outcomes, lens, editable, onChange, headingId }: { outcomes: string[]; lens: Lens; editable: boolean; onChange: (ids: string[]) => void; headingId: string }) {
  const available = sharedOutcomes().filter((o) => !outcomes.includes(o.id));
  return (
    <div className="section-outcomes">
      <h3 className="section-aside__heading" id={headingId}>
        Shared outcomes
      </h3>
      {outcomes.length === 0 ? (
        <p className="section-aside__empty">No outcomes linked yet.</p>
      ) : (
        <ul className="outcome-tags" aria-labelledby={headingId}>
          {outcomes.map((id) => (
            <OutcomeTag key={id} view={viewOutcome(id, lens)} onRemove={editable ? () => onChange(outcomes.filter((o) => o !== id)) : undefined} />
          ))}
        </ul>
      )}
      {editable && <OutcomePicker options={available} onAdd={(id) => onChange([...outcomes, id])} />}
    </div>
  );
}
