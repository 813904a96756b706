import { useEffect, useState } from "react";
import type { PlanAgreementStatus } from "@jigsaw/shared/agreement/planStatus";
import { api } from "../../../api/index.ts";
import { PlanStatusTag } from "../../../components/PlanStatusTag.tsx";
import { usePlanEvents } from "../agreement/usePlanEvents.ts";

/**
 * The plan's agreement status at the top of the plan page, kept current:
 * refetched when a round changes or agreed text drifts (`agreement.updated`).
 */
export function PlanHeaderStatus({ planId, initial }: { planId: string; initial: PlanAgreementStatus }) {
  const [status, setStatus] = useState(initial);
  useEffect(() => setStatus(initial), [initial]);
  usePlanEvents(planId, ["agreement.updated"], () => {
    api
      .getPlan(planId)
      .then((p) => p.data.agreementStatus && setStatus(p.data.agreementStatus))
      .catch(() => undefined);
  });
  return (
    <p className="plan-header__status" role="status">
      <PlanStatusTag status={status} />
    </p>
  );
}
