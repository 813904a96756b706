import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { bodyToJSON, jsonToBody, markNameFromAttribute } from "./body.ts";
import { bodyDoc, bulletList, heading, orderedList, paragraph, sectionBodyFromParagraphs, text } from "./bodyBuilders.ts";
import { pmText } from "./bodyText.ts";
import { PLAN_LIMITS } from "./schema.ts";
import type { PmDoc } from "./schema.ts";

function fragmentInDoc(): { doc: Y.Doc; fragment: Y.XmlFragment } {
  const doc = new Y.Doc();
  return { doc, fragment: doc.getXmlFragment("body") };
}

const rich: PmDoc = {
  type: "doc",
  content: [
    heading(2, "Healthy lives"),
    paragraph([
      text("Plain, "),
      text("bold", [{ type: "bold" }]),
      text(" then plain, "),
      text("NHS England", [{ type: "link", attrs: { href: "https://www.england.nhs.uk/" } }, { type: "italic" }]),
      text("."),
    ]),
    bulletList(["First", "Second"]),
    orderedList(["One", "Two"], 3),
    { type: "blockquote", content: [paragraph("Quoted")] },
    { type: "codeBlock", attrs: { language: "text" }, content: [text("line 1\nline 2\n")] },
    paragraph([text("before"), { type: "hardBreak" }, text("after")]),
    { type: "horizontalRule" },
    paragraph(),
    {
      type: "table",
      content: [
        {
          type: "tableRow",
          content: [
            { type: "tableHeader", attrs: { colspan: 1, rowspan: 1 }, content: [paragraph("Indicator")] },
            { type: "tableHeader", attrs: { colspan: 1, rowspan: 1 }, content: [paragraph("Target")] },
          ],
        },
        {
          type: "tableRow",
          content: [
            { type: "tableCell", attrs: { colspan: 1, rowspan: 1 }, content: [paragraph("Healthy life expectancy")] },
            { type: "tableCell", attrs: { colspan: 2, rowspan: 1 }, content: [paragraph([text("+2 years", [{ type: "bold" }])])] },
          ],
        },
      ],
    },
  ],
};

