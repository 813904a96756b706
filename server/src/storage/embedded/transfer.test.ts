import { afterEach, describe, expect, it } from "vitest";
import type { DumpRecord } from "../types.ts";
import { createEmbeddedStorage, type EmbeddedStorage } from "./embeddedStorage.ts";
import { camelCase, describeTables } from "./transfer.ts";

const open: EmbeddedStorage[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});
function fresh(): EmbeddedStorage {
  const s = createEmbeddedStorage(":memory:");
  open.push(s);
  return s;
}

async function collect(s: EmbeddedStorage): Promise<DumpRecord[]> {
  const out: DumpRecord[] = [];
  for await (const r of s.transfer!.dump()) out.push(r);
  return out;
}

async function* iter(records: DumpRecord[]): AsyncIterable<DumpRecord> {
  yield* records;
}

/** A table a later migration might add: a child of plans with a blob column. */
const FUTURE_TABLE = `CREATE TABLE plan_comments (
  id TEXT PRIMARY KEY,
  plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  body_text TEXT NOT NULL,
  resolved INTEGER NOT NULL DEFAULT 0,
  attachment BLOB
)`;

describe("embedded transfer", () => {
  it("maps snake_case to camelCase", () => {
    expect(camelCase("doc_updates")).toBe("docUpdates");
    expect(camelCase("last_seen_at")).toBe("lastSeenAt");
    expect(camelCase("id")).toBe("id");
    expect(camelCase("item_2_id")).toBe("item2Id");
  });

  it("dumps every user table, parents first, and skips SQLite's own, virtual (FTS) and shadow tables", () => {
    const s = fresh();
    s.db.exec("CREATE TABLE early_child (id TEXT PRIMARY KEY, parent_id TEXT REFERENCES late_parent(id))");
    s.db.exec("CREATE TABLE late_parent (id TEXT PRIMARY KEY)");
    s.db.exec("CREATE VIRTUAL TABLE plan_search USING fts5(title, body)");
    s.db.exec("CREATE TABLE counters (n INTEGER PRIMARY KEY AUTOINCREMENT)"); // creates sqlite_sequence
    const names = describeTables(s.db).map((t) => t.collection);
    for (const core of ["users", "sessions", "partnerships", "memberships", "invites", "plans", "docSnapshots", "docUpdates"]) {
      expect(names).toContain(core);
    }
    expect(names).toContain("counters");
    expect(names.some((n) => n.startsWith("planSearch") || n.startsWith("sqlite"))).toBe(false);
    expect(names.indexOf("lateParent")).toBeLessThan(names.indexOf("earlyChild"));
    expect(names.indexOf("users")).toBeLessThan(names.indexOf("sessions"));
    expect(names.indexOf("partnerships")).toBeLessThan(names.indexOf("memberships"));
    const users = describeTables(s.db).find((t) => t.collection === "users")!;
    expect(users.columns.map((c) => c.field)).toEqual(["id", "email", "displayName", "passwordHash", "createdAt", "emailVerifiedAt", "totpSecret", "erasedAt", "totpLastStep"]);
  });

  it("a freshly migrated store is empty and dumps nothing", async () => {
    const s = fresh();
    expect(await s.transfer!.isEmpty()).toBe(true);
    expect(await collect(s)).toEqual([]);
  });

  it("a table added by a later migration is dumped and restored without code changes, binary intact", async () => {
    const source = fresh();
    const target = fresh();
    for (const s of [source, target]) s.db.exec(FUTURE_TABLE);
    await source.users.create({ id: "u1", email: "u1@example.org", displayName: "U", passwordHash: "h", createdAt: "2026-01-01T00:00:00.000Z" });
    await source.partnerships.createWithFounder(
      { id: "p1", name: "P", place: "Here", description: "", createdAt: "2026-01-01T00:00:00.000Z", createdBy: "u1" },
      { partnershipId: "p1", userId: "u1", organisation: "O", sector: "nhs", role: "facilitator", joinedAt: "2026-01-01T00:00:00.000Z", updatedAt: "2026-01-01T00:00:00.000Z" },
    );
    await source.plans.create(
      { id: "pl1", partnershipId: "p1", title: "T", template: "blank", archivedAt: null, createdAt: "2026-01-01T00:00:00.000Z", createdBy: "u1", lastActivityAt: "2026-01-01T00:00:00.000Z" },
      Uint8Array.of(1, 2),
    );
    source.db.prepare("INSERT INTO plan_comments VALUES (?, ?, ?, ?, ?)").run("c1", "pl1", "First!", 1, Buffer.from([0, 1, 255]));
    source.db.prepare("INSERT INTO plan_comments (id, plan_id, body_text) VALUES (?, ?, ?)").run("c2", "pl1", "Second");

    const dumped = await collect(source);
    const comments = dumped.filter((r) => r.collection === "planComments");
    expect(comments).toEqual([
      { collection: "planComments", record: { id: "c1", planId: "pl1", bodyText: "First!", resolved: 1, attachment: Uint8Array.of(0, 1, 255) } },
      { collection: "planComments", record: { id: "c2", planId: "pl1", bodyText: "Second", resolved: 0, attachment: null } },
    ]);
    const counts = await target.transfer!.restore(iter(dumped));
    expect(counts.planComments).toBe(2);
    expect(await collect(target)).toEqual(dumped);
  });

  it("a restore that triggers would inflate is refused and rolled back", async () => {
    const source = fresh();
    const target = fresh();
    for (const s of [source, target]) {
      s.db.exec("CREATE TABLE audit_log (what TEXT NOT NULL)");
      s.db.exec("CREATE TRIGGER users_audit AFTER INSERT ON users BEGIN INSERT INTO audit_log (what) VALUES ('user ' || NEW.id); END");
    }
    await source.users.create({ id: "u1", email: "u1@example.org", displayName: "U", passwordHash: "h", createdAt: "2026-01-01T00:00:00.000Z" });
    const dumped = await collect(source);
    expect(dumped.filter((r) => r.collection === "auditLog")).toHaveLength(1);
    await expect(target.transfer!.restore(iter(dumped))).rejects.toThrow(/audit_log: expected 1 rows after import, found 2/);
    expect(await target.transfer!.isEmpty()).toBe(true);
  });

  it("dumps from one read transaction and leaves the connection usable", async () => {
    const s = fresh();
    await s.users.create({ id: "u1", email: "u1@example.org", displayName: "U", passwordHash: "h", createdAt: "2026-01-01T00:00:00.000Z" });
    const it = s.transfer!.dump()[Symbol.asyncIterator]();
    await it.next();
    expect(s.db.inTransaction).toBe(true);
    await it.return?.(undefined);
    expect(s.db.inTransaction).toBe(false);
    await s.users.updateDisplayName("u1", "V");
    expect((await s.users.findById("u1"))!.displayName).toBe("V");
  });
});
