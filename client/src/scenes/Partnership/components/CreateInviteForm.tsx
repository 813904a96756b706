import { InviteCreateSchema, type PresentedInvite } from "@jigsaw/shared/domain/partnership";
import { ROLES, ROLE_DESCRIPTIONS, ROLE_LABELS, type Role } from "@jigsaw/shared/domain/role";
import type { Sector } from "@jigsaw/shared/domain/sector";
import { Limits } from "@jigsaw/shared/validations";
import { api } from "../../../api/index.ts";
import { ErrorSummary } from "../../../components/ErrorSummary.tsx";
import { RadioGroup } from "../../../components/RadioGroup.tsx";
import { SectorField } from "../../../components/SectorField.tsx";
import { TextField } from "../../../components/TextField.tsx";
import { useSchemaForm } from "../../../hooks/useSchemaForm.ts";

/** Create an invite link with a role, optional organisation/sector and an expiry. */
export function CreateInviteForm({ partnershipId, onCreated }: { partnershipId: string; onCreated: (invite: PresentedInvite & { url: string }) => void }) {
  const form = useSchemaForm({
    schema: InviteCreateSchema,
    initialValues: { role: "editor" as Role, organisation: "", sector: "" as Sector | "", expiresInDays: String(Limits.inviteDaysDefault) },
    toInput: (values) => {
      const days = Number(values.expiresInDays);
      return {
        role: values.role,
        ...(values.organisation.trim() ? { organisation: values.organisation } : {}),
        ...(values.sector ? { sector: values.sector } : {}),
        expiresInDays: values.expiresInDays.trim() === "" || Number.isNaN(days) ? undefined : days,
      };
    },
    messages: { expiresInDays: `Enter a whole number of days from 1 to ${Limits.inviteDaysMax}` },
    submit: async (data) => onCreated(await api.createInvite(partnershipId, data)),
  });
  const { values, errors } = form;

  return (
    <form onSubmit={form.handleSubmit} noValidate className="panel-form">
      <ErrorSummary {...form.summaryProps} />
      <RadioGroup
        name="role"
        legend="Role"
        value={values.role}
        error={errors.role}
        onChange={(r) => form.setValue("role", r as Role)}
        options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r], hint: ROLE_DESCRIPTIONS[r] }))}
      />
      <TextField
        {...form.field("organisation")}
        label="Their organisation (optional)"
        hint="Suggested to them when they accept; they can change it"
        maxLength={Limits.organisationMax}
      />
      <SectorField name="sector" legend="Their sector (optional)" optional value={values.sector} error={errors.sector} onChange={(s) => form.setValue("sector", s)} />
      <TextField
        {...form.field("expiresInDays")}
        label="Link expires after (days)"
        hint={`From 1 to ${Limits.inviteDaysMax} days`}
        inputMode="numeric"
        className="input--short"
      />
      <button type="submit" className="button" disabled={form.busy}>
        {form.busy ? "Creating link…" : "Create invite link"}
      </button>
    </form>
  );
}
