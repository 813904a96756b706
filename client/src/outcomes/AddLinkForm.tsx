import type { PresentedExtensionItem } from "@jigsaw/shared/domain/outcomesApi";
import { ExtensionLimits, LOCAL_LINK_KINDS, LocalLinkCreateSchema, STRENGTHS, type OutcomesModel, type Strength } from "@jigsaw/shared/outcomes/index";
import { api } from "../api/index.ts";
import { ErrorSummary } from "../components/ErrorSummary.tsx";
import { SelectField } from "../components/SelectField.tsx";
import { TextAreaField } from "../components/TextAreaField.tsx";
import { useAnnounce } from "../hooks/useAnnounce.tsx";
import { useSchemaForm } from "../hooks/useSchemaForm.ts";
import { itemName, nameOf } from "./localItemNames.ts";

const LINK_KIND_LABELS: Record<(typeof LOCAL_LINK_KINDS)[number], string> = {
  serves: "serves (contributes to a shared outcome)",
  crosswalk: "is like (a term in another framework)",
  same_concept: "means the same as",
  part_of: "is part of",
  indicator_for: "is evidenced by (indicator)",
  measured_by: "is measured by (indicator)",
};

/** Form linking an active local item to a shared outcome, a term of a framework or an indicator, with a reason. */
export function AddLinkForm({ partnershipId, model, locals, onDone }: { partnershipId: string; model: OutcomesModel; locals: PresentedExtensionItem[]; onDone: () => void }) {
  const from = locals.filter((i) => (i.kind === "term" || i.kind === "outcome" || i.kind === "indicator") && i.status === "active");
  if (from.length === 0) return <p className="oc-detail__muted">Add a local term or outcome first, then link it to the shared model.</p>;
  return <AddLinkFields partnershipId={partnershipId} model={model} from={from} onDone={onDone} />;
}

function AddLinkFields({ partnershipId, model, from, onDone }: { partnershipId: string; model: OutcomesModel; from: PresentedExtensionItem[]; onDone: () => void }) {
  const announce = useAnnounce();
  const form = useSchemaForm({
    schema: LocalLinkCreateSchema,
    idPrefix: "link-",
    initialValues: { from: from[0]!.id, kind: "serves" as (typeof LOCAL_LINK_KINDS)[number], to: model.outcomes[0]?.id ?? "", strength: "moderate" as Strength, rationale: "" },
    fields: ["from", "kind", "to", "strength", "rationale"],
    afterSuccess: "reset",
    submit: async (data) => {
      await api.createOutcomeExtension(partnershipId, "links", data);
      announce(`Linked ${nameOf(model, data.from)} to ${nameOf(model, data.to)}`);
      onDone();
    },
  });
  const fwName = new Map(model.frameworks.map((f) => [f.id, f.shortName]));
  return (
    <form className="oc-form" onSubmit={form.handleSubmit} noValidate>
      <ErrorSummary {...form.summaryProps} />
      <SelectField {...form.field("from")} label="Local item" options={from.map((i) => ({ value: i.id, label: itemName(model, i) }))} />
      <SelectField {...form.field("kind")} label="How it relates" options={LOCAL_LINK_KINDS.map((k) => ({ value: k, label: LINK_KIND_LABELS[k] }))} />
      <div className={`field${form.errors.to ? " field--error" : ""}`}>
        <label className="field__label" htmlFor={form.fieldId("to")}>
          Links to
        </label>
        {form.errors.to && (
          <p className="field__error" id={`${form.fieldId("to")}-error`}>
            <span className="visually-hidden">Error:</span> {form.errors.to}
          </p>
        )}
        <select
          id={form.fieldId("to")}
          className="input select"
          aria-invalid={form.errors.to ? true : undefined}
          aria-describedby={form.errors.to ? `${form.fieldId("to")}-error` : undefined}
          {...form.field("to")}
        >
          <optgroup label="Shared outcomes">
            {model.outcomes.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </optgroup>
          {model.frameworks
            .filter((f) => model.terms.some((t) => t.framework === f.id))
            .map((f) => (
              <optgroup key={f.id} label={f.name}>
                {model.terms
                  .filter((t) => t.framework === f.id)
                  .map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.label}
                    </option>
                  ))}
              </optgroup>
            ))}
          <optgroup label="Indicators">
            {model.indicators.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name} ({fwName.get(i.framework) ?? i.framework})
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <SelectField {...form.field("strength")} label="Strength" options={STRENGTHS.map((s) => ({ value: s, label: s[0]!.toUpperCase() + s.slice(1) }))} />
      <TextAreaField {...form.field("rationale")} label="Why they are linked" hint="Partners will see this next to the link" rows={2} required maxLength={ExtensionLimits.rationaleMax} />
      <button type="submit" className="button" disabled={form.busy}>
        Add link
      </button>
    </form>
  );
}
