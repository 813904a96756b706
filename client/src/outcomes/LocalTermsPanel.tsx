import { useState } from "react";
import type { PartnershipOutcomes } from "@jigsaw/shared/domain/outcomesApi";
import { api, errorMessage } from "../api/index.ts";
import { ConfirmButton } from "../components/ConfirmButton.tsx";
import { useAnnounce } from "../hooks/useAnnounce.tsx";
import { AddLinkForm } from "./AddLinkForm.tsx";
import { EditItemForm } from "./EditItemForm.tsx";
import { AddIndicatorForm, AddSourceForm } from "./LocalIndicatorForms.tsx";
import { itemLine, itemName } from "./localItemNames.ts";
import { AddOutcomeForm, AddTermForm } from "./LocalTermForms.tsx";
import { formatDateTime } from "../utils/format.ts";

const KIND_NAMES = { term: "term", outcome: "outcome", link: "link", indicator: "indicator", source: "source" } as const;
const COLLECTION = { term: "terms", outcome: "outcomes", link: "links", indicator: "indicators", source: "sources" } as const;
const ACTIONS = { create: "added", update: "changed", retire: "retired" } as const;

function FormError({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <div className="notice notice--error" role="alert">
      <p>{error}</p>
    </div>
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
