import type { PresentedExtensionItem } from "@jigsaw/shared/domain/outcomesApi";
import {
  ExtensionLimits,
  LocalIndicatorCreateSchema,
  LocalIndicatorUpdateSchema,
  LocalSourceCreateSchema,
  LocalSourceUpdateSchema,
  type OutcomesModel,
  type Polarity,
} from "@jigsaw/shared/outcomes/index";
import { api } from "../api/index.ts";
import { ErrorSummary } from "../components/ErrorSummary.tsx";
import { SelectField } from "../components/SelectField.tsx";
import { TextAreaField } from "../components/TextAreaField.tsx";
import { TextField } from "../components/TextField.tsx";
import { useAnnounce } from "../hooks/useAnnounce.tsx";
import { useSchemaForm } from "../hooks/useSchemaForm.ts";
import { EditButtons, editPrefix } from "./editFormParts.tsx";

const POLARITY_OPTIONS: Array<{ value: Polarity; label: string }> = [
  { value: "higher_is_better", label: "Higher is better" },
  { value: "lower_is_better", label: "Lower is better" },
  { value: "context", label: "Neither (context)" },
];

/** The sources a local indicator can cite: the partnership's own first, then the shared model's. */
function sourceOptions(model: OutcomesModel) {
  const local = model.sources.filter((s) => s.origin === "local");
  const core = model.sources.filter((s) => s.origin !== "local");
  return [
    { value: "", label: "None" },
    ...[...local, ...core].map((s) => ({ value: s.id, label: `${s.origin === "local" ? "Local: " : ""}${s.title.length > 90 ? `${s.title.slice(0, 89)}…` : s.title}` })),
  ];
}

/** Add a local indicator, e.g. one the partnership's JSNA reports. */
export function AddIndicatorForm({ partnershipId, model, onDone }: { partnershipId: string; model: OutcomesModel; onDone: () => void }) {
  const announce = useAnnounce();
  const form = useSchemaForm({
    schema: LocalIndicatorCreateSchema,
    idPrefix: "indicator-",
    initialValues: { label: "", unit: "", polarity: "higher_is_better" as Polarity, dataSource: "", geography: "Local authority", code: "", note: "", source: "" },
    toInput: ({ source, ...v }) => ({ ...v, sources: source ? [source] : [] }),
    afterSuccess: "reset",
    submit: async (data) => {
      await api.createOutcomeExtension(partnershipId, "indicators", data);
      announce(`Added local indicator ${data.label}`);
      onDone();
    },
  });
  return (
    <form className="oc-form" onSubmit={form.handleSubmit} noValidate>
      <ErrorSummary {...form.summaryProps} />
      <TextField {...form.field("label")} label="Indicator" hint="As your JSNA names it, e.g. Households in fuel poverty (Riverside)" required maxLength={ExtensionLimits.labelMax} />
      <div className="oc-form__row">
        <TextField {...form.field("unit")} label="Unit" hint="e.g. %, per 100,000" required maxLength={ExtensionLimits.shortMax} />
        <SelectField {...form.field("polarity")} label="Better when" options={POLARITY_OPTIONS} />
      </div>
      <div className="oc-form__row">
        <TextField {...form.field("dataSource")} label="Who publishes the data" required maxLength={ExtensionLimits.shortMax} />
        <TextField {...form.field("geography")} label="Geography" required maxLength={ExtensionLimits.shortMax} />
      </div>
      <TextField {...form.field("code")} label="Your reference (optional)" hint="e.g. a JSNA table number" maxLength={60} />
      <SelectField {...form.field("source")} label="Source (optional)" options={sourceOptions(model)} />
      <TextAreaField {...form.field("note")} label="Caveats (optional)" hint="Shown wherever the indicator is shown" rows={2} maxLength={ExtensionLimits.noteMax} />
      <button type="submit" className="button" disabled={form.busy}>
        Add indicator
      </button>
    </form>
  );
}

