import type { Doc, Struct } from "./pdfLayout.ts";

/** The pdfkit internals a tagged link needs (pdfkit 0.17 tags text, not annotations). */
interface DocInternals {
  annotate(x: number, y: number, w: number, h: number, options: Record<string, unknown>): Doc;
  page: { annotations: unknown[] };
  createStructParentTreeNextKey(): number;
  getStructTreeRoot(): { data: { ParentTree: { add(key: number, value: unknown): void } } };
}
interface StructInternals {
  dictionary: { data: { K: unknown[] } };
  _children: unknown[];
  _flushChild(child: unknown): void;
}

/** An object reference (OBJR) kept among a Link element's children until it is written. */
class ObjectRef {
  constructor(readonly annotation: unknown) {}
}

/**
 * Draw `draw` (text with `link` options) inside a `Link` structure element
 * under `parent`, and tie each link annotation it makes to that element, as
 * PDF/UA asks (ISO 14289-1 7.18.5): the annotation gets a `StructParent`
 * entry mapping to the Link element in the parent tree, and the element gets
 * an OBJR child pointing at the annotation, beside the marked text.
 */
export function taggedLink(doc: Doc, parent: Struct, draw: () => void): void {
  const link = doc.struct("Link");
  parent.add(link);
  const internals = doc as unknown as DocInternals;
  const el = link as unknown as StructInternals;
  const flushChild = el._flushChild.bind(el);
  el._flushChild = (child) => {
    if (child instanceof ObjectRef) el.dictionary.data.K.push({ Type: "OBJR", Obj: child.annotation });
    else flushChild(child);
  };
  const annotate = internals.annotate;
  const made: unknown[] = [];
  internals.annotate = function (this: DocInternals, x, y, w, h, options) {
    const key = internals.createStructParentTreeNextKey();
    internals.getStructTreeRoot().data.ParentTree.add(key, (link as unknown as { dictionary: unknown }).dictionary);
    const result = annotate.call(this, x, y, w, h, { ...options, StructParent: key });
    made.push(internals.page.annotations[internals.page.annotations.length - 1]);
    return result;
  };
  try {
    link.add(draw);
  } finally {
    internals.annotate = annotate;
  }
  for (const a of made) el._children.push(new ObjectRef(a));
  link.end();
}
