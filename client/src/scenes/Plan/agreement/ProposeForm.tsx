import { useState, type FormEvent } from "react";
import type { AgreementOverview } from "@jigsaw/shared/agreement/presented";
import { errorMessage } from "../../../api/index.ts";
import { RadioGroup } from "../../../components/RadioGroup.tsx";
import * as agreementApi from "../../../api/agreements.ts";

const isoDate = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export function ProposeForm({ planId, overview, onProposed }: { planId: string; overview: AgreementOverview; onProposed: () => void }) {
  const [scope, setScope] = useState<"plan" | "sections">("plan");
  const [sections, setSections] = useState<string[]>([]);
  const [orgs, setOrgs] = useState<string[]>([]);
  const [deadline, setDeadline] = useState(isoDate(14));
  const [title, setTitle] = useState("");
  const [closeAfterDeadline, setCloseAfterDeadline] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const toggle = (list: string[], v: string) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (orgs.length === 0) return setError("Choose at least one organisation whose sign-off is needed.");
    if (scope === "sections" && sections.length === 0) return setError("Choose at least one section.");
    setBusy(true);
    try {
      await agreementApi.proposeAgreement(planId, {
        scope: scope === "plan" ? { kind: "plan" } : { kind: "sections", sectionIds: sections },
        requiredOrganisations: orgs,
        deadline,
        closeAfterDeadline,
        ...(title.trim() ? { title: title.trim() } : {}),
      });
      setOrgs([]);
      setSections([]);
      setTitle("");
      onProposed();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="panel-form propose-form" onSubmit={submit} aria-labelledby="propose-heading" noValidate>
      <h3 id="propose-heading">Propose for agreement</h3>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <RadioGroup
        name="agreement-scope"
        legend="What is being agreed"
        value={scope}
        onChange={(v) => setScope(v as "plan" | "sections")}
        options={[
          { value: "plan", label: "The whole plan" },
          { value: "sections", label: "Chosen sections" },
        ]}
        inline
      />
      {scope === "sections" && (
        <fieldset className="fieldset checkbox-list">
          <legend className="field__label">Sections</legend>
          {overview.planSections.map((s) => (
            <label key={s.id} className="checkbox">
              <input type="checkbox" checked={sections.includes(s.id)} onChange={() => setSections((l) => toggle(l, s.id))} /> {s.title}
            </label>
          ))}
        </fieldset>
      )}
      <fieldset className="fieldset checkbox-list">
        <legend className="field__label">Organisations whose sign-off is needed</legend>
        <p className="field__hint">Each needs a member who is an editor or facilitator: they sign for their organisation. Commenters cannot sign.</p>
        {overview.organisations.map((o) => (
          <label key={o} className="checkbox">
            <input type="checkbox" name="organisation" value={o} checked={orgs.includes(o)} onChange={() => setOrgs((l) => toggle(l, o))} /> {o}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label className="field__label" htmlFor="field-agreement-deadline">
          Deadline for responses
        </label>
        <input id="field-agreement-deadline" className="input input--date" type="date" value={deadline} min={isoDate(0)} onChange={(e) => setDeadline(e.target.value)} required />
      </div>
      <label className="checkbox">
        <input type="checkbox" name="closeAfterDeadline" checked={closeAfterDeadline} onChange={(e) => setCloseAfterDeadline(e.target.checked)} /> After the deadline, record
        organisations that have not responded as &ldquo;no response&rdquo; and allow closing without them
      </label>
      <div className="field">
        <label className="field__label" htmlFor="field-agreement-title">
          Title (optional)
        </label>
        <input id="field-agreement-title" className="input" value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <button type="submit" className="button" disabled={busy}>
        Propose for agreement
      </button>
    </form>
  );
}
