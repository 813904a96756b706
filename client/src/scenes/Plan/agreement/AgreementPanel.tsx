import { useState, type FormEvent } from "react";
import type { AgreementOverview, PresentedAgreement } from "@jigsaw/shared/agreement/presented";
import { AGREEMENT_CLOSING_RULE, AGREEMENT_RESPONSE_HINTS, AGREEMENT_RESPONSE_LABELS, type AgreementResponseKind } from "@jigsaw/shared/agreement/schema";
import type { OrganisationStanding } from "@jigsaw/shared/agreement/stateMachine";
import { errorMessage } from "../../../api/index.ts";
import { isApiError } from "../../../api/ApiError.ts";
import { ConfirmButton } from "../../../components/ConfirmButton.tsx";
import { RadioGroup } from "../../../components/RadioGroup.tsx";
import { ErrorState, LoadingState } from "../../../components/StatusViews.tsx";
import { TextAreaField } from "../../../components/TextAreaField.tsx";
import { useResource } from "../../../hooks/useResource.ts";
import { formatDate, formatDateTime } from "../../../utils/format.ts";
import { TextDiff } from "../history/DiffView.tsx";
import * as agreementApi from "./agreementApi.ts";
import { usePlanEvents } from "./usePlanEvents.ts";
import "./agreement.css";

const STATE_LABEL: Record<OrganisationStanding["state"], string> = {
  waiting: "Waiting for a response",
  consented: "Consented",
  objected: "Objects",
  stood_aside: "Stands aside",
  no_response: "No response by the deadline",
};

const isoDate = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Props for the agreement panel. */
export interface AgreementPanelProps {
  planId: string;
  archived: boolean;
}

/**
 * Agreement (sign-off): propose a section, sections or the whole plan to
 * named partner organisations with a deadline; each organisation's
 * representative responds; everyone sees live who has responded; the
 * facilitator closes with an outcome statement (refused without agreement)
 * or withdraws. Agreed sections edited since show what changed.
 */
