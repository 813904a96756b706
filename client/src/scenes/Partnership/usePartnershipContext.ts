import { useOutletContext } from "react-router";
import type { PresentedPartnership } from "@jigsaw/shared/domain/partnership";
import type { PartnershipPolicies } from "../../api/index.ts";

/** What PartnershipScene hands to its tab panels. */
export interface PartnershipOutletContext {
  partnership: PresentedPartnership;
  policies: PartnershipPolicies;
  /** Reload the partnership and its policies (e.g. after your role changed). */
  reload: () => void;
}

/** The partnership a tab panel is showing. */
export function usePartnershipContext(): PartnershipOutletContext {
  return useOutletContext<PartnershipOutletContext>();
}
