/** A partnership. */
export interface PartnershipRecord {
  id: string;
  name: string;
  place: string;
  description: string;
  createdAt: string;
  createdBy: string;
  /** Since when every member must sign in with a second factor (null: optional). Adapters always return it. */
  twoFactorRequiredAt?: string | null;
}
