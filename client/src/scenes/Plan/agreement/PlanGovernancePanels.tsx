import type { PlanPolicies } from "../../../api/index.ts";
import { ExportDialog } from "../export/ExportDialog.tsx";
import { HistoryPanel } from "../history/HistoryPanel.tsx";
import { AgreementPanel } from "./AgreementPanel.tsx";

/** Props for the plan's agreement, history and export panels. */
export interface PlanGovernancePanelsProps {
  planId: string;
  archived: boolean;
  policies: PlanPolicies;
}

/** The agreement, history and export panels under the plan editor (mounted by PlanScene). */
export function PlanGovernancePanels({ planId, archived, policies }: PlanGovernancePanelsProps) {
  return (
    <div className="plan-governance">
      {policies.export && (
        <div className="button-row" role="group" aria-label="Export">
          <ExportDialog planId={planId} />
        </div>
      )}
      <AgreementPanel planId={planId} archived={archived} />
      <HistoryPanel planId={planId} canName={policies.nameVersion} canRestore={policies.restoreVersion} />
    </div>
  );
}
