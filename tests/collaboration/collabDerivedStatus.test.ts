import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSections, sectionIds, setSectionStatus } from "@jigsaw/shared/plan/index";
import { startTestServer, type TestServer } from "../utils/testServer.ts";
import { connectYjs, createCollabFixture, waitFor, waitForSync, type CollabFixture, type YClient } from "../utils/yjsClient.ts";

/*
 * "Agreed" and "Changed since agreement" come from closed agreement rounds
 * only (issue 19). An editor who types either into the shared document over
 * the Yjs endpoint sees it corrected by the server, for everyone, and the
 * correction is audited.
 */

let server: TestServer;
let fx: CollabFixture;
const clients: YClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
  fx = await createCollabFixture(server, "place_plan");
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await server?.close();
});

describe("sync endpoint: derived section status", () => {
  it("an editor's typed Agreed is put back to Draft for every connected client", async () => {
    const ed = await fx.addMember("editor", "Eddie Editor");
    const editor = connectYjs(server, ed.api, fx.planId);
    const watcher = connectYjs(server, fx.facilitator, fx.planId);
    clients.push(editor, watcher);
    await Promise.all([waitForSync(editor), waitForSync(watcher)]);
    const id = sectionIds(editor.doc)[0]!;
    setSectionStatus(editor.doc, id, "agreed");
    await waitFor(() => readSections(watcher.doc)[0]!.status === "agreed", "the typed status reaches the other client");
    await waitFor(() => readSections(watcher.doc)[0]!.status === "draft" && readSections(editor.doc)[0]!.status === "draft", "the server corrects it", 15_000);
    const audit = await fx.facilitator.get(`/api/plans/${fx.planId}/audit`);
    expect((audit.body.data as Array<{ action: string; subjectId: string }>).some((e) => e.action === "section.status_not_agreed" && e.subjectId === id)).toBe(true);
  });
});
