import { useEffect, useRef } from "react";
import { PLAN_TEMPLATES, PLAN_TEMPLATE_LABELS, PlanCreateSchema, type PlanTemplate } from "@jigsaw/shared/domain/plan";
import { Limits } from "@jigsaw/shared/validations";
import { api, type PlanWithPolicies } from "../../../api/index.ts";
import { ErrorSummary } from "../../../components/ErrorSummary.tsx";
import { RadioGroup } from "../../../components/RadioGroup.tsx";
import { TextField } from "../../../components/TextField.tsx";
import { useSchemaForm } from "../../../hooks/useSchemaForm.ts";

const TEMPLATE_HINTS: Record<PlanTemplate, string> = {
  place_plan: "Vision, priorities, actions, indicators and risks for your place",
  jhws: "The statutory strategy for the health and wellbeing board",
  blank: "Start from an empty plan",
};

/** Create a plan from a template. */
export function CreatePlanForm({ partnershipId, place, onCreated, onCancel }: { partnershipId: string; place: string; onCreated: (p: PlanWithPolicies) => void; onCancel: () => void }) {
  const form = useSchemaForm({
    schema: PlanCreateSchema,
    initialValues: { title: `${place} place plan`, template: "place_plan" as PlanTemplate },
    afterSuccess: "stay-busy",
    submit: async (data) => onCreated(await api.createPlan(partnershipId, data)),
  });
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="panel-form" aria-labelledby="create-plan-heading">
      <h3 id="create-plan-heading" ref={headingRef} tabIndex={-1}>
        Create a plan
      </h3>
      <ErrorSummary {...form.summaryProps} />
      <form onSubmit={form.handleSubmit} noValidate>
        <TextField {...form.field("title")} label="Plan title" maxLength={Limits.planTitleMax} />
        <RadioGroup
          name="template"
          legend="Start from"
          value={form.values.template}
          error={form.errors.template}
          onChange={(t) => form.setValue("template", t as PlanTemplate)}
          options={PLAN_TEMPLATES.map((t) => ({ value: t, label: PLAN_TEMPLATE_LABELS[t], hint: TEMPLATE_HINTS[t] }))}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={form.busy}>
            {form.busy ? "Creating plan…" : "Create plan"}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
