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

/** Props for editing a member's organisation and sector (facilitators). */
export interface EditMyMembershipFormProps {
  member: PresentedMembership;
  onSaved: (m: PresentedMembership) => void;
  onCancel: () => void;
}

/**
 * A facilitator changes the organisation and sector a member represents (the
 * organisation is who they sign for, so members cannot change their own).
 * Every change is in the partnership's audit trail.
 */
export function EditMyMembershipForm({ member, onSaved, onCancel }: EditMyMembershipFormProps) {
  const announce = useAnnounce();
  const form = useSchemaForm({
    schema: MembershipUpdateSchema,
    initialValues: { organisation: member.organisation, sector: member.sector },
    afterSuccess: "stay-busy",
    submit: async (data) => {
      const updated = await api.updateMember(member.partnershipId, member.userId, data);
      announce(`${member.displayName} now represents ${updated.organisation} (${SECTOR_LABELS[updated.sector]})`);
      onSaved(updated);
    },
  });
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="panel-form member-card__edit" aria-labelledby={`edit-me-${member.userId}`}>
      <h4 id={`edit-me-${member.userId}`} ref={headingRef} tabIndex={-1}>
        Organisation and sector of {member.displayName}
      </h4>
      <ErrorSummary {...form.summaryProps} />
      <form onSubmit={form.handleSubmit} noValidate>
        <TextField
          {...form.field("organisation")}
          label="Organisation"
          hint="The organisation this member represents and signs for in this partnership"
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
