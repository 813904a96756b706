/**
 * Two server nodes share one database file: a node whose append meets the
 * other's write lock must wait without stalling its event loop (SQLite's busy
 * handler sleeps in the calling thread), and still commit once the lock is
 * free. The other "node" here is a second connection holding BEGIN IMMEDIATE.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "./database.ts";
import { createDocStore } from "./docStore.ts";
import { writeWithoutBlocking } from "./writeWithoutBlocking.ts";

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0).reverse()) c();
});

/** This node's database and a second connection to the same file (another node). */
function sharedFile(): { db: Db; other: Db } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jigsaw-busy-"));
  const file = path.join(dir, "jigsaw.db");
  const db = openDatabase(file);
  const other = new Database(file);
  cleanups.push(() => {
    other.close();
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return { db, other };
}

const update = (n: number) => ({ data: Uint8Array.of(0, 0, n), userId: null });

describe("writes on a database file another process holds locked", () => {
  it("an append waits for the other writer without blocking the event loop, then commits", async () => {
    const { db, other } = sharedFile();
    const docs = createDocStore(db);
    expect(await docs.append("doc-1", [update(1)], new Date().toISOString())).toBe(1);

    other.exec("BEGIN IMMEDIATE");
    const ticks: number[] = [];
    const timer = setInterval(() => ticks.push(Date.now()), 2);
    const started = Date.now();
    const appended = docs.append("doc-1", [update(2)], new Date().toISOString());
    // the loop is free while the append waits: timers run, and the other writer can finish
    await new Promise((r) => setTimeout(r, 60));
    expect(ticks.length).toBeGreaterThan(5);
    other.exec("COMMIT");
    expect(await appended).toBe(2);
    clearInterval(timer);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect((await docs.load("doc-1"))!.updates.map((u) => u.seq)).toEqual([1, 2]);
    // the connection's busy timeout is back for everything else
    expect(db.pragma("busy_timeout", { simple: true })).toBe(5_000);
  });

  it("gives up with SQLITE_BUSY at the deadline, having changed nothing", async () => {
    const { db, other } = sharedFile();
    db.exec("CREATE TABLE t (n INTEGER)");
    other.exec("BEGIN IMMEDIATE");
    const tx = db.transaction(() => db.prepare("INSERT INTO t (n) VALUES (1)").run());
    await expect(writeWithoutBlocking(db, () => tx.immediate(), 40)).rejects.toMatchObject({ code: "SQLITE_BUSY" });
    other.exec("ROLLBACK");
    expect(db.prepare("SELECT COUNT(*) AS n FROM t").get()).toEqual({ n: 0 });
    expect(db.pragma("busy_timeout", { simple: true })).toBe(5_000);
  });

  it("does not retry other errors", async () => {
    const { db } = sharedFile();
    let attempts = 0;
    await expect(
      writeWithoutBlocking(db, () => {
        attempts++;
        return db.prepare("INSERT INTO no_such_table VALUES (1)").run();
      }),
    ).rejects.toThrow(/no such table/);
    expect(attempts).toBe(1);
  });
});