export function AgreementPanel({ planId, archived }: AgreementPanelProps) {
  const overview = useResource((signal) => agreementApi.getAgreements(planId, signal), [planId]);
  usePlanEvents(planId, ["agreement.updated"], overview.reload);

  if (overview.status === "loading") return <LoadingState label="Loading agreement rounds…" />;
  if (overview.status === "error") return <ErrorState error={overview.error} onRetry={overview.reload} />;
  const data = overview.data;
  const open = data.rounds.filter((r) => r.status === "open");
  const closed = data.rounds.filter((r) => r.status !== "open");
  const changed = data.sections.filter((s) => s.changed);
  const itemsChanged = data.planItems?.changed ? data.planItems : null;
  return (
    <section className="plan-panel agreement-panel" aria-labelledby="agreement-heading">
      <h2 id="agreement-heading">Agreement</h2>
      {changed.length > 0 && (
        <div className="notice notice--warning" role="status">
          <h3 className="notice__title">Changed since agreement</h3>
          <p>These agreed sections have been edited and need to be agreed again.</p>
          <ul>
            {changed.map((s) => (
              <li key={s.sectionId} data-changed-section={s.sectionId}>
                <strong>{s.title}</strong> {s.removed ? "(deleted)" : ""} — agreed {formatDateTime(s.agreedAt)}
                {s.titleChange && (
                  <p>
                    Title: <del>{s.titleChange.from}</del> → <ins>{s.titleChange.to}</ins>
                  </p>
                )}
                <TextDiff changes={s.diff} />
                {s.changes.length > 0 && (
                  <ul className="agreement-changes">
                    {s.changes.map((c) => (
                      <li key={c}>{c}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {itemsChanged && (
        <div className="notice notice--warning" role="status" data-plan-items-changed>
          <h3 className="notice__title">Indicators, risks or actions changed since agreement</h3>
          <p>Agreed {formatDateTime(itemsChanged.agreedAt)}; these need to be agreed again:</p>
          <ul className="agreement-changes">
            {itemsChanged.changes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      )}
      <details className="agreement-rules">
        <summary>How agreement works</summary>
        <p>{AGREEMENT_CLOSING_RULE}</p>
        <p>
          Only editors and facilitators sign for their organisation; commenters and viewers can comment but not sign. A member's organisation is set by a facilitator, and each
          response keeps the organisation, role and text it was given on. &ldquo;Agreed&rdquo; and &ldquo;Changed since agreement&rdquo; come only from closed rounds.
        </p>
      </details>
      {open.map((r) => (
        <RoundCard key={r.id} planId={planId} round={r} onChanged={overview.reload} />
      ))}
      {data.canPropose && !archived && <ProposeForm planId={planId} overview={data} onProposed={overview.reload} />}
      {closed.length > 0 && (
        <>
          <h3>Past rounds</h3>
          {closed.map((r) => (
            <RoundCard key={r.id} planId={planId} round={r} onChanged={overview.reload} />
          ))}
        </>
      )}
      {data.rounds.length === 0 && !data.canPropose && <p>No agreement rounds yet. A facilitator proposes the plan or its sections for agreement.</p>}
    </section>
  );
}

function ProposeForm({ planId, overview, onProposed }: { planId: string; overview: AgreementOverview; onProposed: () => void }) {
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

function RoundCard({ planId, round, onChanged }: { planId: string; round: PresentedAgreement; onChanged: () => void }) {
  const statusText = round.status === "open" ? (round.overdue ? "Open (deadline passed)" : "Open") : round.status === "agreed" ? "Agreed" : "Withdrawn";
  return (
    <article className="card agreement-round" data-round={round.id} data-status={round.status} aria-labelledby={`round-${round.id}`}>
      <h3 id={`round-${round.id}`}>
        {round.title} <span className={`tag tag--round-${round.status}`}>{statusText}</span>
      </h3>
      <p className="card__meta">
        {round.scope.kind === "plan" ? "Whole plan" : `${round.scope.sectionIds.length} section${round.scope.sectionIds.length === 1 ? "" : "s"}`} · proposed by{" "}
        {round.proposedBy.displayName} ({round.proposedBy.organisation}) · responses by {formatDate(round.deadline)}
      </p>
      <h4>Sign-off by organisation</h4>
      <ul className="org-status" aria-live="polite">
        {round.tally.organisations.map((o) => (
          <li key={o.organisation} data-org={o.organisation} data-state={o.state} className={`org-status__item org-status__item--${o.state}`}>
            <strong>{o.organisation}</strong>: {STATE_LABEL[o.state]}
            {o.response && o.response.kind === "consent_with_comment" ? " (with comment)" : ""}
            {o.response && (
              <span className="card__meta">
                {" "}
                — {o.response.by.displayName} ({o.response.by.role}), {formatDateTime(o.response.at)}
              </span>
            )}
            {o.stale && (
              <span className="tag tag--warning" data-stale>
                {" "}
                Given on an earlier text
              </span>
            )}
            {o.response?.comment && <blockquote className="org-status__comment">{o.response.comment}</blockquote>}
          </li>
        ))}
      </ul>
      <p className="card__meta">
        {round.tally.consented} consented · {round.tally.stoodAside} stood aside · {round.tally.objected} object · {round.tally.waiting} waiting
        {round.tally.noResponse ? ` · ${round.tally.noResponse} no response` : ""}
        {round.closeAfterDeadline ? " · after the deadline, non-responders do not block" : ""}
      </p>
      {round.staleResponses.length > 0 && (
        <div className="notice notice--warning stale-responses" role="status">
          <h4 className="notice__title">The text changed after these responses</h4>
          <ul>
            {round.staleResponses.map((s) => (
              <li key={s.organisation} data-stale-org={s.organisation}>
                <strong>{s.organisation}</strong>: {AGREEMENT_RESPONSE_LABELS[s.kind]} by {s.by}, {formatDateTime(s.at)}. Since then: {s.changes.join("; ")}
              </li>
            ))}
          </ul>
          <p>The round cannot close until these organisations respond again on the current text.</p>
          {round.policies.reask && <ReaskButton planId={planId} round={round} onDone={onChanged} />}
        </div>
      )}
      <ResponseTrail round={round} />
      {round.status === "agreed" && (
        <div className="agreement-outcome">
          <h4>Outcome</h4>
          <p>{round.outcome}</p>
          <p className="card__meta">
            Closed {round.closedAt ? formatDateTime(round.closedAt) : ""} by {round.closedBy?.displayName}
            {round.reviewDate ? ` · review by ${formatDate(round.reviewDate)}` : ""}
          </p>
        </div>
      )}
      {round.status === "withdrawn" && <p>Withdrawn{round.withdrawnReason ? `: ${round.withdrawnReason}` : "."}</p>}
      {round.policies.respond && round.policies.respondAs && <RespondForm planId={planId} round={round} org={round.policies.respondAs} onDone={onChanged} />}
      {round.policies.withdraw && <CloseForm planId={planId} round={round} onDone={onChanged} />}
    </article>
  );
}

function ReaskButton({ planId, round, onDone }: { planId: string; round: PresentedAgreement; onDone: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(null);
          try {
            await agreementApi.reaskAgreement(planId, round.id, {});
            onDone();
          } catch (err) {
            setError(errorMessage(err));
          } finally {
            setBusy(false);
          }
        }}
      >
        Ask them again
      </button>
    </>
  );
}

/** Every response given in the round, oldest first, and every re-ask: nothing is overwritten. */
function ResponseTrail({ round }: { round: PresentedAgreement }) {
  const items = [
    ...round.trail.map((r) => ({ at: r.at, key: `r-${r.organisation}-${r.at}`, text: `${r.organisation}: ${AGREEMENT_RESPONSE_LABELS[r.kind]} by ${r.by.displayName} (${r.by.role}, ${r.by.organisation})`, comment: r.comment })),
    ...round.reasks.map((q) => ({ at: q.at, key: `q-${q.at}`, text: `${q.by.displayName} asked ${q.organisations.join(", ")} to respond again: the text had changed`, comment: null })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  if (items.length === 0) return null;
  return (
    <details className="response-trail" open={round.status !== "open"}>
      <summary>Response trail ({round.trail.length})</summary>
      <ol>
        {items.map((i) => (
          <li key={i.key} data-trail-item>
            <span className="card__meta">{formatDateTime(i.at)}</span> {i.text}
            {i.comment && <blockquote className="org-status__comment">{i.comment}</blockquote>}
          </li>
        ))}
      </ol>
    </details>
  );
}

function RespondForm({ planId, round, org, onDone }: { planId: string; round: PresentedAgreement; org: string; onDone: () => void }) {
  const current = round.tally.organisations.find((o) => o.organisation === org)?.response ?? null;
  const [kind, setKind] = useState<AgreementResponseKind>(current?.kind ?? "consent");
  const [comment, setComment] = useState(current?.comment ?? "");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const needsText = kind === "object" || kind === "consent_with_comment";

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (kind === "object" && !comment.trim()) return setError("Give the reason for the objection.");
    if (kind === "consent_with_comment" && !comment.trim()) return setError("Write your comment.");
    setBusy(true);
    try {
      await agreementApi.respondToAgreement(planId, round.id, { kind, ...(comment.trim() ? { comment: comment.trim() } : {}) });
      onDone();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="panel-form respond-form" onSubmit={submit} noValidate>
      <RadioGroup
        name={`response-${round.id}`}
        legend={`Your response for ${org}${current ? " (you can change it until the round closes)" : ""}`}
        value={kind}
        onChange={(v) => setKind(v as AgreementResponseKind)}
        options={(Object.keys(AGREEMENT_RESPONSE_LABELS) as AgreementResponseKind[]).map((k) => ({ value: k, label: AGREEMENT_RESPONSE_LABELS[k] }))}
        inline
      />
      <p className="field__hint">{AGREEMENT_RESPONSE_HINTS[kind]}</p>
      <TextAreaField
        name={`response-comment-${round.id}`}
        label={kind === "object" ? "Reason for objecting (required)" : needsText ? "Comment (required)" : "Comment (optional)"}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        rows={3}
        maxLength={4000}
        {...(error ? { error } : {})}
      />
      <button type="submit" className="button" disabled={busy}>
        Send response
      </button>
    </form>
  );
}

function CloseForm({ planId, round, onDone }: { planId: string; round: PresentedAgreement; onDone: () => void }) {
  const [outcome, setOutcome] = useState("");
  const [reviewDate, setReviewDate] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (!outcome.trim()) return setError("Write the outcome statement.");
    setBusy(true);
    try {
      await agreementApi.closeAgreement(planId, round.id, { outcome: outcome.trim(), reviewDate: reviewDate || null });
      onDone();
    } catch (err) {
      setError(errorMessage(err));
      // the text changed since some responses: refresh so the out-of-date responses and "Ask them again" show
      if (isApiError(err, "stale_responses", "no_quorum")) onDone();
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="panel-form close-form" onSubmit={submit} noValidate>
      <h4>Close this round</h4>
      {!round.tally.quorum && (
        <p className="field__hint">
          Not agreed yet: {round.tally.blockers.join("; ")}. {AGREEMENT_CLOSING_RULE} You can withdraw the round instead.
        </p>
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <TextAreaField name={`outcome-${round.id}`} label="Outcome statement" value={outcome} onChange={(e) => setOutcome(e.target.value)} rows={3} maxLength={8000} />
      <div className="field">
        <label className="field__label" htmlFor={`review-${round.id}`}>
          Review date (optional)
        </label>
        <input id={`review-${round.id}`} className="input input--date" type="date" value={reviewDate} onChange={(e) => setReviewDate(e.target.value)} />
      </div>
      <div className="button-row">
        <button type="submit" className="button" disabled={busy}>
          Close as agreed
        </button>
        <ConfirmButton
          label="Withdraw round"
          question="Withdraw this round? Responses are kept in the record."
          confirmLabel="Yes, withdraw"
          variant="secondary"
          onConfirm={async () => {
            try {
              await agreementApi.withdrawAgreement(planId, round.id, {});
              onDone();
            } catch (err) {
              setError(errorMessage(err));
            }
          }}
        />
      </div>
    </form>
  );
}
