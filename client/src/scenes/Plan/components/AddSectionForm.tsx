import { useId, useState, type FormEvent } from "react";
import { addSection, PLAN_LIMITS, SectionTitleSchema } from "@jigsaw/shared/plan/index";
import type * as Y from "yjs";
import { useAnnounce } from "../../../hooks/useAnnounce.tsx";

/** Props for adding a section. */
export interface AddSectionFormProps {
  doc: Y.Doc;
  /** Called with the new section's id once it is in the document. */
  onAdded: (sectionId: string) => void;
}

/** Add a section at the end of the plan (editors and facilitators). */
export function AddSectionForm({ doc, onAdded }: AddSectionFormProps) {
  const uid = useId();
  const announce = useAnnounce();
  const [title, setTitle] = useState("");
  const [error, setError] = useState<string | null>(null);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const parsed = SectionTitleSchema.safeParse(title);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Enter a title");
      return;
    }
    const id = addSection(doc, { title: parsed.data });
    setTitle("");
    setError(null);
    announce(`Added section '${parsed.data}'`);
    onAdded(id);
  }

  return (
    <form className="add-section" onSubmit={onSubmit} noValidate aria-labelledby={`${uid}-heading`}>
      <h2 className="add-section__heading" id={`${uid}-heading`}>
        Add a section
      </h2>
      <div className={`add-section__row field${error ? " field--error" : ""}`}>
        <label className="field__label" htmlFor={`${uid}-title`}>
          New section title
        </label>
        {error && (
          <p className="field__error" id={`${uid}-error`}>
            <span className="visually-hidden">Error:</span> {error}
          </p>
        )}
        <div className="add-section__controls">
          <input
            id={`${uid}-title`}
            className="input"
            maxLength={PLAN_LIMITS.sectionTitleMax}
            value={title}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${uid}-error` : undefined}
            onChange={(e) => setTitle(e.target.value)}
          />
          <button type="submit" className="button">
            Add section
          </button>
        </div>
      </div>
    </form>
  );
}
