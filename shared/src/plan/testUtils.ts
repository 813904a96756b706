import * as Y from "yjs";

/** Test helper: a fresh doc holding `source`'s state (a second "client"). */
export function forkDoc(source: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(source));
  return copy;
}

/** Test helper: exchanges missing updates between two docs in both directions. */
export function syncDocs(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}

/** Test helper: runs `fn` on `doc` and returns the single update it produced. */
export function captureUpdate(doc: Y.Doc, fn: () => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const handler = (u: Uint8Array) => updates.push(u);
  doc.on("update", handler);
  try {
    fn();
  } finally {
    doc.off("update", handler);
  }
  return Y.mergeUpdates(updates);
}