describe("jsonToBody / bodyToJSON", () => {
  it("round-trips headings, lists, marks, code, hard breaks, rules and tables", () => {
    const { fragment } = fragmentInDoc();
    jsonToBody(rich, fragment);
    expect(bodyToJSON(fragment)).toEqual(rich);
  });

  it("round-trips through a prelim fragment integrated into a map", () => {
    const doc = new Y.Doc();
    const fragment = new Y.XmlFragment();
    jsonToBody(rich, fragment);
    doc.getMap("m").set("body", fragment);
    expect(bodyToJSON(doc.getMap("m").get("body") as Y.XmlFragment)).toEqual(rich);
  });

  it("stores nodes and marks the way y-prosemirror does", () => {
    const { fragment } = fragmentInDoc();
    jsonToBody(rich, fragment);
    const h = fragment.get(0) as Y.XmlElement;
    expect(h.nodeName).toBe("heading");
    expect(h.getAttribute("level")).toBe(2);
    const p = fragment.get(1) as Y.XmlElement;
    expect(p.length).toBe(1); // one Y.XmlText for the whole run of text nodes
    const t = p.get(0) as Y.XmlText;
    expect(t).toBeInstanceOf(Y.XmlText);
    expect(t.toDelta()).toEqual([
      { insert: "Plain, " },
      { insert: "bold", attributes: { bold: {} } },
      { insert: " then plain, " },
      {
        insert: "NHS England",
        attributes: { link: { href: "https://www.england.nhs.uk/" }, italic: {} },
      },
      { insert: "." },
    ]);
    const code = fragment.get(5) as Y.XmlElement;
    expect((code.get(0) as Y.XmlText).toString()).toBe("line 1\nline 2\n");
    const hb = fragment.get(6) as Y.XmlElement;
    expect(hb.toArray().map((c) => (c instanceof Y.XmlElement ? c.nodeName : "text"))).toEqual(["text", "hardBreak", "text"]);
  });

  it("replaces content in place, keeping the same fragment (bound editors keep working)", () => {
    const { doc, fragment } = fragmentInDoc();
    jsonToBody(rich, fragment);
    let updates = 0;
    doc.on("update", () => updates++);
    jsonToBody(sectionBodyFromParagraphs(["Restored"]), fragment);
    expect(updates).toBe(1);
    expect(doc.getXmlFragment("body")).toBe(fragment);
    expect(bodyToJSON(fragment)).toEqual({ type: "doc", content: [paragraph("Restored")] });
  });

  it("drops null attrs and reads hashed (overlapping) mark names and `true` marks", () => {
    const { fragment } = fragmentInDoc();
    jsonToBody({ type: "doc", content: [{ type: "codeBlock", attrs: { language: null }, content: [text("x")] }] }, fragment);
    expect((fragment.get(0) as Y.XmlElement).getAttributes()).toEqual({});
    const p = new Y.XmlElement("paragraph");
    const t = new Y.XmlText();
    p.insert(0, [t]);
    fragment.insert(1, [p]);
    t.insert(0, "c", { "comment--AbCd1234": { id: "c1" }, bold: true });
    expect(bodyToJSON(fragment).content[1]).toEqual({
      type: "paragraph",
      content: [{ type: "text", text: "c", marks: [{ type: "comment", attrs: { id: "c1" } }, { type: "bold" }] }],
    });
    expect(markNameFromAttribute("link")).toBe("link");
  });

  it("reads an empty fragment as an empty doc and skips foreign children", () => {
    const { fragment } = fragmentInDoc();
    expect(bodyToJSON(fragment)).toEqual({ type: "doc", content: [] });
    fragment.insert(0, [new Y.XmlHook("weird") as unknown as Y.XmlElement]);
    expect(bodyToJSON(fragment)).toEqual({ type: "doc", content: [] });
  });

  it("caps nesting depth when reading and writing (no stack overflow from hostile docs)", () => {
    const { doc, fragment } = fragmentInDoc();
    let node: PmDoc["content"][number] = paragraph("deep");
    for (let i = 0; i < 5000; i++) node = { type: "blockquote", content: [node] };
    jsonToBody([node], fragment);
    const depthOf = (n: { content?: unknown[] } | undefined): number =>
      n?.content && n.content.length > 0 ? 1 + depthOf(n.content[0] as { content?: unknown[] }) : 0;
    expect(depthOf(bodyToJSON(fragment))).toBeLessThanOrEqual(PLAN_LIMITS.bodyMaxDepth + 2);
    // A peer can nest deeper than jsonToBody writes: build 300 levels directly.
    const direct = doc.getXmlFragment("direct");
    let parent: Y.XmlFragment | Y.XmlElement = direct;
    for (let i = 0; i < 300; i++) {
      const el: Y.XmlElement = new Y.XmlElement("blockquote");
      parent.insert(0, [el]);
      parent = el;
    }
    expect(depthOf(bodyToJSON(direct))).toBe(PLAN_LIMITS.bodyMaxDepth + 1);
  });
});

describe("body builders and pmText", () => {
  it("gives an empty paragraph for no paragraphs", () => {
    expect(sectionBodyFromParagraphs([])).toEqual({ type: "doc", content: [{ type: "paragraph" }] });
    expect(bodyDoc([])).toEqual({ type: "doc", content: [{ type: "paragraph" }] });
  });

  it("extracts plain text with one line per block and tables as rows", () => {
    expect(pmText(rich)).toBe(
      [
        "Healthy lives",
        "Plain, bold then plain, NHS England.",
        "First",
        "Second",
        "One",
        "Two",
        "Quoted",
        "line 1\nline 2\n",
        "before\nafter",
        "",
        "Indicator | Target",
        "Healthy life expectancy | +2 years",
      ].join("\n"),
    );
  });
});
