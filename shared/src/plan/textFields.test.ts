import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { scopeContentKey, scopeContentOf } from "../agreement/scopeContent.ts";
import { addAction, readAction, updateActionField } from "./actions.ts";
import { addIndicator } from "./indicators.ts";
import { migratePlanDoc } from "./migratePlanDoc.ts";
import { sequentialIds } from "./newId.ts";
import { planText } from "./planText.ts";
import { readPlan } from "./readPlan.ts";
import { addRisk, readRisk, updateRiskField } from "./risks.ts";
import { planRoots } from "./roots.ts";
import { ensureTextField, textChange, writeText } from "./textFields.ts";
import { syncDocs } from "./testUtils.ts";

const TEXTS = {
  actions: ["title", "leadOrganisation"],
  risks: ["title", "mitigation", "owner"],
  indicators: ["label", "unit", "notes"],
} as const;

/** A plan as schema version 1 stored it: every free-text field a plain string. */
function legacyDoc(): Y.Doc {
  const doc = new Y.Doc();
  const newId = sequentialIds("r");
  doc.transact(() => planRoots(doc).meta.set("schemaVersion", 1));
  addAction(doc, { title: "Family hubs in every ward", leadOrganisation: "Riverside Borough Council", partnerOrganisations: ["Riverside ICB"], dueDate: "2027-03-31", status: "on_track" }, { newId });
  addAction(doc, { title: "Warm homes", leadOrganisation: "" }, { newId });
  addRisk(doc, { title: "Funding ends", mitigation: "Bid for the next round", owner: "Finance lead", likelihood: 4 }, { newId });
  addIndicator(doc, { label: "Healthy life expectancy", unit: "years", notes: "ONS, three-year average" }, { newId });
  const r = planRoots(doc);
  doc.transact(() => {
    for (const [root, keys] of [
      [r.actions, TEXTS.actions],
      [r.risks, TEXTS.risks],
      [r.indicators, TEXTS.indicators],
    ] as const) {
      for (const m of root.values() as IterableIterator<Y.Map<unknown>>) {
        for (const k of keys) m.set(k, (m.get(k) as Y.Text).toString());
      }
    }
  });
  return doc;
}

function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

function actionMap(doc: Y.Doc, id: string): Y.Map<unknown> {
  return planRoots(doc).actions.get(id) as Y.Map<unknown>;
}

describe("free-text fields", () => {
  it("are Y.Text in records added now", () => {
    const doc = new Y.Doc();
    const id = addAction(doc, { title: "Family hubs" });
    expect(actionMap(doc, id).get("title")).toBeInstanceOf(Y.Text);
    expect(actionMap(doc, id).get("dueDate")).toBe(null);
    const risk = addRisk(doc, { title: "Funding" });
    const m = planRoots(doc).risks.get(risk) as Y.Map<unknown>;
    for (const k of TEXTS.risks) expect(m.get(k)).toBeInstanceOf(Y.Text);
  });

  it("merge two people's concurrent typing in one cell character by character", () => {
    const a = new Y.Doc();
    const id = addAction(a, { title: "Family hubs" });
    const b = copyOf(a);
    updateActionField(a, id, "title", "Family hubs in every ward");
    updateActionField(b, id, "title", "New family hubs");
    syncDocs(a, b);
    expect(readAction(a, id)?.title).toBe("New family hubs in every ward");
    expect(readAction(b, id)?.title).toBe("New family hubs in every ward");
  });

  it("writeText changes only what differs, at the caret when ambiguous", () => {
    expect(textChange("aa", "aaa", 1)).toEqual({ index: 0, remove: 0, insert: "a" });
    expect(textChange("aa", "aaa")).toEqual({ index: 2, remove: 0, insert: "a" });
    expect(textChange("abcd", "abd", 2)).toEqual({ index: 2, remove: 1, insert: "" });
    expect(textChange("hello world", "hello there world")).toEqual({ index: 6, remove: 0, insert: "there " });
    expect(textChange("same", "same")).toBeNull();
    const doc = new Y.Doc();
    const text = doc.getText("t");
    text.insert(0, "Bid for funding");
    writeText(text, "Bid early for funding");
    expect(text.toDelta()).toEqual([{ insert: "Bid early for funding" }]);
  });
});

