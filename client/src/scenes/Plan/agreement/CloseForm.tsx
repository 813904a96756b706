import { useState, type FormEvent } from "react";
import type { PresentedAgreement } from "@jigsaw/shared/agreement/presented";
import { AGREEMENT_CLOSING_RULE } from "@jigsaw/shared/agreement/schema";
import { errorMessage } from "../../../api/index.ts";
import { isApiError } from "../../../api/ApiError.ts";
import { ConfirmButton } from "../../../components/ConfirmButton.tsx";
import { TextAreaField } from "../../../components/TextAreaField.tsx";
import * as agreementApi from "../../../api/agreements.ts";

export function CloseForm({ planId, round, onDone }: { planId: string; round: PresentedAgreement; onDone: () => void }) {
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
