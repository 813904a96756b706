/**
 * Plan body compatibility with the editor: what `jsonToBody` (shared) writes must
 * render in Tiptap 3 via @tiptap/y-tiptap exactly as ProseMirror parses the same
 * JSON, and what y-tiptap writes must read back through `bodyToJSON`. Lives in the
 * client because shared/ may not import @tiptap/*.
 */
import { getSchema } from "@tiptap/core";
import { TableKit } from "@tiptap/extension-table";
import StarterKit from "@tiptap/starter-kit";
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  bodyToJSON,
  createPlanDoc,
  heading,
  jsonToBody,
  paragraph,
  readPlan,
  sequentialIds,
  text,
  type PmDoc,
} from "@jigsaw/shared/plan/index";

// StarterKit 3.31.3 carries its own nested @tiptap/core while the root copy is newer,
// so their TS types differ; the runtime schema is the same.
const schema = getSchema([StarterKit, TableKit] as unknown as Parameters<typeof getSchema>[0]);

const body: PmDoc = {
  type: "doc",
  content: [
    heading(2, "Starting well"),
    paragraph([
      text("Every child "),
      text("ready", [{ type: "bold" }]),
      text(" for school — see "),
      text("the JSNA", [{ type: "link", attrs: { href: "https://example.org/jsna" } }]),
      { type: "hardBreak" },
      text("next line", [{ type: "strike" }, { type: "italic" }]),
      text(" and code", [{ type: "code" }]),
    ]),
    {
      type: "bulletList",
      content: [{ type: "listItem", content: [paragraph("Family hubs"), { type: "orderedList", attrs: { start: 1 }, content: [{ type: "listItem", content: [paragraph("nested")] }] }] }],
    },
    { type: "codeBlock", content: [text("a\nb\n")] },
    { type: "blockquote", content: [paragraph("quote")] },
    { type: "horizontalRule" },
    {
      type: "table",
      content: [
        { type: "tableRow", content: [{ type: "tableHeader", content: [paragraph("Indicator")] }, { type: "tableHeader", content: [paragraph("Target")] }] },
        { type: "tableRow", content: [{ type: "tableCell", content: [paragraph("HLE")] }, { type: "tableCell", attrs: { colspan: 1, rowspan: 1, colwidth: [120] }, content: [paragraph()] }] },
      ],
    },
  ],
};

describe("Tiptap / y-tiptap compatibility", () => {
  it("y-tiptap renders a jsonToBody fragment as the same ProseMirror doc", () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment("body");
    jsonToBody(body, fragment);
    const rendered = yXmlFragmentToProseMirrorRootNode(fragment, schema);
    rendered.check();
    expect(rendered.toJSON()).toEqual(schema.nodeFromJSON(body).toJSON());
    expect(fragment.length).toBe(body.content.length); // y-tiptap deleted nothing it could not render
  });

  it("bodyToJSON reads what y-tiptap writes", () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment("body");
    prosemirrorJSONToYXmlFragment(schema, body, fragment);
    const read = bodyToJSON(fragment);
    expect(schema.nodeFromJSON(read).eq(schema.nodeFromJSON(body))).toBe(true);
  });

  it("every template body is valid for the editor schema", () => {
    for (const template of ["place_plan", "jhws", "blank"] as const) {
      const plan = readPlan(createPlanDoc(template, { title: "T", place: "Riverside", now: new Date(0), newId: sequentialIds() }));
      for (const s of plan.sections) {
        expect(() => schema.nodeFromJSON(s.body).check()).not.toThrow();
      }
    }
  });
});
