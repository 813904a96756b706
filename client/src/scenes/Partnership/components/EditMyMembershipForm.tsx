import { useEffect, useRef, useState, type FormEvent } from "react";
import { MembershipUpdateSchema, type PresentedMembership } from "@jigsaw/shared/domain/partnership";
import { SECTORS, SECTOR_LABELS, type Sector } from "@jigsaw/shared/domain/sector";
import { Limits } from "@jigsaw/shared/validations";
import { api } from "../../../api/index.ts";
import { ErrorSummary } from "../../../components/ErrorSummary.tsx";
import { SelectField } from "../../../components/SelectField.tsx";
import { TextField } from "../../../components/TextField.tsx";
import { useAnnounce } from "../../../hooks/useAnnounce.tsx";
import { errorsFromApi, validateWith, type FieldErrors } from "../../../utils/formErrors.ts";

/** Props for editing your own organisation and sector. */
export interface EditMyMembershipFormProps {
  member: PresentedMembership;
  onSaved: (m: PresentedMembership) => void;
  onCancel: () => void;
}

/**
 * Change the organisation and sector you represent in this partnership
 * (anyone may change their own; roles stay with facilitators).
 */
export function EditMyMembershipForm({ member, onSaved, onCancel }: EditMyMembershipFormProps) {
  const announce = useAnnounce();
  const [values, setValues] = useState<{ organisation: string; sector: Sector }>({ organisation: member.organisation, sector: member.sector });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submits, setSubmits] = useState(0);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setSubmits((n) => n + 1);
    const v = validateWith(MembershipUpdateSchema, values);
    if (!v.ok) return setErrors(v.errors);
    setBusy(true);
    try {
      const updated = await api.updateMember(member.partnershipId, member.userId, v.data);
      setErrors({});
      announce(`You now represent ${updated.organisation} (${SECTOR_LABELS[updated.sector]})`);
      onSaved(updated);
    } catch (err) {
      setErrors(errorsFromApi(err, ["organisation", "sector"]));
      setBusy(false);
    }
  }

  return (
    <section className="panel-form member-card__edit" aria-labelledby={`edit-me-${member.userId}`}>
      <h4 id={`edit-me-${member.userId}`} ref={headingRef} tabIndex={-1}>
        Your organisation and sector
      </h4>
      <ErrorSummary errors={errors} submitCount={submits} />
      <form onSubmit={onSubmit} noValidate>
        <TextField
          name="organisation"
          label="Organisation"
          hint="The organisation you represent in this partnership"
          maxLength={Limits.organisationMax}
          autoComplete="organization"
          value={values.organisation}
          error={errors.organisation}
          onChange={(e) => setValues({ ...values, organisation: e.target.value })}
        />
        <SelectField
          name="sector"
          label="Sector"
          value={values.sector}
          error={errors.sector}
          onChange={(e) => setValues({ ...values, sector: e.target.value as Sector })}
          options={SECTORS.map((s) => ({ value: s, label: SECTOR_LABELS[s] }))}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            {busy ? "Saving…" : "Save"}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
