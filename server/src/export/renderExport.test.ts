import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { stableStringify } from "@jigsaw/shared/outcomes/hash";
import { addSection, createPlanDoc, readPlan } from "@jigsaw/shared/plan/index";
import { snapshotHash } from "../domain/snapshotHash.ts";
import { resolveExportInput, type DeferredExportInput } from "./renderExport.ts";

function deferred(content: DeferredExportInput["content"], contentHash: string | null): DeferredExportInput {
  return {
    generatedAt: "2026-11-28T09:00:00.000Z",
    partnership: { name: "Riverside", place: "Riverside" },
    plan: { id: "plan-1", title: "Joint plan", template: "place_plan" },
    version: { id: null, kind: "draft", name: "Current draft", createdAt: "2026-11-28T09:00:00.000Z", contentHash },
    content,
    signOff: null,
    lens: "all",
    comments: null,
  };
}

describe("resolveExportInput (runs in the export worker)", () => {
  const doc = createPlanDoc("place_plan", { title: "Joint plan", place: "Riverside", now: new Date(0) });
  const snapshot = readPlan(doc);

  it("reads a draft's stored snapshot into the plan snapshot and hashes it like a stored version", () => {
    const input = resolveExportInput(deferred({ kind: "stored", snapshot: Y.encodeStateAsUpdate(doc), updates: [] }, null));
    expect(input.snapshot).toEqual(snapshot);
    expect(input.version.contentHash).toBe(snapshotHash(snapshot));
    expect("content" in input).toBe(false);
  });

  it("replays a draft's stored snapshot and update log", () => {
    const edited = new Y.Doc();
    Y.applyUpdate(edited, Y.encodeStateAsUpdate(doc));
    const updates: Uint8Array[] = [];
    edited.on("update", (u: Uint8Array) => updates.push(u));
    addSection(edited, { title: "Written after the snapshot" });
    const input = resolveExportInput(deferred({ kind: "stored", snapshot: Y.encodeStateAsUpdate(doc), updates }, null));
    expect(updates.length).toBeGreaterThan(0);
    expect(input.snapshot).toEqual(readPlan(edited));
    expect(input.snapshot.sections.map((s) => s.title)).toContain("Written after the snapshot");
  });

  it("parses a stored version's snapshot and keeps its stored hash", () => {
    const input = resolveExportInput(deferred({ kind: "snapshotJson", json: stableStringify(snapshot) }, "stored-hash"));
    expect(input.snapshot).toEqual(snapshot);
    expect(input.version.contentHash).toBe("stored-hash");
  });

  it("passes a ready input through unchanged", () => {
    const ready = { ...deferred({ kind: "snapshotJson", json: "{}" }, "h"), snapshot, version: { id: null, kind: "draft" as const, name: "x", createdAt: "t", contentHash: "h" } };
    const { content: _content, ...plain } = ready;
    expect(resolveExportInput(plain)).toBe(plain);
  });
});
