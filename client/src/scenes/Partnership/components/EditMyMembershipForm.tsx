import { useEffect, useRef } from "react";
import { MembershipUpdateSchema, type PresentedMembership } from "@jigsaw/shared/domain/partnership";
import { SECTORS, SECTOR_LABELS, type Sector } from "@jigsaw/shared/domain/sector";
import { Limits } from "@jigsaw/shared/validations";
import { api } from "../../../api/index.ts";
import { ErrorSummary } from "../../../components/ErrorSummary.tsx";
import { SelectField } from "../../../components/SelectField.tsx";
import { TextField } from "../../../components/TextField.tsx";
import { useAnnounce } from "../../../hooks/useAnnounce.tsx";
import { useSchemaForm } from "../../../hooks/useSchemaForm.ts";

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
  const form = useSchemaForm({
    schema: MembershipUpdateSchema,
    initialValues: { organisation: member.organisation, sector: member.sector },
    afterSuccess: "stay-busy",
    submit: async (data) => {
      const updated = await api.updateMember(member.partnershipId, member.userId, data);
      announce(`You now represent ${updated.organisation} (${SECTOR_LABELS[updated.sector]})`);
      onSaved(updated);
    },
  });
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="panel-form member-card__edit" aria-labelledby={`edit-me-${member.userId}`}>
      <h4 id={`edit-me-${member.userId}`} ref={headingRef} tabIndex={-1}>
        Your organisation and sector
      </h4>
      <ErrorSummary {...form.summaryProps} />
      <form onSubmit={form.handleSubmit} noValidate>
        <TextField
          {...form.field("organisation")}
          label="Organisation"
          hint="The organisation you represent in this partnership"
          maxLength={Limits.organisationMax}
          autoComplete="organization"
        />
        <SelectField
          name="sector"
          label="Sector"
          value={form.values.sector}
          error={form.errors.sector}
          onChange={(e) => form.setValue("sector", e.target.value as Sector)}
          options={SECTORS.map((s) => ({ value: s, label: SECTOR_LABELS[s] }))}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={form.busy}>
            {form.busy ? "Saving…" : "Save"}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
