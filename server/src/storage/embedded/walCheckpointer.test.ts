import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "./database.ts";
import { WalCheckpointer } from "./walCheckpointer.ts";

const dirs: string[] = [];
const dbs: Db[] = [];

function tempDb(): Db {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jigsaw-wal-"));
  dirs.push(dir);
  const db = openDatabase(path.join(dir, "t.sqlite"));
  db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v BLOB)");
  dbs.push(db);
  return db;
}

/** One commit per row: each adds pages to the WAL. */
function writeRows(db: Db, n: number): void {
  const insert = db.prepare("INSERT INTO t (v) VALUES (?)");
  for (let i = 0; i < n; i++) insert.run(Buffer.alloc(3000, i % 251));
}

afterEach(() => {
  for (const db of dbs.splice(0)) if (db.open) db.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe("WalCheckpointer", () => {
  it("turns the connection's automatic checkpoint off while it runs, and back on when stopped", () => {
    const db = tempDb();
    expect(db.pragma("wal_autocheckpoint", { simple: true })).toBe(1000);
    const c = new WalCheckpointer(db, { intervalMs: 60_000 });
    expect(db.pragma("wal_autocheckpoint", { simple: true })).toBe(0);
    c.stop();
    expect(db.pragma("wal_autocheckpoint", { simple: true })).toBe(1000);
  });

  it("leaves commits' pages in the WAL and copies all of them into the database file from its thread", async () => {
    const db = tempDb();
    const c = new WalCheckpointer(db, { intervalMs: 60_000 });
    writeRows(db, 1500);
    // past SQLite's 1,000-page threshold, yet nothing was checkpointed inline
    const before = fs.statSync(`${db.name}-wal`).size;
    expect(before).toBeGreaterThan(1000 * 4096);
    const r = await c.checkpoint();
    expect(r).not.toBeNull();
    expect(r!.busy).toBe(0);
    expect(r!.log).toBeGreaterThan(1000);
    expect(r!.checkpointed).toBe(r!.log);
    // the rows are in the database file itself now
    expect(fs.statSync(db.name).size).toBeGreaterThan(1500 * 3000);
    c.stop();
  });

  it("checkpoints on its own interval once this connection has written", async () => {
    const db = tempDb();
    const c = new WalCheckpointer(db, { intervalMs: 20 });
    writeRows(db, 300);
    const deadline = Date.now() + 5_000;
    while (fs.statSync(db.name).size < 300 * 3000 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(fs.statSync(db.name).size).toBeGreaterThan(300 * 3000);
    c.stop();
  });

  it("hands checkpoints back to the connection when its thread cannot open the database", async () => {
    const db = tempDb();
    const c = new WalCheckpointer(db, { intervalMs: 60_000, file: path.join(dirs[0]!, "missing", "t.sqlite") });
    expect(await c.checkpoint()).toBeNull();
    const deadline = Date.now() + 5_000;
    while (db.pragma("wal_autocheckpoint", { simple: true }) !== 1000 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(db.pragma("wal_autocheckpoint", { simple: true })).toBe(1000);
  });
});
