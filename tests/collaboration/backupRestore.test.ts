import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { sectionBody, sectionIds } from "@jigsaw/shared/plan/index";
import { main as dataCli } from "@jigsaw/server/src/cli/data.ts";
import { listBackups } from "@jigsaw/server/src/storage/embedded/onlineBackup.ts";
import { crashTestRig } from "../utils/childServer.ts";
import { startTestServer, tempDir } from "../utils/testServer.ts";
import { connectYjs, createCollabFixture, planJson, waitFor, waitForSync, type YClient } from "../utils/yjsClient.ts";

const rig = crashTestRig();
const clients = rig.clients;

/** Type `count` markers `[tag-k]` into the first section, one update each, a few ms apart. */
async function write(c: YClient, tag: string, count: number): Promise<void> {
  const sid = sectionIds(c.doc)[0]!;
  for (let k = 0; k < count; k++) {
    const body = sectionBody(c.doc, sid)!;
    c.doc.transact(() => body.insert(body.length, [new Y.XmlText(`[${tag}-${k}]`)]));
    await new Promise((r) => setTimeout(r, 3));
  }
}

describe("online backup and restore of the embedded store", () => {
  it("a backup taken while editing, restored after SIGKILL, holds every update acknowledged before it", async () => {
    const dataDir = tempDir("jigsaw-backup-");
    const env = { DATA_DIR: dataDir, NODE_ENV: "test", SEED_DEMO: "false", LOG_LEVEL: "silent" };
    const child = await rig.startChild(dataDir, undefined, { BACKUP_INTERVAL_MINUTES: "0" });
    const fx = await createCollabFixture(child, "place_plan");
    const writer = connectYjs(child, fx.facilitator, fx.planId);
    const observer = connectYjs(child, (await fx.addMember("editor")).api, fx.planId);
    clients.push(writer, observer);
    await Promise.all([waitForSync(writer), waitForSync(observer)]);

    // before the backup: the observer received these, i.e. the server committed them (durable before visible)
    await write(writer, "before", 40);
    await waitFor(() => planJson(observer.doc).includes("[before-39]"), "edits before the backup acknowledged", 30_000);
    const acknowledged = observer.received.slice();

    // the backup runs while the writer keeps typing: it is a snapshot, whatever it catches of these
    const during = write(writer, "during", 40);
    expect(await dataCli(["backup"], env)).toBe(0);
    await during;
    const [backup] = listBackups(path.join(dataDir, "backups"));
    expect(backup).toBeDefined();

    // later edits, acknowledged too, then the server dies
    await write(writer, "after", 20);
    await waitFor(() => planJson(observer.doc).includes("[after-19]"), "edits after the backup acknowledged", 30_000);
    await child.kill("SIGKILL");
    for (const c of clients) c.provider.destroy();

    expect(await dataCli(["restore", "--in", backup!], env)).toBe(0);
    expect(fs.readdirSync(dataDir).some((n) => n.startsWith("jigsaw.sqlite.replaced-"))).toBe(true);

    const restarted = await rig.restartInProcess(dataDir);
    const reader = connectYjs(restarted, fx.facilitator, fx.planId);
    clients.push(reader);
    await waitForSync(reader);
    const snap = Y.snapshot(reader.doc);
    const missing = acknowledged.filter((u) => !Y.snapshotContainsUpdate(snap, u));
    expect(missing.length, "acknowledged updates missing after restore").toBe(0);
    const text = planJson(reader.doc);
    for (let k = 0; k < 40; k++) expect(text).toContain(`[before-${k}]`);
    // it is the backup that came back, not the store the server was killed with
    expect(text).not.toContain("[after-");
  });

  it("restore refuses while a server has the store open, and refuses a file that is not a backup", async () => {
    const dataDir = tempDir("jigsaw-backup-open-");
    const env = { DATA_DIR: dataDir, NODE_ENV: "test", SEED_DEMO: "false", LOG_LEVEL: "silent" };
    const server = await startTestServer({ dataDir });
    try {
      expect(await dataCli(["backup"], env)).toBe(0);
      const [backup] = listBackups(path.join(dataDir, "backups"));
      expect(await dataCli(["restore", "--in", backup!], env)).toBe(1);
      const junk = path.join(dataDir, "junk.sqlite");
      fs.writeFileSync(junk, "not a database");
      expect(await dataCli(["restore", "--in", junk], env)).toBe(1);
    } finally {
      await server.close();
    }
  });

  it("keeps BACKUP_KEEP backups, deleting the oldest", async () => {
    const dataDir = tempDir("jigsaw-backup-keep-");
    const env = { DATA_DIR: dataDir, NODE_ENV: "test", SEED_DEMO: "false", LOG_LEVEL: "silent", BACKUP_KEEP: "2" };
    const server = await startTestServer({ dataDir });
    try {
      const made: string[] = [];
      for (let i = 0; i < 3; i++) {
        expect(await dataCli(["backup"], env)).toBe(0);
        made.push(listBackups(path.join(dataDir, "backups")).at(-1)!);
        await new Promise((r) => setTimeout(r, 5)); // names carry milliseconds
      }
      expect(listBackups(path.join(dataDir, "backups"))).toEqual(made.slice(1));
    } finally {
      await server.close();
    }
  });
});

describe("scheduled backups", () => {
  it("a running server backs up every BACKUP_INTERVAL_MINUTES and keeps BACKUP_KEEP", async () => {
    const dataDir = tempDir("jigsaw-backup-schedule-");
    const dir = path.join(dataDir, "scheduled");
    const server = await startTestServer({ dataDir, env: { BACKUP_INTERVAL_MINUTES: "0.005", BACKUP_KEEP: "2", BACKUP_DIR: dir } });
    try {
      // 0.3 s apart: wait for a third, then only the newest two remain
      const seen = new Set<string>();
      await waitFor(() => {
        for (const f of listBackups(dir)) seen.add(f);
        return seen.size >= 3;
      }, "three scheduled backups", 30_000);
    } finally {
      await server.close(); // waits for a backup in progress
    }
    expect(listBackups(dir).length).toBe(2);
    expect(fs.readdirSync(dir).filter((n) => !/^jigsaw-.*\.sqlite$/.test(n))).toEqual([]);
  });
});
