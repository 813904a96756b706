import { useState, type FormEvent } from "react";
import type { PartnershipOutcomes, PresentedExtensionItem } from "@jigsaw/shared/domain/outcomesApi";
import { SECTORS, SECTOR_LABELS } from "@jigsaw/shared/domain/sector";
import { indexModel, LOCAL_LINK_KINDS, STRENGTHS, type OutcomesModel } from "@jigsaw/shared/outcomes/index";
import { api, errorMessage } from "../api/index.ts";
import { ConfirmButton } from "../components/ConfirmButton.tsx";
import { SelectField } from "../components/SelectField.tsx";
import { TextAreaField } from "../components/TextAreaField.tsx";
import { TextField } from "../components/TextField.tsx";
import { useAnnounce } from "../hooks/useAnnounce.tsx";
import { formatDateTime } from "../utils/format.ts";

const KIND_NAMES = { term: "term", outcome: "outcome", link: "link" } as const;
const COLLECTION = { term: "terms", outcome: "outcomes", link: "links" } as const;
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

/** A small form wrapper: submit, busy state and the API's error message in an alert. */
function useSubmit(run: (form: FormData) => Promise<string>, onDone: () => void) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const announce = useAnnounce();
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    setBusy(true);
    setError(null);
    try {
      const message = await run(new FormData(form));
      form.reset();
      announce(message);
      onDone();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, onSubmit };
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
  const { error, busy, onSubmit } = useSubmit(async (f) => {
    const label = String(f.get("term-label") ?? "");
    await api.createOutcomeExtension(partnershipId, "terms", {
      label,
      plainEnglish: String(f.get("term-plain") ?? ""),
      definition: String(f.get("term-definition") ?? ""),
      sector: String(f.get("term-sector")) as never,
      framework: String(f.get("term-framework")),
      aliases: splitList(String(f.get("term-aliases") ?? "")),
    });
    return `Added local term ${label}`;
  }, onDone);
  return (
    <form className="oc-form" onSubmit={onSubmit} noValidate>
      <FormError error={error} />
      <TextField name="term-label" label="Name" hint="As your local strategy writes it, e.g. Thriving Riverside" required maxLength={200} />
      <TextAreaField name="term-plain" label="What it means in plain English" rows={2} maxLength={1000} />
      <TextAreaField name="term-definition" label="Definition (optional)" rows={2} maxLength={2000} />
      <div className="oc-form__row">
        <SelectField name="term-sector" label="Whose language" options={[{ value: "cross", label: "Shared across sectors" }, ...SECTORS.map((s) => ({ value: s, label: SECTOR_LABELS[s] }))]} />
        <SelectField
          name="term-framework"
          label="Framework"
          options={model.frameworks.filter((f) => f.kind !== "glossary").map((f) => ({ value: f.id, label: f.id === "FW-LOCAL" ? "Local (your own)" : f.shortName }))}
          defaultValue="FW-LOCAL"
        />
      </div>
      <TextField name="term-aliases" label="Other names (optional)" hint="Separate with commas" />
      <button type="submit" className="button" disabled={busy}>
        Add term
      </button>
    </form>
  );
}

function AddOutcomeForm({ partnershipId, onDone }: { partnershipId: string; onDone: () => void }) {
  const { error, busy, onSubmit } = useSubmit(async (f) => {
    const label = String(f.get("outcome-label") ?? "");
    const readings: Record<string, string> = {};
    for (const s of ["council", "nhs", "voluntary", "community"] as const) {
      const v = String(f.get(`outcome-reading-${s}`) ?? "").trim();
      if (v) readings[s] = v;
    }
    await api.createOutcomeExtension(partnershipId, "outcomes", { label, plainEnglish: String(f.get("outcome-plain") ?? ""), readings });
    return `Added local outcome ${label}`;
  }, onDone);
  return (
    <form className="oc-form" onSubmit={onSubmit} noValidate>
      <FormError error={error} />
      <TextField name="outcome-label" label="Outcome" hint="A result for people, e.g. Riverside residents feel well" required maxLength={200} />
      <TextAreaField name="outcome-plain" label="In plain English" rows={2} maxLength={1000} />
      <p className="field__hint">How each sector would say it (optional):</p>
      <div className="oc-form__grid">
        {(["council", "nhs", "voluntary", "community"] as const).map((s) => (
          <TextField key={s} name={`outcome-reading-${s}`} label={s === "voluntary" ? "Voluntary sector" : SECTOR_LABELS[s]} maxLength={500} />
        ))}
      </div>
      <button type="submit" className="button" disabled={busy}>
        Add outcome
      </button>
    </form>
  );
}

