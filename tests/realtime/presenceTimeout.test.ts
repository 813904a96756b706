import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PresenceMember } from "@jigsaw/shared/realtime/events";
import type { ApiClient } from "../utils/apiClient.ts";
import { createPartnership, createPlan, signedUpClient } from "../utils/apiFixtures.ts";
import { joinWith } from "../utils/commentFixtures.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";
import { closeAllSockets, command, connectSocket, type TestSocket } from "./socketClient.ts";

/**
 * A member whose network vanishes (no close, no FIN: their socket just stops
 * answering) leaves everyone else's room list within 5 s (issue 21, defect 6).
 */
describe("presence when a client vanishes", () => {
  let server: TestServer;
  let fac: ApiClient;
  let other: ApiClient;
  let planId = "";

  beforeAll(async () => {
    server = await startTestServer();
    fac = (await signedUpClient(server, "Fay")).client;
    const p = await createPartnership(fac, "Riverside");
    planId = (await createPlan(fac, p.id, "Riverside plan")).id;
    other = (await joinWith(server, fac, p.id, "editor", "Van Ish")).client;
  });
  afterAll(async () => {
    closeAllSockets();
    await server?.close();
  });

  it("drops a silent socket from the room within 5 s", async () => {
    const watcher = await connectSocket(server, fac);
    const gone = await connectSocket(server, other);
    expect((await command(watcher, "plan.join", { planId })).ok).toBe(true);
    const lists: PresenceMember[][] = [];
    watcher.on("presence.updated", ({ members }) => lists.push(members));
    expect((await command(gone, "plan.join", { planId })).ok).toBe(true);
    await expect.poll(() => lists.at(-1)?.length).toBe(2);

    // The network goes: nothing more is read from the wire, so pings go unanswered.
    const engine = (gone as TestSocket & { io: { engine: { transport: { ws?: { _socket?: { pause(): void; destroy(): void } } } } } }).io.engine;
    const raw = engine.transport.ws?._socket;
    if (!raw) throw new Error("no raw socket to pause");
    gone.io.reconnection(false);
    raw.pause();
    const at = Date.now();
    await expect.poll(() => lists.at(-1)?.length, { timeout: 6_000, interval: 50 }).toBe(1);
    expect(Date.now() - at).toBeLessThanOrEqual(5_000);
    raw.destroy();
  }, 20_000);
});
