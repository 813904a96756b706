import { describe, expect, it } from "vitest";
import { addAction, addIndicator, addSection, createPlanDoc, removeAction, removeSection, setSectionTitle } from "@jigsaw/shared/plan/index";
import { describeAnchor, detachedMessage } from "./describeAnchor.ts";

function plan() {
  const doc = createPlanDoc("blank", { title: "Riverside plan", place: "Riverside", now: new Date("2026-01-01T00:00:00Z") });
  const section = addSection(doc, { title: "Health and wellbeing" });
  const warm = addAction(doc, { title: "Warm homes grants" });
  const untitled = addAction(doc, { title: "" });
  const indicator = addIndicator(doc, { label: "Asthma admissions" });
  return { doc, section, warm, untitled, indicator };
}

describe("describeAnchor", () => {
  it("names a whole section and an action as the plan shows them", () => {
    const { doc, section, warm, untitled, indicator } = plan();
    expect(describeAnchor(doc, { kind: "section", sectionId: section })).toBe("On section: Health and wellbeing");
    expect(describeAnchor(doc, { kind: "action", actionId: warm })).toBe("On action: Warm homes grants");
    // An untitled action is named by its row, as in the actions table.
    expect(describeAnchor(doc, { kind: "action", actionId: untitled })).toBe("On action: Action 2");
    expect(describeAnchor(doc, { kind: "indicator", indicatorId: indicator })).toBe("On indicator: Asthma admissions");
    expect(describeAnchor(doc, { kind: "text", sectionId: section, start: "AAAA", end: "AAAA", quote: "damp" })).toBe("On text in section: Health and wellbeing");
  });

  it("follows renames, and says when the target has been removed", () => {
    const { doc, section, warm } = plan();
    setSectionTitle(doc, section, "Health, care and wellbeing");
    expect(describeAnchor(doc, { kind: "section", sectionId: section })).toBe("On section: Health, care and wellbeing");
    removeSection(doc, section);
    removeAction(doc, warm);
    expect(describeAnchor(doc, { kind: "section", sectionId: section })).toBe("On section: a removed section");
    expect(describeAnchor(doc, { kind: "action", actionId: warm })).toBe("On action: a removed action");
  });

  it("names an outcome tag by its label and its owner", () => {
    const { doc, warm } = plan();
    const anchor = { kind: "outcome", ownerKind: "action", ownerId: warm, outcomeId: "OC-1" } as const;
    expect(describeAnchor(doc, anchor, (id) => (id === "OC-1" ? "People live healthier lives" : undefined))).toBe("On outcome: People live healthier lives (action Warm homes grants)");
    expect(describeAnchor(doc, anchor)).toBe("On outcome: OC-1 (action Warm homes grants)");
  });
});

describe("detachedMessage", () => {
  it("says what was removed", () => {
    expect(detachedMessage({ kind: "section", sectionId: "s1" })).toBe("The section this comment was on has been removed. The comment is kept.");
    expect(detachedMessage({ kind: "action", actionId: "a1" })).toBe("The action this comment was on has been removed. The comment is kept.");
    expect(detachedMessage({ kind: "text", sectionId: "s1", start: "AAAA", end: "AAAA", quote: "q" })).toContain("The text this comment was on");
  });
});
