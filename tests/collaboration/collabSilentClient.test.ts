import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../utils/testServer.ts";
import { connectYjs, createCollabFixture, waitForSync, type CollabFixture, type YClient } from "../utils/yjsClient.ts";

/**
 * A collaborator whose network vanishes (no close frame: their socket just
 * stops answering) leaves everyone's presence, carets included, within 5 s
 * (issue 21, defect 6). Without the 2 s ping it took up to a minute.
 */
describe("a silent collab client", () => {
  let server: TestServer;
  let fx: CollabFixture;
  const clients: YClient[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    fx = await createCollabFixture(server);
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await server?.close();
  });

  it("is dropped from awareness within 5 s", async () => {
    const member = await fx.addMember("editor", "Quiet Quinn");
    const watcher = connectYjs(server, fx.facilitator, fx.planId);
    const quiet = connectYjs(server, member.api, fx.planId);
    clients.push(watcher, quiet);
    await Promise.all([waitForSync(watcher), waitForSync(quiet)]);
    quiet.provider.awareness.setLocalStateField("section", "s1");
    const quietId = quiet.doc.clientID;
    await expect.poll(() => watcher.provider.awareness.getStates().has(quietId)).toBe(true);

    // Its network goes: nothing more is read from the wire, so pings go unanswered.
    const raw = (quiet.provider.ws as unknown as { _socket?: { pause(): void; destroy(): void } } | null)?._socket;
    if (!raw) throw new Error("no raw socket to pause");
    quiet.provider.shouldConnect = false;
    raw.pause();
    const at = Date.now();
    await expect.poll(() => watcher.provider.awareness.getStates().has(quietId), { timeout: 6_000, interval: 50 }).toBe(false);
    expect(Date.now() - at).toBeLessThanOrEqual(5_000);
    raw.destroy();
  }, 20_000);
});
