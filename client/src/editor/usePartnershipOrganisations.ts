import { useEffect, useState } from "react";
import { api } from "../api/index.ts";

const NONE: readonly string[] = [];

/**
 * The organisations of a partnership's members (once each, as they wrote
 * them), loaded when `enabled` (someone who can edit, once the plan is open);
 * none while loading or if they cannot be read.
 */
export function usePartnershipOrganisations(partnershipId: string, enabled: boolean): readonly string[] {
  const [organisations, setOrganisations] = useState<readonly string[]>(NONE);
  useEffect(() => {
    if (!enabled) return;
    const ctrl = new AbortController();
    api.listMembers(partnershipId, ctrl.signal).then(
      (members) => {
        if (!ctrl.signal.aborted) setOrganisations([...new Set(members.map((m) => m.organisation).filter(Boolean))]);
      },
      () => {},
    );
    return () => ctrl.abort();
  }, [partnershipId, enabled]);
  return organisations;
}
