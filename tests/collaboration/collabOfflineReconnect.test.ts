import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addSection, sectionIds } from "@jigsaw/shared/plan/index";
import { CloseEvents } from "@jigsaw/shared/realtime/closeEvents";
import { collaborationOnly } from "@jigsaw/server/src/services/buildServices.ts";
import { encodeSyncStep2, encodeSyncUpdate } from "@jigsaw/server/src/collaboration/protocol.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";
import { closeCode, createCollabFixture, rawCollabSocket, waitFor, type CollabFixture } from "../utils/yjsClient.ts";

// A client that edited offline reconnects and keeps typing: y-websocket sends its new
// edits as updates the moment the socket opens, but the offline edits they build on only
// in its answer (sync step 2) to the server's step 1. The server must hold the early
// updates until that answer arrives instead of refusing them as missing dependencies.

let server: TestServer;
let fx: CollabFixture;
let editorCookie: string | null;

beforeAll(async () => {
  server = await startTestServer({ roles: collaborationOnly({ step2WaitMs: 400 }) });
  fx = await createCollabFixture(server, "place_plan");
  editorCookie = (await fx.addMember("editor")).api.cookieHeader;
});

afterAll(async () => {
  await server?.close();
});

async function serverDoc(): Promise<Y.Doc> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await server.collab!.getDocSnapshot(fx.planId))!);
  return doc;
}

/** A client doc in sync with the server, then edits made "offline": the first one and a later one building on it. */
async function offlineEdits(): Promise<{ doc: Y.Doc; serverSv: Uint8Array; first: Uint8Array; second: Uint8Array }> {
  const doc = await serverDoc();
  const serverSv = Y.encodeStateVector(doc);
  const capture = (fn: () => void): Uint8Array => {
    let out: Uint8Array | null = null;
    const h = (u: Uint8Array) => (out = u);
    doc.on("update", h);
    fn();
    doc.off("update", h);
    return out!;
  };
  const first = capture(() => addSection(doc, { title: "Written on the train" }));
  const second = capture(() => addSection(doc, { title: "Typed as the socket opened" }));
  return { doc, serverSv, first, second };
}

describe("updates that arrive before the client's sync step 2", () => {
  it("are held until the step 2 arrives, then applied in order; the connection stays open", async () => {
    const { doc, serverSv, second } = await offlineEdits();
    const sock = await rawCollabSocket(server, fx.planId, { cookie: editorCookie, origin: server.origin });
    await sock.next((m) => m[0] === 0 && m[1] === 0);
    const closed = closeCode(sock.ws, 1_500).catch(() => null);
    sock.ws.send(encodeSyncUpdate(second)); // depends on `first`, which the server has not seen
    await new Promise((r) => setTimeout(r, 50));
    sock.ws.send(encodeSyncStep2(Y.encodeStateAsUpdate(doc, serverSv))); // carries first + second
    await waitFor(async () => sectionIds(await serverDoc()).length === sectionIds(doc).length, "both offline sections on the server");
    expect(sectionIds(await serverDoc())).toEqual(sectionIds(doc));
    expect(await closed).toBeNull(); // not closed
    sock.ws.close();
  });

  it("closes with MalformedMessage when the step 2 never brings the missing dependencies", async () => {
    const before = Buffer.from((await server.collab!.getDocSnapshot(fx.planId))!);
    const { second } = await offlineEdits();
    const sock = await rawCollabSocket(server, fx.planId, { cookie: editorCookie, origin: server.origin });
    await sock.next((m) => m[0] === 0 && m[1] === 0);
    const closed = closeCode(sock.ws, 5_000);
    sock.ws.send(encodeSyncUpdate(second));
    expect(await closed).toBe(CloseEvents.MalformedMessage.code);
    expect(Buffer.from((await server.collab!.getDocSnapshot(fx.planId))!).equals(before)).toBe(true);
  });

  it("refuses a missing dependency at once when the step 2 has already arrived", async () => {
    const { second } = await offlineEdits();
    const sock = await rawCollabSocket(server, fx.planId, { cookie: editorCookie, origin: server.origin });
    await sock.next((m) => m[0] === 0 && m[1] === 0);
    const closed = closeCode(sock.ws, 1_000);
    sock.ws.send(encodeSyncStep2(Y.encodeStateAsUpdate(new Y.Doc())));
    sock.ws.send(encodeSyncUpdate(second));
    expect(await closed).toBe(CloseEvents.MalformedMessage.code);
  });
});
