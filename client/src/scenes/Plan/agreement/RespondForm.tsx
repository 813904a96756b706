import { useState, type FormEvent } from "react";
import type { PresentedAgreement } from "@jigsaw/shared/agreement/presented";
import { AGREEMENT_RESPONSE_HINTS, AGREEMENT_RESPONSE_LABELS, type AgreementResponseKind } from "@jigsaw/shared/agreement/schema";
import { errorMessage } from "../../../api/index.ts";
import { RadioGroup } from "../../../components/RadioGroup.tsx";
import { TextAreaField } from "../../../components/TextAreaField.tsx";
import * as agreementApi from "../../../api/agreements.ts";

export function RespondForm({ planId, round, org, onDone }: { planId: string; round: PresentedAgreement; org: string; onDone: () => void }) {
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
