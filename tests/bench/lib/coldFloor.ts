/**
 * Yjs floor of a cold load, run in its own (pinned, prioritised) process so
 * that it is as cold as the server's first load and not distorted by the
 * orchestrator: read the stored snapshot, apply it into a doc, encode the full
 * state (the first time, in a fresh process), then the same warm (median of 3).
 * Usage: `node --import tsx coldFloor.ts <sqlite file> <planId>`; prints JSON.
 */
import * as Y from "yjs";
import { openDatabase } from "@jigsaw/server/src/storage/embedded/database.ts";
import { median, round } from "./common.ts";

/** Timings of one floor measurement (ms). */
export interface FloorResult {
  readMs: number;
  applyMs: number;
  encodeMs: number;
  totalMs: number;
  warmApplyMs: number;
  warmEncodeMs: number;
  snapshotBytes: number;
  snapshotV2Bytes: number;
  /** Characters in the typing trace's section (0 when the plan has none). */
  traceTextLength: number;
}

function measure(file: string, planId: string): FloorResult {
  const db = openDatabase(file);
  try {
    const t0 = performance.now();
    const row = db.prepare<[string], { snapshot: Buffer }>("SELECT snapshot FROM doc_snapshots WHERE doc_id = ?").get(planId)!;
    const snapshot = new Uint8Array(row.snapshot);
    const t1 = performance.now();
    const doc = new Y.Doc();
    Y.applyUpdate(doc, snapshot);
    const t2 = performance.now();
    Y.encodeStateAsUpdate(doc);
    const t3 = performance.now();
    const warmApply: number[] = [];
    const warmEncode: number[] = [];
    for (let i = 0; i < 3; i++) {
      const a = performance.now();
      const d = new Y.Doc();
      Y.applyUpdate(d, snapshot);
      const b = performance.now();
      Y.encodeStateAsUpdate(d);
      warmApply.push(b - a);
      warmEncode.push(performance.now() - b);
      d.destroy();
    }
    let traceTextLength = 0;
    const trace = doc.getMap("sections").get("bench-trace");
    if (trace instanceof Y.Map) {
      const body = trace.get("body");
      if (body instanceof Y.XmlFragment) {
        const p = body.get(0);
        const t = p instanceof Y.XmlElement ? p.get(0) : null;
        if (t instanceof Y.XmlText) traceTextLength = t.length;
      }
    }
    return {
      readMs: round(t1 - t0),
      applyMs: round(t2 - t1),
      encodeMs: round(t3 - t2),
      totalMs: round(t3 - t0),
      warmApplyMs: round(median(warmApply)),
      warmEncodeMs: round(median(warmEncode)),
      snapshotBytes: snapshot.length,
      snapshotV2Bytes: Y.encodeStateAsUpdateV2(doc).length,
      traceTextLength,
    };
  } finally {
    db.close();
  }
}

const [file, planId] = process.argv.slice(2);
if (!file || !planId) throw new Error("usage: coldFloor.ts <sqlite file> <planId>");
process.stdout.write(JSON.stringify(measure(file, planId)) + "\n");
