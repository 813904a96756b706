import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { storageContract } from "../storage.contract.ts";
import { createEmbeddedStorage } from "./embeddedStorage.ts";

storageContract("embedded (in memory)", async () => createEmbeddedStorage(":memory:"));

const dirs = new Map<object, string>();
storageContract(
  "embedded (file in a temp dir)",
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jigsaw-store-"));
    const storage = createEmbeddedStorage(dir);
    dirs.set(storage, dir);
    return storage;
  },
  async (storage) => {
    await storage.close();
    fs.rmSync(dirs.get(storage)!, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    dirs.delete(storage);
  },
);

describe("embedded storage on disk", () => {
  const made: string[] = [];
  afterEach(() => {
    for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  });

  it("keeps users, plans and document updates across close and reopen", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jigsaw-store-"));
    made.push(dir);
    const first = createEmbeddedStorage(dir);
    await first.users.create({ id: "user-0001", email: "a@example.org", displayName: "A", passwordHash: "x", createdAt: "2026-01-01T00:00:00.000Z" });
    await first.docs.append("doc-0001", [{ data: Uint8Array.of(1, 2, 3), userId: "user-0001" }], "2026-01-01T00:00:00.000Z");
    await first.close();
    // close is idempotent
    await first.close();

    const second = createEmbeddedStorage(dir);
    expect((await second.users.findById("user-0001"))?.email).toBe("a@example.org");
    const doc = await second.docs.load("doc-0001");
    expect(doc?.updates.map((u) => Array.from(u.data))).toEqual([[1, 2, 3]]);
    expect(await second.docs.append("doc-0001", [{ data: Uint8Array.of(4), userId: null }], "2026-01-01T00:00:01.000Z")).toBe(2);
    await second.close();
  });

  it("uses WAL with synchronous=NORMAL by default (FULL when asked) and foreign keys on", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jigsaw-store-"));
    made.push(dir);
    const storage = createEmbeddedStorage(dir);
    expect(storage.db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(storage.db.pragma("synchronous", { simple: true })).toBe(1);
    expect(storage.db.pragma("foreign_keys", { simple: true })).toBe(1);
    await storage.close();
    const full = createEmbeddedStorage(dir, { synchronous: "full" });
    expect(full.db.pragma("synchronous", { simple: true })).toBe(2);
    expect(await full.docs.append("doc-full", [{ data: Uint8Array.of(1), userId: null }], "2026-01-01T00:00:00.000Z")).toBe(1);
    await full.close();
  });

  it("with synchronous=FULL, compactions on the writer thread record owners (first writer wins) that a reopen loads", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jigsaw-store-"));
    made.push(dir);
    const full = createEmbeddedStorage(dir, { synchronous: "full" });
    await full.docs.append("doc-owned", [{ data: Uint8Array.of(1), userId: "user-a" }, { data: Uint8Array.of(2), userId: "user-b" }], "2026-01-01T00:00:00.000Z");
    await full.docs.compact("doc-owned", Uint8Array.of(9), 2, [{ clientId: 11, userId: "user-a" }, { clientId: 5, userId: "user-b" }]);
    await full.docs.compact("doc-owned", Uint8Array.of(9), 2, [{ clientId: 11, userId: "user-b" }]);
    const expected = [{ clientId: 5, userId: "user-b" }, { clientId: 11, userId: "user-a" }];
    expect((await full.docs.load("doc-owned"))!.owners).toEqual(expected);
    await full.close();
    const again = createEmbeddedStorage(dir);
    const loaded = (await again.docs.load("doc-owned"))!;
    expect(loaded.updates).toEqual([]);
    expect(loaded.owners).toEqual(expected);
    await again.close();
  });
});
