import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../utils/apiClient.ts";
import { createPartnership, createPlan, signedUpClient } from "../utils/apiFixtures.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";
import { closeAllSockets, connectSocket, flush, joinPartnership, nextEvent, recordEvents } from "./socketClient.ts";

let server: TestServer;
let facA: ApiClient;
let facB: ApiClient;
let partnershipA: string;

beforeAll(async () => {
  server = await startTestServer();
  ({ client: facA } = await signedUpClient(server, "amy"));
  ({ client: facB } = await signedUpClient(server, "bo"));
  partnershipA = (await createPartnership(facA, "Riverside")).id;
  await createPartnership(facB, "Hillside");
});
afterEach(() => closeAllSockets());
afterAll(async () => {
  await server?.close();
});

describe("plan.changed", () => {
  it("reaches every connected member of the plan's partnership, and no one else", async () => {
    const viewer = await joinPartnership(server, facA, partnershipA, "viewer", "community", "Riverside Tenants", "vic");
    const a = await connectSocket(server, facA);
    const v = await connectSocket(server, viewer.client);
    const b = await connectSocket(server, facB);
    const seenB = recordEvents(b);

    // Members hear about new plans and renames without having the plan open.
    const createdForViewer = nextEvent(v, "plan.changed");
    const plan = await createPlan(facA, partnershipA, "Riverside plan");
    expect(await createdForViewer).toEqual({ partnershipId: partnershipA, planId: plan.id });

    const forFacilitator = nextEvent(a, "plan.changed");
    const forViewer = nextEvent(v, "plan.changed");
    expect((await facA.patch(`/api/plans/${plan.id}`, { title: "Riverside plan 2026" })).status).toBe(200);
    expect(await forFacilitator).toEqual({ partnershipId: partnershipA, planId: plan.id });
    expect(await forViewer).toEqual({ partnershipId: partnershipA, planId: plan.id });

    await flush(b);
    expect(seenB).toEqual([]);
  });
});
