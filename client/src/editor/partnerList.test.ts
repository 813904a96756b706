import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addAction, PLAN_LIMITS, readAction } from "@jigsaw/shared/plan/index";
import { addActionPartner, addPartner, normalisePartner, partnerSuggestions, refusalMessage, removeActionPartner, removePartner, splitEntries } from "./partnerList.ts";

describe("partner organisation list", () => {
  it("normalises a name: trimmed, inner white space one space", () => {
    expect(normalisePartner("  Riverside \n  CVS\t")).toBe("Riverside CVS");
    expect(normalisePartner("   ")).toBe("");
  });

  it("adds a name at the end, normalised", () => {
    expect(addPartner(["Riverside CVS"], "  Age UK   Riverside ")).toEqual({ ok: true, name: "Age UK Riverside", values: ["Riverside CVS", "Age UK Riverside"] });
  });

  it("ignores a name already listed whatever its case or spacing, and says which", () => {
    const r = addPartner(["Riverside CVS"], " riverside  cvs");
    expect(r).toEqual({ ok: false, reason: "duplicate", existing: "Riverside CVS" });
    expect(refusalMessage(r as Extract<typeof r, { ok: false }>)).toBe("Riverside CVS is already listed.");
  });

  it("refuses an empty name, one longer than a line field, and a full list", () => {
    expect(addPartner([], "  ")).toEqual({ ok: false, reason: "empty" });
    expect(addPartner([], "x".repeat(PLAN_LIMITS.fieldTextMax))).toMatchObject({ ok: true });
    expect(addPartner([], "x".repeat(PLAN_LIMITS.fieldTextMax + 1))).toEqual({ ok: false, reason: "too_long" });
    const full = Array.from({ length: PLAN_LIMITS.listMax }, (_, i) => `Org ${i}`);
    expect(addPartner(full, "One more")).toEqual({ ok: false, reason: "full" });
    // A duplicate of a full list is still just a duplicate.
    expect(addPartner(full, "org 3")).toMatchObject({ reason: "duplicate" });
  });

  it("removes exactly the entry shown", () => {
    expect(removePartner(["Riverside CVS", "riverside cvs", "Age UK"], "riverside cvs")).toEqual(["Riverside CVS", "Age UK"]);
    expect(removePartner(["Age UK"], "Nobody")).toEqual(["Age UK"]);
  });

  it("splits typed or pasted text at commas, keeping what is still being typed", () => {
    expect(splitEntries("Riverside CVS")).toEqual({ complete: [], rest: "Riverside CVS" });
    expect(splitEntries("Riverside CVS,")).toEqual({ complete: ["Riverside CVS"], rest: "" });
    expect(splitEntries(" Age UK , , Riverside ICB, Riv")).toEqual({ complete: ["Age UK", "Riverside ICB"], rest: " Riv" });
  });

  it("suggests each organisation once, not those already listed, sorted", () => {
    expect(partnerSuggestions(["Riverside Trust", "riverside trust", "Age UK", " ", "Riverside CVS", "Riverside  Council"], ["riverside cvs"])).toEqual(["Age UK", "Riverside Council", "Riverside Trust"]);
  });
});

describe("partner organisations in the plan document", () => {
  function pair() {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const id = addAction(a, { title: "Family hubs", partnerOrganisations: ["Riverside CVS", "Age UK Riverside"] });
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const sync = () => {
      const fromA = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
      const fromB = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
      Y.applyUpdate(b, fromA);
      Y.applyUpdate(a, fromB);
    };
    const partners = (d: Y.Doc) => readAction(d, id)!.partnerOrganisations;
    return { a, b, id, sync, partners };
  }

  it("writes an addition and a removal at once", () => {
    const { a, id, partners } = pair();
    expect(addActionPartner(a, id, "Riverside ICB")).toMatchObject({ ok: true });
    expect(partners(a)).toEqual(["Riverside CVS", "Age UK Riverside", "Riverside ICB"]);
    removeActionPartner(a, id, "Riverside CVS");
    expect(partners(a)).toEqual(["Age UK Riverside", "Riverside ICB"]);
    expect(addActionPartner(a, id, "age uk riverside")).toMatchObject({ ok: false, reason: "duplicate" });
    expect(partners(a)).toEqual(["Age UK Riverside", "Riverside ICB"]);
  });

  it("one person adding while another removes a different one: both survive", () => {
    const { a, b, id, sync, partners } = pair();
    addActionPartner(a, id, "Riverside ICB");
    removeActionPartner(b, id, "Age UK Riverside");
    sync();
    expect(partners(a)).toEqual(["Riverside CVS", "Riverside ICB"]);
    expect(partners(b)).toEqual(partners(a));
  });

  it("two people adding at once keep both; both removing the same one remove it once", () => {
    const { a, b, id, sync, partners } = pair();
    addActionPartner(a, id, "Riverside ICB");
    addActionPartner(b, id, "Riverside Trust");
    removeActionPartner(a, id, "Riverside CVS");
    removeActionPartner(b, id, "Riverside CVS");
    sync();
    expect(partners(a)).toHaveLength(3);
    expect(new Set(partners(a))).toEqual(new Set(["Age UK Riverside", "Riverside ICB", "Riverside Trust"]));
    expect(partners(b)).toEqual(partners(a));
  });

  it("an edit made after a remote change has arrived works from the document, not an older screen", () => {
    const { a, b, id, sync, partners } = pair();
    removeActionPartner(b, id, "Age UK Riverside");
    sync();
    // a's screen may still show Age UK Riverside; adding must not bring it back.
    addActionPartner(a, id, "Riverside ICB");
    sync();
    expect(partners(b)).toEqual(["Riverside CVS", "Riverside ICB"]);
  });
});
