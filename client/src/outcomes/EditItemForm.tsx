import type { PresentedExtensionItem } from "@jigsaw/shared/domain/outcomesApi";
import { ExtensionLimits, LocalLinkUpdateSchema, LocalOutcomeUpdateSchema, LocalTermUpdateSchema, STRENGTHS } from "@jigsaw/shared/outcomes/index";
import { api } from "../api/index.ts";
import { ErrorSummary } from "../components/ErrorSummary.tsx";
import { SelectField } from "../components/SelectField.tsx";
import { TextAreaField } from "../components/TextAreaField.tsx";
import { TextField } from "../components/TextField.tsx";
import { useAnnounce } from "../hooks/useAnnounce.tsx";
import { useSchemaForm } from "../hooks/useSchemaForm.ts";
import { EditIndicatorForm, EditSourceForm } from "./LocalIndicatorForms.tsx";
import { EditButtons, editPrefix } from "./editFormParts.tsx";

/** Props of the inline edit forms. */
export interface EditFormProps {
  partnershipId: string;
  item: PresentedExtensionItem;
  onDone: () => void;
  onCancel: () => void;
}

/** The inline edit form of a local item, by its kind. */
export function EditItemForm(props: EditFormProps) {
  const { item } = props;
  if (item.kind === "link") return <EditLinkForm {...props} item={item} />;
  if (item.kind === "indicator") return <EditIndicatorForm {...props} item={item} />;
  if (item.kind === "source") return <EditSourceForm {...props} item={item} />;
  return <EditNamedItemForm {...props} item={item} />;
}

function EditLinkForm({ partnershipId, item, onDone, onCancel }: EditFormProps & { item: Extract<PresentedExtensionItem, { kind: "link" }> }) {
  const announce = useAnnounce();
  const form = useSchemaForm({
    schema: LocalLinkUpdateSchema,
    idPrefix: editPrefix(item),
    initialValues: { strength: item.value.strength, rationale: item.value.rationale },
    afterSuccess: "stay-busy",
    submit: async (data) => {
      await api.updateOutcomeExtension(partnershipId, "links", item.id, data);
      announce("Saved");
      onDone();
    },
  });
  return (
    <form className="oc-form oc-form--inline" onSubmit={form.handleSubmit} noValidate>
      <ErrorSummary {...form.summaryProps} />
      <SelectField {...form.field("strength")} label="Strength" options={STRENGTHS.map((s) => ({ value: s, label: s }))} />
      <TextAreaField {...form.field("rationale")} label="Why they are linked" rows={2} maxLength={ExtensionLimits.rationaleMax} />
      <EditButtons busy={form.busy} onCancel={onCancel} />
    </form>
  );
}

function EditNamedItemForm({ partnershipId, item, onDone, onCancel }: EditFormProps & { item: Extract<PresentedExtensionItem, { kind: "term" | "outcome" }> }) {
  const announce = useAnnounce();
  const form = useSchemaForm({
    schema: item.kind === "term" ? LocalTermUpdateSchema : LocalOutcomeUpdateSchema,
    idPrefix: editPrefix(item),
    initialValues: { label: item.value.label, plainEnglish: item.value.plainEnglish },
    afterSuccess: "stay-busy",
    submit: async (data) => {
      const body = { label: data.label, plainEnglish: data.plainEnglish };
      if (item.kind === "term") await api.updateOutcomeExtension(partnershipId, "terms", item.id, body);
      else await api.updateOutcomeExtension(partnershipId, "outcomes", item.id, body);
      announce("Saved");
      onDone();
    },
  });
  return (
    <form className="oc-form oc-form--inline" onSubmit={form.handleSubmit} noValidate>
      <ErrorSummary {...form.summaryProps} />
      <TextField {...form.field("label")} label="Name" maxLength={ExtensionLimits.labelMax} />
      <TextAreaField {...form.field("plainEnglish")} label="In plain English" rows={2} maxLength={ExtensionLimits.plainEnglishMax} />
      <EditButtons busy={form.busy} onCancel={onCancel} />
    </form>
  );
}
