/**
 * Clients that reconnect at the server's state vector (the common case of a
 * reconnect storm) get a sync step 2 encoded once per document generation.
 * Deletions do not move a state vector, so that answer must still carry every
 * deletion, and a client's own deletions made offline must still be applied.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addSection, sectionBody, sectionIds } from "@jigsaw/shared/plan/index";
import { startTestServer, type TestServer } from "../utils/testServer.ts";
import { createCollabFixture, planJson, rawCollabSocket, waitFor, syncFrame, payloadOf, type CollabFixture, type RawCollabSocket } from "../utils/yjsClient.ts";

let server: TestServer;
let fx: CollabFixture;

beforeAll(async () => {
  server = await startTestServer();
  fx = await createCollabFixture(server);
});

afterAll(async () => {
  await server?.close();
});

/** Open a socket, send our step 1 for `doc` and apply the server's step 2 to it. */
async function syncInto(doc: Y.Doc): Promise<RawCollabSocket> {
  const sock = await rawCollabSocket(server, fx.planId, { cookie: fx.facilitator.cookieHeader, origin: server.origin });
  sock.ws.send(syncFrame(0, Y.encodeStateVector(doc)));
  Y.applyUpdate(doc, payloadOf(await sock.next((m) => m[0] === 0 && m[1] === 1)));
  return sock;
}

/** The plan as stored (snapshot plus log). */
async function stored(): Promise<Y.Doc> {
  const s = await server.ctx.storage.docs.load(fx.planId);
  const doc = new Y.Doc();
  if (s?.snapshot) Y.applyUpdate(doc, s.snapshot);
  for (const u of s?.updates ?? []) Y.applyUpdate(doc, u.data);
  return doc;
}

describe("sync endpoint: clients at the server's state vector", () => {
  it("get every deletion they missed, and their own offline deletions are applied", async () => {
    // the facilitator writes a section, then deletes a word of it
    const writer = new Y.Doc();
    const w = await syncInto(writer);
    let update: Uint8Array | null = null;
    writer.on("update", (u: Uint8Array) => (update = u));
    writer.transact(() => addSection(writer, { title: "Deletions" }));
    w.ws.send(syncFrame(2, update!));
    const body = sectionBody(writer, sectionIds(writer).at(-1)!)!;
    const text = new Y.XmlText();
    writer.transact(() => body.insert(0, [text]));
    w.ws.send(syncFrame(2, update!));
    text.insert(0, "keep drop keep");
    w.ws.send(syncFrame(2, update!));
    // a second client takes the state now: it will miss the deletion below
    await waitFor(async () => planJson(await stored()).includes("keep drop keep"), "text stored");
    const late = new Y.Doc();
    Y.applyUpdate(late, Y.encodeStateAsUpdate(await stored()));
    text.delete(5, 5);
    w.ws.send(syncFrame(2, update!));
    await waitFor(async () => planJson(await stored()).includes("keep keep"), "deletion stored");
    expect(Y.encodeStateVector(late)).toEqual(Y.encodeStateVector(await stored()));

    // twice: the answer is encoded for the first and reused for the second
    for (let i = 0; i < 2; i++) {
      const again = new Y.Doc();
      Y.applyUpdate(again, Y.encodeStateAsUpdate(late));
      expect(planJson(again)).toContain("keep drop keep");
      const s = await syncInto(again);
      expect(planJson(again)).toContain("keep keep");
      expect(planJson(again)).not.toContain("drop");
      s.ws.close();
    }

    // a client at the same state vector that deleted offline: its step 2 holds only that deletion
    const offline = new Y.Doc();
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(await stored()));
    const serverSv = Y.encodeStateVector(offline);
    const offlineText = sectionBody(offline, sectionIds(offline).at(-1)!)!.get(0) as Y.XmlText;
    offlineText.delete(0, 5);
    const o = await rawCollabSocket(server, fx.planId, { cookie: fx.facilitator.cookieHeader, origin: server.origin });
    o.ws.send(syncFrame(1, Y.encodeStateAsUpdate(offline, serverSv)));
    await waitFor(async () => !planJson(await stored()).includes("keep keep"), "offline deletion stored");
    expect(planJson(await stored())).toContain('"body":"keep<paragraph>');
    o.ws.close();
    w.ws.close();
  });
});
