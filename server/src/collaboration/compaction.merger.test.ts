/** Unit tests of the log merger (worker and inline merge). */
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { LogMerger } from "./compaction.ts";
import { mergeLogInline } from "./mergeLog.ts";

function makeLog(n: number): { base: Uint8Array; updates: Uint8Array[]; expected: Uint8Array } {
  const doc = new Y.Doc();
  doc.getText("t").insert(0, "base");
  const base = Y.encodeStateAsUpdate(doc);
  const updates: Uint8Array[] = [];
  doc.on("update", (u: Uint8Array) => updates.push(u));
  for (let i = 0; i < n; i++) doc.getText("t").insert(i % 7, String(i % 10));
  return { base, updates, expected: Y.encodeStateAsUpdate(doc) };
}

describe("LogMerger", () => {
  it("applies snapshot + log in the worker to the same state as the live doc", async () => {
    const { base, updates, expected } = makeLog(1200);
    const m = new LogMerger();
    try {
      const r = await m.merge(base, updates);
      expect(r.skipped).toEqual([]);
      expect(Buffer.from(r.state).equals(Buffer.from(expected))).toBe(true);
    } finally {
      await m.close();
    }
  });

  it("skips poisoned log entries instead of failing the load", () => {
    const { base, updates } = makeLog(3);
    const r = mergeLogInline(base, [updates[0]!, new Uint8Array([255, 255, 255]), updates[1]!, updates[2]!]);
    expect(r.skipped).toEqual([1]);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, r.state);
    expect(doc.getText("t").toString()).toHaveLength(7);
  });
});
