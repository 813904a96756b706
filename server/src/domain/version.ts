import type { VersionKind } from "@jigsaw/shared/versions/schema";

/** A stored plan version. `state` and `snapshot` never change after creation. */
export interface VersionRecord {
  id: string;
  planId: string;
  kind: VersionKind;
  name: string;
  createdAt: string;
  /** Null for versions the system made (automatic). */
  createdBy: string | null;
  /** `Y.encodeStateAsUpdate` of the plan at that moment. */
  state: Uint8Array;
  /** `readPlan` JSON of the same moment. */
  snapshot: string;
  /** SHA-256 hex of the canonical (key-sorted) snapshot JSON. */
  contentHash: string;
  agreementId: string | null;
  /** JSON of the frozen `SignOffRecord` (agreed versions). */
  signOff: string | null;
}

/** A version without its content (history lists). */
export type VersionSummaryRecord = Omit<VersionRecord, "state" | "snapshot"> & { sizeBytes: number };
