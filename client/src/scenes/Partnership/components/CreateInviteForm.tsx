import { useState, type FormEvent } from "react";
import { InviteCreateSchema, type PresentedInvite } from "@jigsaw/shared/domain/partnership";
import { ROLES, ROLE_DESCRIPTIONS, ROLE_LABELS, type Role } from "@jigsaw/shared/domain/role";
import type { Sector } from "@jigsaw/shared/domain/sector";
import { Limits } from "@jigsaw/shared/validations";
import { api } from "../../../api/index.ts";
import { ErrorSummary } from "../../../components/ErrorSummary.tsx";
import { RadioGroup } from "../../../components/RadioGroup.tsx";
import { SectorField } from "../../../components/SectorField.tsx";
import { TextField } from "../../../components/TextField.tsx";
import { errorsFromApi, validateWith, type FieldErrors } from "../../../utils/formErrors.ts";

const FIELDS = ["role", "organisation", "sector", "expiresInDays"] as const;

/** Create an invite link with a role, optional organisation/sector and an expiry. */
export function CreateInviteForm({ partnershipId, onCreated }: { partnershipId: string; onCreated: (invite: PresentedInvite & { url: string }) => void }) {
  const [values, setValues] = useState({ role: "editor" as Role, organisation: "", sector: "" as Sector | "", expiresInDays: String(Limits.inviteDaysDefault) });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submits, setSubmits] = useState(0);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setSubmits((n) => n + 1);
    const days = Number(values.expiresInDays);
    const v = validateWith(InviteCreateSchema, {
      role: values.role,
      ...(values.organisation.trim() ? { organisation: values.organisation } : {}),
      ...(values.sector ? { sector: values.sector } : {}),
      expiresInDays: values.expiresInDays.trim() === "" || Number.isNaN(days) ? undefined : days,
    });
    if (!v.ok) {
      if (v.errors.expiresInDays) v.errors.expiresInDays = `Enter a whole number of days from 1 to ${Limits.inviteDaysMax}`;
      return setErrors(v.errors);
    }
    setBusy(true);
    try {
      const invite = await api.createInvite(partnershipId, v.data);
      setErrors({});
      onCreated(invite);
    } catch (err) {
      setErrors(errorsFromApi(err, FIELDS));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="panel-form">
      <ErrorSummary errors={errors} submitCount={submits} />
      <RadioGroup
        name="role"
        legend="Role"
        value={values.role}
        error={errors.role}
        onChange={(r) => setValues({ ...values, role: r as Role })}
        options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r], hint: ROLE_DESCRIPTIONS[r] }))}
      />
      <TextField
        name="organisation"
        label="Their organisation (optional)"
        hint="Suggested to them when they accept; they can change it"
        maxLength={Limits.organisationMax}
        value={values.organisation}
        error={errors.organisation}
        onChange={(e) => setValues({ ...values, organisation: e.target.value })}
      />
      <SectorField name="sector" legend="Their sector (optional)" optional value={values.sector} error={errors.sector} onChange={(s) => setValues({ ...values, sector: s })} />
      <TextField
        name="expiresInDays"
        label="Link expires after (days)"
        hint={`From 1 to ${Limits.inviteDaysMax} days`}
        inputMode="numeric"
        className="input--short"
        value={values.expiresInDays}
        error={errors.expiresInDays}
        onChange={(e) => setValues({ ...values, expiresInDays: e.target.value })}
      />
      <button type="submit" className="button" disabled={busy}>
        {busy ? "Creating link…" : "Create invite link"}
      </button>
    </form>
  );
}
