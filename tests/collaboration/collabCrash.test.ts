import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { sectionBody, sectionIds } from "@jigsaw/shared/plan/index";
import { crashTestRig } from "../utils/childServer.ts";
import { tempDir } from "../utils/testServer.ts";
import { connectYjs, createCollabFixture, waitFor, waitForSync } from "../utils/yjsClient.ts";

const SEED = Number(process.env.SEED ?? Math.floor(Math.random() * 2 ** 31));
const rig = crashTestRig();
const clients = rig.clients;

describe("durable before visible", () => {
  it(`every update a client received before SIGKILL is in the reloaded document (SEED=${SEED})`, async () => {
    try {
      let s = SEED >>> 0;
      const rnd = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
      const dataDir = tempDir("jigsaw-crash-");
      const child = await rig.startChild(dataDir);
      const fx = await createCollabFixture(child, "place_plan");
      const apis = [fx.facilitator, (await fx.addMember("editor")).api, (await fx.addMember("editor")).api];
      for (const api of apis) clients.push(connectYjs(child, api, fx.planId));
      await Promise.all(clients.map((c) => waitForSync(c)));
      const sid = sectionIds(clients[0]!.doc)[0]!;

      // writers append markers continuously; each also receives the others' relayed updates
      let stop = false;
      const writers = clients.map(async (c, n) => {
        let k = 0;
        while (!stop) {
          const body = sectionBody(c.doc, sid)!;
          c.doc.transact(() => body.insert(body.length, [new Y.XmlText(`[w${n}-${k++}]`)]));
          await new Promise((r) => setTimeout(r, 2 + Math.floor(rnd() * 6)));
        }
      });
      // kill at a random moment once the clients have received a few relayed updates (a fixed
      // delay alone may pass with nothing relayed yet on a loaded machine)
      await waitFor(() => clients.reduce((n, c) => n + c.received.length, 0) > 3, "first relayed updates", 30_000);
      await new Promise((r) => setTimeout(r, Math.floor(rnd() * 1200)));
      await child.kill("SIGKILL");
      stop = true;
      await Promise.all(writers);
      // freeze what each client had received from the server, then stop them before anything reconnects
      const received = clients.flatMap((c) => c.received.slice());
      for (const c of clients) c.provider.destroy();
      expect(received.length).toBeGreaterThan(3);

      // restart on the same data dir (in-process: starting a second child costs ~7 s of tsx start-up)
      const restarted = await rig.restartInProcess(dataDir);
      const reader = connectYjs(restarted, fx.facilitator, fx.planId);
      clients.push(reader);
      await waitForSync(reader);
      const snap = Y.snapshot(reader.doc);
      const missing = received.filter((u) => !Y.snapshotContainsUpdate(snap, u));
      expect(missing.length).toBe(0);
    } catch (err) {
      process.stdout.write(`\ncrash test failed with SEED=${SEED}\n`);
      throw err;
    }
  }, 180_000);
});
