import { useState } from "react";
import type { PartnershipOutcomes, PresentedExtensionItem } from "@jigsaw/shared/domain/outcomesApi";
import { SECTORS, SECTOR_LABELS } from "@jigsaw/shared/domain/sector";
import {
  ExtensionLimits,
  indexModel,
  LOCAL_LINK_KINDS,
  LocalLinkCreateSchema,
  LocalLinkUpdateSchema,
  LocalOutcomeCreateSchema,
  LocalOutcomeUpdateSchema,
  LocalTermCreateSchema,
  LocalTermUpdateSchema,
  STRENGTHS,
  type OutcomesModel,
  type Strength,
  type TermSector,
} from "@jigsaw/shared/outcomes/index";
import { api, errorMessage } from "../api/index.ts";
import { ConfirmButton } from "../components/ConfirmButton.tsx";
import { ErrorSummary } from "../components/ErrorSummary.tsx";
import { SelectField } from "../components/SelectField.tsx";
import { TextAreaField } from "../components/TextAreaField.tsx";
import { TextField } from "../components/TextField.tsx";
import { useAnnounce } from "../hooks/useAnnounce.tsx";
import { useSchemaForm } from "../hooks/useSchemaForm.ts";
import { AddIndicatorForm, AddSourceForm, EditIndicatorForm, EditSourceForm } from "./LocalIndicatorForms.tsx";
import { formatDateTime } from "../utils/format.ts";
import { EditButtons, editPrefix } from "./editFormParts.tsx";

const KIND_NAMES = { term: "term", outcome: "outcome", link: "link", indicator: "indicator", source: "source" } as const;
const COLLECTION = { term: "terms", outcome: "outcomes", link: "links", indicator: "indicators", source: "sources" } as const;
const ACTIONS = { create: "added", update: "changed", retire: "retired" } as const;
const LINK_KIND_LABELS: Record<(typeof LOCAL_LINK_KINDS)[number], string> = {
  serves: "serves (contributes to a shared outcome)",
  crosswalk: "is like (a term in another framework)",
  same_concept: "means the same as",
  part_of: "is part of",
  indicator_for: "is evidenced by (indicator)",
  measured_by: "is measured by (indicator)",
};

function nameOf(model: OutcomesModel, id: string): string {
  const idx = indexModel(model);
  return idx.terms.get(id)?.label ?? idx.outcomes.get(id)?.label ?? idx.indicators.get(id)?.name ?? id;
}

function itemName(model: OutcomesModel, item: PresentedExtensionItem): string {
  return item.kind === "link" ? `${nameOf(model, item.value.from)} → ${nameOf(model, item.value.to)}` : item.value.label;
}

function splitList(s: string): string[] {
  return s
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);
}

function FormError({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <div className="notice notice--error" role="alert">
      <p>{error}</p>
    </div>
  );
}

