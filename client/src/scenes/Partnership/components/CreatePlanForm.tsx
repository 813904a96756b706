import { useEffect, useRef, useState, type FormEvent } from "react";
import { PLAN_TEMPLATES, PLAN_TEMPLATE_LABELS, PlanCreateSchema, type PlanTemplate } from "@jigsaw/shared/domain/plan";
import { Limits } from "@jigsaw/shared/validations";
import { api, type PlanWithPolicies } from "../../../api/index.ts";
import { ErrorSummary } from "../../../components/ErrorSummary.tsx";
import { RadioGroup } from "../../../components/RadioGroup.tsx";
import { TextField } from "../../../components/TextField.tsx";
import { errorsFromApi, validateWith, type FieldErrors } from "../../../utils/formErrors.ts";

const TEMPLATE_HINTS: Record<PlanTemplate, string> = {
  place_plan: "Vision, priorities, actions, indicators and risks for your place",
  jhws: "The statutory strategy for the health and wellbeing board",
  blank: "Start from an empty plan",
};

/** Create a plan from a template. */
export function CreatePlanForm({ partnershipId, place, onCreated, onCancel }: { partnershipId: string; place: string; onCreated: (p: PlanWithPolicies) => void; onCancel: () => void }) {
  const [values, setValues] = useState<{ title: string; template: PlanTemplate }>({ title: `${place} place plan`, template: "place_plan" });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submits, setSubmits] = useState(0);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setSubmits((n) => n + 1);
    const v = validateWith(PlanCreateSchema, values);
    if (!v.ok) return setErrors(v.errors);
    setBusy(true);
    try {
      onCreated(await api.createPlan(partnershipId, v.data));
    } catch (err) {
      setErrors(errorsFromApi(err, ["title", "template"]));
      setBusy(false);
    }
  }

  return (
    <section className="panel-form" aria-labelledby="create-plan-heading">
      <h3 id="create-plan-heading" ref={headingRef} tabIndex={-1}>
        Create a plan
      </h3>
      <ErrorSummary errors={errors} submitCount={submits} />
      <form onSubmit={onSubmit} noValidate>
        <TextField name="title" label="Plan title" maxLength={Limits.planTitleMax} value={values.title} error={errors.title} onChange={(e) => setValues({ ...values, title: e.target.value })} />
        <RadioGroup
          name="template"
          legend="Start from"
          value={values.template}
          error={errors.template}
          onChange={(t) => setValues({ ...values, template: t as PlanTemplate })}
          options={PLAN_TEMPLATES.map((t) => ({ value: t, label: PLAN_TEMPLATE_LABELS[t], hint: TEMPLATE_HINTS[t] }))}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            {busy ? "Creating plan…" : "Create plan"}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
