import { SECTORS, SECTOR_LABELS } from "@jigsaw/shared/domain/sector";
import { ExtensionLimits, LocalOutcomeCreateSchema, LocalTermCreateSchema, type OutcomesModel, type TermSector } from "@jigsaw/shared/outcomes/index";
import { api } from "../api/index.ts";
import { ErrorSummary } from "../components/ErrorSummary.tsx";
import { SelectField } from "../components/SelectField.tsx";
import { TextAreaField } from "../components/TextAreaField.tsx";
import { TextField } from "../components/TextField.tsx";
import { useAnnounce } from "../hooks/useAnnounce.tsx";
import { useSchemaForm } from "../hooks/useSchemaForm.ts";

function splitList(s: string): string[] {
  return s
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);
}

/** Form adding a local term (a word of the partnership's own, e.g. from a local strategy). */
export function AddTermForm({ partnershipId, model, onDone }: { partnershipId: string; model: OutcomesModel; onDone: () => void }) {
  const announce = useAnnounce();
  const form = useSchemaForm({
    schema: LocalTermCreateSchema,
    idPrefix: "term-",
    initialValues: { label: "", plainEnglish: "", definition: "", sector: "cross" as TermSector, framework: "FW-LOCAL", aliases: "" },
    toInput: (v) => ({ ...v, aliases: splitList(v.aliases) }),
    afterSuccess: "reset",
    submit: async (data) => {
      await api.createOutcomeExtension(partnershipId, "terms", data);
      announce(`Added local term ${data.label}`);
      onDone();
    },
  });
  return (
    <form className="oc-form" onSubmit={form.handleSubmit} noValidate>
      <ErrorSummary {...form.summaryProps} />
      <TextField {...form.field("label")} label="Name" hint="As your local strategy writes it, e.g. Thriving Riverside" required maxLength={ExtensionLimits.labelMax} />
      <TextAreaField {...form.field("plainEnglish")} label="What it means in plain English" rows={2} maxLength={ExtensionLimits.plainEnglishMax} />
      <TextAreaField {...form.field("definition")} label="Definition (optional)" rows={2} maxLength={ExtensionLimits.definitionMax} />
      <div className="oc-form__row">
        <SelectField {...form.field("sector")} label="Whose language" options={[{ value: "cross", label: "Shared across sectors" }, ...SECTORS.map((s) => ({ value: s, label: SECTOR_LABELS[s] }))]} />
        <SelectField
          {...form.field("framework")}
          label="Framework"
          options={model.frameworks.filter((f) => f.kind !== "glossary").map((f) => ({ value: f.id, label: f.id === "FW-LOCAL" ? "Local (your own)" : f.shortName }))}
        />
      </div>
      <TextField {...form.field("aliases")} label="Other names (optional)" hint="Separate with commas" />
      <button type="submit" className="button" disabled={form.busy}>
        Add term
      </button>
    </form>
  );
}

const READING_SECTORS = ["council", "nhs", "voluntary", "community"] as const;

/** Form adding a local outcome, with how each sector would say it. */
export function AddOutcomeForm({ partnershipId, onDone }: { partnershipId: string; onDone: () => void }) {
  const announce = useAnnounce();
  const form = useSchemaForm({
    schema: LocalOutcomeCreateSchema,
    idPrefix: "outcome-",
    initialValues: { label: "", plainEnglish: "", council: "", nhs: "", voluntary: "", community: "" },
    toInput: (v) => ({
      label: v.label,
      plainEnglish: v.plainEnglish,
      readings: Object.fromEntries(READING_SECTORS.map((s) => [s, v[s].trim()]).filter(([, reading]) => reading)),
    }),
    afterSuccess: "reset",
    submit: async (data) => {
      await api.createOutcomeExtension(partnershipId, "outcomes", data);
      announce(`Added local outcome ${data.label}`);
      onDone();
    },
  });
  return (
    <form className="oc-form" onSubmit={form.handleSubmit} noValidate>
      <ErrorSummary {...form.summaryProps} />
      <TextField {...form.field("label")} label="Outcome" hint="A result for people, e.g. Riverside residents feel well" required maxLength={ExtensionLimits.labelMax} />
      <TextAreaField {...form.field("plainEnglish")} label="In plain English" rows={2} maxLength={ExtensionLimits.plainEnglishMax} />
      <p className="field__hint">How each sector would say it (optional):</p>
      <div className="oc-form__grid">
        {READING_SECTORS.map((s) => (
          <TextField key={s} {...form.field(s)} label={s === "voluntary" ? "Voluntary sector" : SECTOR_LABELS[s]} maxLength={ExtensionLimits.readingMax} />
        ))}
      </div>
      <button type="submit" className="button" disabled={form.busy}>
        Add outcome
      </button>
    </form>
  );
}