function AddTermForm({ partnershipId, model, onDone }: { partnershipId: string; model: OutcomesModel; onDone: () => void }) {
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

function AddOutcomeForm({ partnershipId, onDone }: { partnershipId: string; onDone: () => void }) {
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

function AddLinkForm({ partnershipId, model, locals, onDone }: { partnershipId: string; model: OutcomesModel; locals: PresentedExtensionItem[]; onDone: () => void }) {
  const from = locals.filter((i) => (i.kind === "term" || i.kind === "outcome" || i.kind === "indicator") && i.status === "active");
  if (from.length === 0) return <p className="oc-detail__muted">Add a local term or outcome first, then link it to the shared model.</p>;
  return <AddLinkFields partnershipId={partnershipId} model={model} from={from} onDone={onDone} />;
}

function AddLinkFields({ partnershipId, model, from, onDone }: { partnershipId: string; model: OutcomesModel; from: PresentedExtensionItem[]; onDone: () => void }) {
  const announce = useAnnounce();
  const form = useSchemaForm({
    schema: LocalLinkCreateSchema,
    idPrefix: "link-",
    initialValues: { from: from[0]!.id, kind: "serves" as (typeof LOCAL_LINK_KINDS)[number], to: model.outcomes[0]?.id ?? "", strength: "moderate" as Strength, rationale: "" },
    fields: ["from", "kind", "to", "strength", "rationale"],
    afterSuccess: "reset",
    submit: async (data) => {
      await api.createOutcomeExtension(partnershipId, "links", data);
      announce(`Linked ${nameOf(model, data.from)} to ${nameOf(model, data.to)}`);
      onDone();
    },
  });
  const fwName = new Map(model.frameworks.map((f) => [f.id, f.shortName]));
  return (
    <form className="oc-form" onSubmit={form.handleSubmit} noValidate>
      <ErrorSummary {...form.summaryProps} />
      <SelectField {...form.field("from")} label="Local item" options={from.map((i) => ({ value: i.id, label: itemName(model, i) }))} />
      <SelectField {...form.field("kind")} label="How it relates" options={LOCAL_LINK_KINDS.map((k) => ({ value: k, label: LINK_KIND_LABELS[k] }))} />
      <div className={`field${form.errors.to ? " field--error" : ""}`}>
        <label className="field__label" htmlFor={form.fieldId("to")}>
          Links to
        </label>
        {form.errors.to && (
          <p className="field__error" id={`${form.fieldId("to")}-error`}>
            <span className="visually-hidden">Error:</span> {form.errors.to}
          </p>
        )}
        <select
          id={form.fieldId("to")}
          className="input select"
          aria-invalid={form.errors.to ? true : undefined}
          aria-describedby={form.errors.to ? `${form.fieldId("to")}-error` : undefined}
          {...form.field("to")}
        >
          <optgroup label="Shared outcomes">
            {model.outcomes.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </optgroup>
          {model.frameworks
            .filter((f) => model.terms.some((t) => t.framework === f.id))
            .map((f) => (
              <optgroup key={f.id} label={f.name}>
                {model.terms
                  .filter((t) => t.framework === f.id)
                  .map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.label}
                    </option>
                  ))}
              </optgroup>
            ))}
          <optgroup label="Indicators">
            {model.indicators.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name} ({fwName.get(i.framework) ?? i.framework})
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <SelectField {...form.field("strength")} label="Strength" options={STRENGTHS.map((s) => ({ value: s, label: s[0]!.toUpperCase() + s.slice(1) }))} />
      <TextAreaField {...form.field("rationale")} label="Why they are linked" hint="Partners will see this next to the link" rows={2} required maxLength={ExtensionLimits.rationaleMax} />
      <button type="submit" className="button" disabled={form.busy}>
        Add link
      </button>
    </form>
  );
}

/** Props of the inline edit forms. */
interface EditFormProps {
  partnershipId: string;
  item: PresentedExtensionItem;
  onDone: () => void;
  onCancel: () => void;
}


function EditItemForm(props: EditFormProps) {
  const { item } = props;
  if (item.kind === "link") return <EditLinkForm {...props} item={item} />;
  if (item.kind === "indicator") return <EditIndicatorForm {...props} item={item} />;
  if (item.kind === "source") return <EditSourceForm {...props} item={item} />;
  return <EditNamedItemForm {...props} item={item} />;
}

