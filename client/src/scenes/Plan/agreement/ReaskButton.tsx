import { useState } from "react";
import type { PresentedAgreement } from "@jigsaw/shared/agreement/presented";
import { errorMessage } from "../../../api/index.ts";
import * as agreementApi from "../../../api/agreements.ts";

export function ReaskButton({ planId, round, onDone }: { planId: string; round: PresentedAgreement; onDone: () => void }) {
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
