import { useState } from "react";
import { api, errorMessage, type PlanWithPolicies } from "../api/index.ts";
import { useAnnounce } from "../hooks/useAnnounce.tsx";

/** Props for archiving or unarchiving a plan. */
export interface ArchivePlanButtonProps {
  planId: string;
  title: string;
  archived: boolean;
  onChanged: (updated: PlanWithPolicies) => void;
}

/** Archive or unarchive a plan (show only when the plan's `archive` policy allows it). */
export function ArchivePlanButton({ planId, title, archived, onChanged }: ArchivePlanButtonProps) {
  const [busy, setBusy] = useState(false);
  const announce = useAnnounce();
  async function toggle() {
    setBusy(true);
    try {
      const updated = await api.updatePlan(planId, { archived: !archived });
      announce(updated.data.archived ? `"${title}" archived` : `"${title}" restored from the archive`);
      onChanged(updated);
    } catch (e) {
      announce(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <button type="button" className="button button--secondary" disabled={busy} onClick={() => void toggle()} aria-label={`${archived ? "Unarchive" : "Archive"} ${title}`}>
      {archived ? "Unarchive" : "Archive"}
    </button>
  );
}
