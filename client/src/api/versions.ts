import { PlanSnapshotSchema } from "@jigsaw/shared/plan/schema";
import { PlanDiffSchema } from "@jigsaw/shared/versions/diffSchema";
import { PresentedVersionSchema, type PresentedVersion } from "@jigsaw/shared/versions/schema";
import type { PlanDiff } from "@jigsaw/shared/versions/snapshotDiff";
import { z } from "zod";
import { request, send } from "./http.ts";
import { data } from "./types.ts";

const plan = (planId: string) => `/plans/${encodeURIComponent(planId)}`;

/** One version with its content (to read it in the app). */
export async function getVersion(planId: string, versionId: string) {
  const schema = data(z.intersection(PresentedVersionSchema, z.looseObject({ snapshot: PlanSnapshotSchema })));
  return (await request("GET", `${plan(planId)}/versions/${encodeURIComponent(versionId)}`, schema)).data;
}

/** Version history. */
export async function listVersions(planId: string, signal?: AbortSignal): Promise<PresentedVersion[]> {
  return (await request("GET", `${plan(planId)}/versions`, data(z.array(PresentedVersionSchema)), { signal })).data;
}

/** Name the current state. */
export async function nameVersion(planId: string, name: string): Promise<PresentedVersion> {
  return (await request("POST", `${plan(planId)}/versions`, data(PresentedVersionSchema), { body: { name } })).data;
}

/** Diff two versions (`current` = the live draft). */
export async function diffVersions(planId: string, from: string, to: string): Promise<PlanDiff> {
  const q = `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
  return (await request("GET", `${plan(planId)}/versions/diff?${q}`, data(z.looseObject({ diff: PlanDiffSchema })))).data.diff;
}

/** Restore a version as a new change. */
export async function restoreVersion(planId: string, versionId: string): Promise<void> {
  await send("POST", `${plan(planId)}/versions/${encodeURIComponent(versionId)}/restore`, { body: {} });
}