/** The line under an item's name: a link's reason, an indicator's caveats, a source's publisher and date. */
function itemLine(item: PresentedExtensionItem): string {
  if (item.kind === "link") return item.value.rationale;
  if (item.kind === "indicator") return [`${item.value.unit} · ${item.value.dataSource}`, item.value.note].filter(Boolean).join(" · ");
  if (item.kind === "source") return `${item.value.publisher}, ${item.value.date} · ${item.value.url}`;
  return item.value.plainEnglish;
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


/**
 * The partnership's own terms, outcomes and links to the shared model. Every
 * member sees them and the recent changes (who, what, when); facilitators can
 * add, edit and retire them.
 */
export function LocalTermsPanel({ partnershipId, data, canEdit, onChanged }: { partnershipId: string; data: PartnershipOutcomes; canEdit: boolean; onChanged: () => void }) {
  const [editing, setEditing] = useState<string | null>(null);
  const announce = useAnnounce();
  const [retireError, setRetireError] = useState<string | null>(null);
  const { model } = data;
  const active = data.items.filter((i) => i.status === "active");
  const retired = data.items.filter((i) => i.status === "retired");

  return (
    <section className="oc-local" aria-labelledby="oc-local-heading">
      <h2 id="oc-local-heading" className="oc-local__title">
        Local terms
      </h2>
      <p className="oc-local__intro">
        Your partnership's own words (e.g. a local strategy's priorities), indicators (e.g. from your JSNA) and sources, linked to the shared model with a reason. They show in the table marked{" "}
        <span className="oc-badge oc-badge--local">Local</span> and only members of this partnership see them.
      </p>
      {data.problems.length > 0 && (
        <div className="notice" role="status">
          <p>
            {data.problems.length} local item{data.problems.length === 1 ? " is" : "s are"} hidden because {data.problems.length === 1 ? "it no longer fits" : "they no longer fit"} the
            shared model: {data.problems.map((p) => `${p.itemId} (${p.message})`).join("; ")}.
          </p>
        </div>
      )}
      {retireError && <FormError error={retireError} />}
      {active.length === 0 ? (
        <p className="oc-detail__muted">No local terms yet.{canEdit ? " Add your first one below." : " A facilitator can add them."}</p>
      ) : (
        <table className="oc-local__table">
          <caption className="visually-hidden">Local terms, outcomes and links</caption>
          <thead>
            <tr>
              <th scope="col">Type</th>
              <th scope="col">Name</th>
              <th scope="col">Last changed</th>
              {canEdit && <th scope="col">Actions</th>}
            </tr>
          </thead>
          <tbody>
            {active.map((item) => (
              <tr key={item.id}>
                <td>{KIND_NAMES[item.kind]}</td>
                <td>
                  <span className="oc-local__name">{itemName(model, item)}</span>
                  {itemLine(item) && <span className="oc-local__why">{itemLine(item)}</span>}
                  {editing === item.id && (
                    <EditItemForm
                      partnershipId={partnershipId}
                      item={item}
                      onCancel={() => setEditing(null)}
                      onDone={() => {
                        setEditing(null);
                        onChanged();
                      }}
                    />
                  )}
                </td>
                <td className="oc-local__when">
                  {item.updatedBy.displayName}
                  <br />
                  <time dateTime={item.updatedAt}>{formatDateTime(item.updatedAt)}</time>
                </td>
                {canEdit && (
                  <td className="oc-local__actions">
                    {editing !== item.id && (
                      <button type="button" className="button button--secondary" aria-label={`Edit ${itemName(model, item)}`} onClick={() => setEditing(item.id)}>
                        Edit
                      </button>
                    )}
                    <ConfirmButton
                      label="Retire"
                      ariaLabel={`Retire ${itemName(model, item)}`}
                      question={item.kind === "link" || item.kind === "source" ? `Retire this ${item.kind}?` : "Retire this and its local links?"}
                      confirmLabel="Yes, retire"
                      onConfirm={async () => {
                        setRetireError(null);
                        try {
                          const r = await api.retireOutcomeExtension(partnershipId, COLLECTION[item.kind], item.id);
                          announce(`Retired ${itemName(model, item)}${r.alsoRetired.length ? ` and ${r.alsoRetired.length} link${r.alsoRetired.length === 1 ? "" : "s"}` : ""}`);
                          onChanged();
                        } catch (err) {
                          setRetireError(errorMessage(err));
                        }
                      }}
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {canEdit && (
        <div className="oc-local__forms">
          <details className="details">
            <summary className="details__summary">Add a local term</summary>
            <div className="details__body">
              <AddTermForm partnershipId={partnershipId} model={model} onDone={onChanged} />
            </div>
          </details>
          <details className="details">
            <summary className="details__summary">Add a local outcome</summary>
            <div className="details__body">
              <AddOutcomeForm partnershipId={partnershipId} onDone={onChanged} />
            </div>
          </details>
          <details className="details">
            <summary className="details__summary">Add a local indicator</summary>
            <div className="details__body">
              <AddIndicatorForm partnershipId={partnershipId} model={model} onDone={onChanged} />
            </div>
          </details>
          <details className="details">
            <summary className="details__summary">Add a local source</summary>
            <div className="details__body">
              <AddSourceForm partnershipId={partnershipId} onDone={onChanged} />
            </div>
          </details>
          <details className="details">
            <summary className="details__summary">Link a local item to the shared model</summary>
            <div className="details__body">
              <AddLinkForm partnershipId={partnershipId} model={model} locals={data.items} onDone={onChanged} />
            </div>
          </details>
        </div>
      )}

      {retired.length > 0 && (
        <details className="details">
          <summary className="details__summary">Retired ({retired.length})</summary>
          <ul className="details__body oc-plainlist">
            {retired.map((i) => (
              <li key={i.id}>
                {KIND_NAMES[i.kind]}: {itemName(model, i)} — retired by {i.retiredBy?.displayName} on {formatDateTime(i.retiredAt!)}
              </li>
            ))}
          </ul>
        </details>
      )}

      <h3 className="oc-local__subtitle">Recent changes</h3>
      {data.changes.length === 0 ? (
        <p className="oc-detail__muted">No changes yet.</p>
      ) : (
        <ol className="oc-changes" aria-label="Recent changes to local terms, newest first">
          {data.changes.slice(0, 20).map((c) => (
            <li key={c.seq}>
              <strong>{c.actor.displayName}</strong> {ACTIONS[c.action]} {KIND_NAMES[c.itemKind]} “{c.label}”
              {c.fields.length > 0 ? ` (${c.fields.join(", ")})` : ""} · <time dateTime={c.at}>{formatDateTime(c.at)}</time>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