/** Add a local source: a document the partnership cites. */
export function AddSourceForm({ partnershipId, onDone }: { partnershipId: string; onDone: () => void }) {
  const announce = useAnnounce();
  const form = useSchemaForm({
    schema: LocalSourceCreateSchema,
    idPrefix: "source-",
    initialValues: { label: "", publisher: "", date: "", url: "" },
    afterSuccess: "reset",
    submit: async (data) => {
      await api.createOutcomeExtension(partnershipId, "sources", data);
      announce(`Added local source ${data.label}`);
      onDone();
    },
  });
  return (
    <form className="oc-form" onSubmit={form.handleSubmit} noValidate>
      <ErrorSummary {...form.summaryProps} />
      <TextField {...form.field("label")} label="Title" hint="e.g. Riverside Joint Strategic Needs Assessment 2025" required maxLength={ExtensionLimits.labelMax} />
      <div className="oc-form__row">
        <TextField {...form.field("publisher")} label="Publisher" required maxLength={ExtensionLimits.shortMax} />
        <TextField {...form.field("date")} label="Date" hint="YYYY, YYYY-MM or YYYY-MM-DD" required />
      </div>
      <TextField {...form.field("url")} label="Web address" hint="Starting https://" required maxLength={ExtensionLimits.urlMax} />
      <button type="submit" className="button" disabled={form.busy}>
        Add source
      </button>
    </form>
  );
}



/** Props of the inline edit forms for a local indicator or source. */
interface EditProps<K> {
  partnershipId: string;
  item: K;
  onDone: () => void;
  onCancel: () => void;
}

/** Change a local indicator's name, unit, publisher or caveats. */
export function EditIndicatorForm({ partnershipId, item, onDone, onCancel }: EditProps<Extract<PresentedExtensionItem, { kind: "indicator" }>>) {
  const announce = useAnnounce();
  const form = useSchemaForm({
    schema: LocalIndicatorUpdateSchema,
    idPrefix: editPrefix(item),
    initialValues: { label: item.value.label, unit: item.value.unit, dataSource: item.value.dataSource, note: item.value.note },
    afterSuccess: "stay-busy",
    submit: async (data) => {
      await api.updateOutcomeExtension(partnershipId, "indicators", item.id, data);
      announce("Saved");
      onDone();
    },
  });
  return (
    <form className="oc-form oc-form--inline" onSubmit={form.handleSubmit} noValidate>
      <ErrorSummary {...form.summaryProps} />
      <TextField {...form.field("label")} label="Indicator" maxLength={ExtensionLimits.labelMax} />
      <TextField {...form.field("unit")} label="Unit" maxLength={ExtensionLimits.shortMax} />
      <TextField {...form.field("dataSource")} label="Who publishes the data" maxLength={ExtensionLimits.shortMax} />
      <TextAreaField {...form.field("note")} label="Caveats" rows={2} maxLength={ExtensionLimits.noteMax} />
      <EditButtons busy={form.busy} onCancel={onCancel} />
    </form>
  );
}

/** Change a local source's title, publisher, date or web address. */
export function EditSourceForm({ partnershipId, item, onDone, onCancel }: EditProps<Extract<PresentedExtensionItem, { kind: "source" }>>) {
  const announce = useAnnounce();
  const form = useSchemaForm({
    schema: LocalSourceUpdateSchema,
    idPrefix: editPrefix(item),
    initialValues: { label: item.value.label, publisher: item.value.publisher, date: item.value.date, url: item.value.url },
    afterSuccess: "stay-busy",
    submit: async (data) => {
      await api.updateOutcomeExtension(partnershipId, "sources", item.id, data);
      announce("Saved");
      onDone();
    },
  });
  return (
    <form className="oc-form oc-form--inline" onSubmit={form.handleSubmit} noValidate>
      <ErrorSummary {...form.summaryProps} />
      <TextField {...form.field("label")} label="Title" maxLength={ExtensionLimits.labelMax} />
      <TextField {...form.field("publisher")} label="Publisher" maxLength={ExtensionLimits.shortMax} />
      <TextField {...form.field("date")} label="Date" />
      <TextField {...form.field("url")} label="Web address" maxLength={ExtensionLimits.urlMax} />
      <EditButtons busy={form.busy} onCancel={onCancel} />
    </form>
  );
}
