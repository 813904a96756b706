import type { VersionRecord, VersionSummaryRecord } from "../../domain/version.ts";

/**
 * Plan versions: append-only. The port has no delete; only the name of a
 * non-agreed version can change, so an agreed version is immutable by construction.
 */
export interface VersionRepository {
  create(version: VersionRecord): Promise<void>;
  findById(id: string): Promise<VersionRecord | null>;
  /** History, newest first (no content). */
  listForPlan(planId: string): Promise<VersionSummaryRecord[]>;
  /** The newest version of a plan (with content), or null. */
  latestForPlan(planId: string): Promise<VersionRecord | null>;
  /** Rename a non-agreed version. Returns false (and changes nothing) for agreed or unknown versions. */
  rename(id: string, name: string): Promise<boolean>;
  /**
   * Erasure, the one change an agreed version allows: replace its sign-off
   * record (JSON) with one where an erased person's name became a "Former
   * member" label (`redactSignOff`). Returns false when there is no such version.
   */
  redactSignOff(id: string, signOff: string): Promise<boolean>;
}
