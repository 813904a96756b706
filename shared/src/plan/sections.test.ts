import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { paragraph, sectionBodyFromParagraphs } from "./bodyBuilders.ts";
import { addAction, readAction } from "./actions.ts";
import { sequentialIds } from "./newId.ts";
import { PlanDocError } from "./planDocError.ts";
import { planRoots } from "./roots.ts";
import {
  addSection,
  moveSection,
  readSection,
  removeSection,
  sectionBody,
  sectionIds,
  sectionText,
  setSectionBody,
  setSectionOutcomes,
  setSectionStatus,
  setSectionTitle,
} from "./sections.ts";
import { forkDoc, syncDocs } from "./testUtils.ts";

function docWithSections(n: number): { doc: Y.Doc; ids: string[] } {
  const doc = new Y.Doc();
  const newId = sequentialIds("s");
  const ids = Array.from({ length: n }, (_, i) => addSection(doc, { title: `Section ${i + 1}` }, { newId }));
  return { doc, ids };
}

describe("section accessors", () => {
  it("adds sections with defaults, an empty paragraph body and a position", () => {
    const { doc, ids } = docWithSections(2);
    const id = addSection(doc, { title: "  First  ", outcomes: ["SO-01", "SO-01"], index: 0 }, { newId: () => "s-new" });
    expect(id).toBe("s-new");
    expect(sectionIds(doc)).toEqual(["s-new", ...ids]);
    expect(readSection(doc, id)).toEqual({
      id,
      title: "First",
      status: "draft",
      outcomes: ["SO-01"],
      body: { type: "doc", content: [{ type: "paragraph" }] },
    });
  });

  it("sets title, status, outcomes and body", () => {
    const { doc, ids } = docWithSections(1);
    const id = ids[0];
    setSectionTitle(doc, id, "Good work and skills");
    setSectionStatus(doc, id, "in_review");
    setSectionOutcomes(doc, id, ["SO-01", "SO-03"]);
    setSectionOutcomes(doc, id, ["SO-03", "SO-14"]);
    setSectionBody(doc, id, sectionBodyFromParagraphs(["Hello", "world"]));
    const s = readSection(doc, id);
    expect(s?.title).toBe("Good work and skills");
    expect(s?.status).toBe("in_review");
    expect(s?.outcomes).toEqual(["SO-03", "SO-14"]);
    expect(sectionText(doc, id)).toBe("Hello\nworld");
    expect(sectionBody(doc, id)).toBeInstanceOf(Y.XmlFragment);
  });

  it("rejects invalid input and unknown ids with PlanDocError", () => {
    const { doc, ids } = docWithSections(1);
    expect(() => setSectionTitle(doc, ids[0], "   ")).toThrow(PlanDocError);
    expect(() => setSectionTitle(doc, ids[0], "x".repeat(201))).toThrow(/title/);
    expect(() => setSectionStatus(doc, ids[0], "done" as never)).toThrow(PlanDocError);
    try {
      setSectionTitle(doc, "nope", "Title");
      expect.unreachable();
    } catch (e) {
      expect((e as PlanDocError).code).toBe("not_found");
    }
    expect(sectionText(doc, "nope")).toBe("");
    expect(sectionBody(doc, "nope")).toBeNull();
    expect(readSection(doc, "nope")).toBeNull();
  });

  it("moves sections (clamped) and removes them with their order entries", () => {
    const { doc, ids } = docWithSections(4);
    const [a, b, c, d] = ids;
    moveSection(doc, d, 0);
    expect(sectionIds(doc)).toEqual([d, a, b, c]);
    moveSection(doc, d, 99);
    expect(sectionIds(doc)).toEqual([a, b, c, d]);
    moveSection(doc, a, 2);
    expect(sectionIds(doc)).toEqual([b, c, a, d]);
    expect(planRoots(doc).sectionOrder.toArray()).toEqual([b, c, a, d]);
    removeSection(doc, c);
    expect(sectionIds(doc)).toEqual([b, a, d]);
    expect(planRoots(doc).sectionOrder.toArray()).toEqual([b, a, d]);
  });

  it("clears sectionId on actions when their section is removed", () => {
    const { doc, ids } = docWithSections(1);
    const actionId = addAction(doc, { title: "Do it", sectionId: ids[0] });
    removeSection(doc, ids[0]);
    expect(readAction(doc, actionId)?.sectionId).toBeNull();
  });

  it("dedupes a section moved concurrently by two clients (first occurrence wins)", () => {
    const { doc: a, ids } = docWithSections(3);
    const b = forkDoc(a);
    const [x, y, z] = ids;
    moveSection(a, z, 0); // z x y
    moveSection(b, z, 1); // x z y
    syncDocs(a, b);
    const physical = planRoots(a).sectionOrder.toArray();
    expect(physical.filter((v) => v === z)).toHaveLength(2);
    expect(sectionIds(a)).toEqual(sectionIds(b));
    expect(sectionIds(a)).toHaveLength(3);
    expect(new Set(sectionIds(a))).toEqual(new Set([x, y, z]));
    // A later move cleans up the duplicate.
    moveSection(a, z, 2);
    expect(planRoots(a).sectionOrder.toArray()).toEqual([x, y, z]);
  });

  it("ignores order ids without a section (concurrent move and remove)", () => {
    const { doc: a, ids } = docWithSections(3);
    const b = forkDoc(a);
    moveSection(a, ids[0], 2);
    removeSection(b, ids[0]);
    syncDocs(a, b);
    expect(sectionIds(a)).toEqual([ids[1], ids[2]]);
    expect(sectionIds(b)).toEqual([ids[1], ids[2]]);
  });

  it("keeps both sections added concurrently, and concurrent body edits merge", () => {
    const { doc: a, ids } = docWithSections(1);
    setSectionBody(a, ids[0], { type: "doc", content: [paragraph("Hello")] });
    const b = forkDoc(a);
    addSection(a, { title: "From A" }, { newId: () => "from-a" });
    addSection(b, { title: "From B" }, { newId: () => "from-b" });
    const textA = (sectionBody(a, ids[0])!.get(0) as Y.XmlElement).get(0) as Y.XmlText;
    const textB = (sectionBody(b, ids[0])!.get(0) as Y.XmlElement).get(0) as Y.XmlText;
    textA.insert(5, " there");
    textB.insert(0, "Oh, ");
    syncDocs(a, b);
    expect(sectionIds(a)).toEqual(sectionIds(b));
    expect(sectionIds(a)).toHaveLength(3);
    expect(sectionText(a, ids[0])).toBe("Oh, Hello there");
    expect(sectionText(b, ids[0])).toBe(sectionText(a, ids[0]));
  });
});
