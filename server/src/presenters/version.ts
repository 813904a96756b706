import type { PresentedVersion, SignOffRecord } from "@jigsaw/shared/versions/schema";
import type { VersionRecord, VersionSummaryRecord } from "../domain/version.ts";

/** A version for the API (no content). `names` maps user ids to display names. */
export function presentVersion(v: VersionSummaryRecord | VersionRecord, names: ReadonlyMap<string, string>): PresentedVersion {
  const sizeBytes = "sizeBytes" in v ? v.sizeBytes : v.state.byteLength + Buffer.byteLength(v.snapshot);
  return {
    id: v.id,
    planId: v.planId,
    kind: v.kind,
    name: v.name,
    createdAt: v.createdAt,
    createdBy: v.createdBy ? { userId: v.createdBy, displayName: names.get(v.createdBy) ?? "Former member" } : null,
    contentHash: v.contentHash,
    immutable: v.kind === "agreed",
    agreementId: v.agreementId,
    signOff: v.signOff ? (JSON.parse(v.signOff) as SignOffRecord) : null,
    sizeBytes,
  };
}