function AddLinkForm({ partnershipId, model, locals, onDone }: { partnershipId: string; model: OutcomesModel; locals: PresentedExtensionItem[]; onDone: () => void }) {
  const { error, busy, onSubmit } = useSubmit(async (f) => {
    const from = String(f.get("link-from") ?? "");
    const to = String(f.get("link-to") ?? "");
    await api.createOutcomeExtension(partnershipId, "links", {
      from,
      to,
      kind: String(f.get("link-kind")) as never,
      strength: String(f.get("link-strength")) as never,
      rationale: String(f.get("link-rationale") ?? ""),
    });
    return `Linked ${nameOf(model, from)} to ${nameOf(model, to)}`;
  }, onDone);
  const from = locals.filter((i) => i.kind !== "link" && i.status === "active");
  if (from.length === 0) return <p className="oc-detail__muted">Add a local term or outcome first, then link it to the shared model.</p>;
  const fwName = new Map(model.frameworks.map((f) => [f.id, f.shortName]));
  return (
    <form className="oc-form" onSubmit={onSubmit} noValidate>
      <FormError error={error} />
      <SelectField name="link-from" label="Local item" options={from.map((i) => ({ value: i.id, label: itemName(model, i) }))} />
      <SelectField name="link-kind" label="How it relates" options={LOCAL_LINK_KINDS.map((k) => ({ value: k, label: LINK_KIND_LABELS[k] }))} defaultValue="serves" />
      <div className="field">
        <label className="field__label" htmlFor="field-link-to">
          Links to
        </label>
        <select id="field-link-to" name="link-to" className="input select">
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
      <SelectField name="link-strength" label="Strength" options={STRENGTHS.map((s) => ({ value: s, label: s[0]!.toUpperCase() + s.slice(1) }))} defaultValue="moderate" />
      <TextAreaField name="link-rationale" label="Why they are linked" hint="Partners will see this next to the link" rows={2} required maxLength={1000} />
      <button type="submit" className="button" disabled={busy}>
        Add link
      </button>
    </form>
  );
}

function EditItemForm({ partnershipId, item, onDone, onCancel }: { partnershipId: string; item: PresentedExtensionItem; onDone: () => void; onCancel: () => void }) {
  const p = `edit-${item.id.replace(/[^a-z0-9-]/g, "-")}`;
  const { error, busy, onSubmit } = useSubmit(async (f) => {
    if (item.kind === "link") {
      await api.updateOutcomeExtension(partnershipId, "links", item.id, {
        rationale: String(f.get(`${p}-rationale`) ?? ""),
        strength: String(f.get(`${p}-strength`)) as never,
      });
    } else {
      const body = { label: String(f.get(`${p}-label`) ?? ""), plainEnglish: String(f.get(`${p}-plain`) ?? "") };
      if (item.kind === "term") await api.updateOutcomeExtension(partnershipId, "terms", item.id, body);
      else await api.updateOutcomeExtension(partnershipId, "outcomes", item.id, body);
    }
    return "Saved";
  }, onDone);
  return (
    <form className="oc-form oc-form--inline" onSubmit={onSubmit} noValidate>
      <FormError error={error} />
      {item.kind === "link" ? (
        <>
          <SelectField name={`${p}-strength`} label="Strength" options={STRENGTHS.map((s) => ({ value: s, label: s }))} defaultValue={item.value.strength} />
          <TextAreaField name={`${p}-rationale`} label="Why they are linked" rows={2} defaultValue={item.value.rationale} maxLength={1000} />
        </>
      ) : (
        <>
          <TextField name={`${p}-label`} label="Name" defaultValue={item.value.label} maxLength={200} />
          <TextAreaField name={`${p}-plain`} label="In plain English" rows={2} defaultValue={item.value.plainEnglish} maxLength={1000} />
        </>
      )}
      <div className="button-row">
        <button type="submit" className="button" disabled={busy}>
          Save
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
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
        Your partnership's own words (e.g. a local strategy's priorities), linked to the shared model with a reason. They show in the table marked{" "}
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
                  {item.kind === "link" && <span className="oc-local__why">{item.value.rationale}</span>}
                  {item.kind !== "link" && item.value.plainEnglish && <span className="oc-local__why">{item.value.plainEnglish}</span>}
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
                      question={item.kind === "link" ? "Retire this link?" : "Retire this and its local links?"}
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
