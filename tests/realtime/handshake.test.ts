import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../utils/apiClient.ts";
import { signedUpClient } from "../utils/apiFixtures.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";
import { closeAllSockets, command, connectError, connectSocket, openSocket } from "./socketClient.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterEach(() => closeAllSockets());
afterAll(async () => {
  await server?.close();
});

describe("socket.io handshake", () => {
  it("accepts a signed-in user from the app's own origin", async () => {
    const { client } = await signedUpClient(server, "alice");
    const socket = await connectSocket(server, client);
    expect(socket.connected).toBe(true);
  });

  it("refuses a connection without a session cookie", async () => {
    const err = await connectError(openSocket(server, null));
    expect(err.message).toBe("authentication_required");
    expect(err.data).toEqual({ id: "authentication_required", message: "Sign in to continue" });
  });

  it("refuses a forged or ended session", async () => {
    const forged = await connectError(openSocket(server, null, { cookie: "jigsaw_session=not-a-real-token" }));
    expect(forged.message).toBe("authentication_required");

    const { client } = await signedUpClient(server, "bob");
    const cookie = client.cookieHeader;
    expect((await client.post("/api/auth/signout")).status).toBe(204);
    const ended = await connectError(openSocket(server, null, { cookie }));
    expect(ended.message).toBe("authentication_required");
  });

  it("refuses a foreign origin, a look-alike origin and a missing origin, even with a valid session", async () => {
    const { client } = await signedUpClient(server, "carol");
    for (const origin of ["https://evil.example", `${server.origin}.evil.example`, "null", null]) {
      const socket = openSocket(server, client, { origin });
      const err = await connectError(socket);
      // engine.io refuses the upgrade itself: the websocket never opens.
      expect(err.message, `origin ${origin}`).toBe("websocket error");
      expect(socket.connected).toBe(false);
    }
  });

  it("disconnects every socket of a user who signs out everywhere", async () => {
    const { client } = await signedUpClient(server, "dave");
    const a = await connectSocket(server, client);
    const b = await connectSocket(server, client);
    const gone = Promise.all([
      new Promise<string>((r) => a.once("disconnect", r)),
      new Promise<string>((r) => b.once("disconnect", r)),
    ]);
    expect((await client.post("/api/auth/signout-all")).status).toBe(200);
    expect(await gone).toEqual(["io server disconnect", "io server disconnect"]);
  });

  it("signing out disconnects that session's sockets at once, and only that session's (issue 18)", async () => {
    const { client, user } = await signedUpClient(server, "erin");
    const other = new ApiClient(server.origin);
    expect((await other.post("/api/auth/signin", { email: user.email, password: "correct horse battery staple" })).status).toBe(200);
    const a = await connectSocket(server, client);
    const b = await connectSocket(server, client);
    const kept = await connectSocket(server, other);
    const gone = Promise.all([new Promise<string>((r) => a.once("disconnect", r)), new Promise<string>((r) => b.once("disconnect", r))]);
    expect((await client.post("/api/auth/signout")).status).toBe(204);
    expect(await gone).toEqual(["io server disconnect", "io server disconnect"]);
    await new Promise((r) => setTimeout(r, 100));
    expect(kept.connected).toBe(true);
    expect((await command(kept, "plan.join", { planId: "plan-does-not-exist" })).ok).toBe(false);
    expect(kept.connected).toBe(true);
  });

  it("answers commands from a socket whose session has since ended (without an event) with authentication_required", async () => {
    const { client, user } = await signedUpClient(server, "frank");
    const socket = await connectSocket(server, client);
    // the session is gone from storage with no domain event (as after expiry): the next command notices
    await server.ctx.storage.sessions.deleteAllForUser(user.id);
    const closed = new Promise<string>((r) => socket.once("disconnect", r));
    const ack = await command(socket, "plan.join", { planId: "plan-does-not-exist" });
    expect(ack).toEqual({ ok: false, error: { id: "authentication_required", message: "Sign in to continue" } });
    expect(await closed).toBe("io server disconnect");
  });
});