describe("migratePlanDoc (schema 1 → 2)", () => {
  it("turns every plain-string free-text field into a Y.Text holding the same text", () => {
    const doc = legacyDoc();
    const before = readPlan(doc);
    expect(actionMap(doc, "r-1").get("title")).toBe("Family hubs in every ward");
    const result = migratePlanDoc(doc);
    expect(result).toEqual({ from: 1, to: 2, convertedTexts: 2 * 2 + 3 + 3 });
    const r = planRoots(doc);
    for (const [root, keys] of [
      [r.actions, TEXTS.actions],
      [r.risks, TEXTS.risks],
      [r.indicators, TEXTS.indicators],
    ] as const) {
      for (const m of root.values() as IterableIterator<Y.Map<unknown>>) for (const k of keys) expect(m.get(k)).toBeInstanceOf(Y.Text);
    }
    expect(actionMap(doc, "r-1").get("status")).toBe("on_track");
    // Every reader sees the same content: snapshot (exports, versions, presenters), plan text (search), agreement content.
    const after = readPlan(doc);
    expect(after).toEqual({ ...before, meta: { ...before.meta, schemaVersion: 2 } });
    expect(planText(doc)).toEqual(planText(before));
    expect(scopeContentKey(scopeContentOf(after, { kind: "plan" }))).toBe(scopeContentKey(scopeContentOf(before, { kind: "plan" })));
  });

  it("runs once: a second run does nothing and writes nothing", () => {
    const doc = legacyDoc();
    migratePlanDoc(doc);
    const updates: Uint8Array[] = [];
    doc.on("update", (u: Uint8Array) => updates.push(u));
    expect(migratePlanDoc(doc)).toBeNull();
    expect(updates).toHaveLength(0);
  });

  it("is deterministic: the server and a client converting the same field concurrently converge, and what the client typed survives", () => {
    const stored = legacyDoc();
    const server = copyOf(stored);
    const client = copyOf(stored);
    // The client (new code, offline or not yet told) converts before its first keystroke and types.
    updateActionField(client, "r-1", "title", "Family hubs in every ward by 2027");
    migratePlanDoc(server);
    // The conversion items are the same bytes on both sides.
    const serverText = actionMap(server, "r-1").get("title") as Y.Text;
    const clientText = actionMap(client, "r-1").get("title") as Y.Text;
    expect(serverText._item?.id).toEqual(clientText._item?.id);
    updateActionField(server, "r-1", "title", "New family hubs in every ward");
    syncDocs(server, client);
    expect(readAction(server, "r-1")?.title).toBe("New family hubs in every ward by 2027");
    expect(readAction(client, "r-1")?.title).toBe("New family hubs in every ward by 2027");
    expect(Y.encodeStateVector(server)).toEqual(Y.encodeStateVector(client));
  });

  it("two clients converting the same field at once both keep their words", () => {
    const stored = legacyDoc();
    const a = copyOf(stored);
    const b = copyOf(stored);
    updateRiskField(a, "r-3", "mitigation", "Bid for the next round early");
    updateRiskField(b, "r-3", "mitigation", "Now: Bid for the next round");
    syncDocs(a, b);
    expect(readRisk(a, "r-3")?.mitigation).toBe("Now: Bid for the next round early");
    expect(readRisk(b, "r-3")).toEqual(readRisk(a, "r-3"));
    // Converting again (e.g. the server later) changes nothing.
    migratePlanDoc(a);
    expect(ensureTextField(planRoots(a).risks.get("r-3") as Y.Map<unknown>, "mitigation").toString()).toBe("Now: Bid for the next round early");
    expect(readRisk(a, "r-3")?.mitigation).toBe("Now: Bid for the next round early");
  });

  it("keeps the words of an old client that wrote a plain string after the migration", () => {
    const doc = legacyDoc();
    migratePlanDoc(doc);
    const old = copyOf(doc);
    // Old code sets the field as a value, replacing the Y.Text.
    old.transact(() => actionMap(old, "r-2").set("title", "Warm homes for all"));
    syncDocs(doc, old);
    expect(readAction(doc, "r-2")?.title).toBe("Warm homes for all");
    // New code converts it again (deterministically) and edits it as text.
    updateActionField(doc, "r-2", "title", "Warm homes for all tenants");
    expect(actionMap(doc, "r-2").get("title")).toBeInstanceOf(Y.Text);
    expect(readAction(doc, "r-2")?.title).toBe("Warm homes for all tenants");
  });

  it("gives a missing or invalid field an empty Y.Text, the same for everyone", () => {
    const doc = legacyDoc();
    doc.transact(() => {
      actionMap(doc, "r-1").delete("leadOrganisation");
      actionMap(doc, "r-2").set("leadOrganisation", 42);
    });
    const other = copyOf(doc);
    migratePlanDoc(doc);
    migratePlanDoc(other);
    const ids = (d: Y.Doc) => ["r-1", "r-2"].map((id) => (actionMap(d, id).get("leadOrganisation") as Y.Text)._item?.id);
    const before = ids(doc);
    expect(ids(other)).toEqual(before);
    syncDocs(doc, other);
    expect(ids(doc)).toEqual(before);
    expect(ids(other)).toEqual(before);
    expect(readAction(doc, "r-1")?.leadOrganisation).toBe("");
    expect(readAction(doc, "r-2")?.leadOrganisation).toBe("");
  });

  it("leaves the doc's own client id as it was", () => {
    const doc = legacyDoc();
    const own = doc.clientID;
    migratePlanDoc(doc);
    expect(doc.clientID).toBe(own);
    updateActionField(doc, "r-1", "title", "x");
    let item = (actionMap(doc, "r-1").get("title") as Y.Text)._start;
    while (item && item.deleted) item = item.right;
    expect(item?.id.client).toBe(own);
  });
});
