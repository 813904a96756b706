import crypto from "node:crypto";
import { stableStringify } from "@jigsaw/shared/outcomes/hash";
import type { PlanSnapshot } from "@jigsaw/shared/plan/index";

/** SHA-256 (hex) of a snapshot's canonical JSON (keys sorted): equal content, equal hash. */
export function snapshotHash(snapshot: PlanSnapshot): string {
  return crypto.createHash("sha256").update(stableStringify(snapshot), "utf8").digest("hex");
}
