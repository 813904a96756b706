import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { migrate } from "./database.ts";
import { MIGRATIONS } from "./migrations.ts";

describe("migration 10 (local indicators and sources)", () => {
  it("keeps every stored extension item and widens the kinds to indicator and source", () => {
    const db = new Database(":memory:");
    // No partnerships here: the rows stand alone (a real store has their parents).
    db.pragma("foreign_keys = OFF");
    for (const m of MIGRATIONS.filter((x) => x.version <= 9)) db.exec(m.sql);
    db.pragma("user_version = 9");
    const insert = db.prepare(`INSERT INTO outcome_extension_items (id, partnership_id, item_id, kind, data, created_seq,
      created_at, created_by, updated_at, updated_by, retired_at, retired_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`);
    const row = ["p1/local:a", "p1", "local:a", "term", '{"id":"local:a"}', 1, "2026-01-01", "u1", "2026-01-02", "u2", null, null];
    insert.run(...row);
    expect(() => insert.run("p1/local:b", "p1", "local:b", "indicator", "{}", 2, "t", "u", "t", "u", null, null)).toThrow(/CHECK/);
    migrate(db);
    expect(db.pragma("user_version", { simple: true })).toBeGreaterThanOrEqual(10);
    expect(Object.values(db.prepare("SELECT * FROM outcome_extension_items").get() as object)).toEqual(row);
    insert.run("p1/local:b", "p1", "local:b", "indicator", "{}", 2, "t", "u", "t", "u", null, null);
    insert.run("p1/local:c", "p1", "local:c", "source", "{}", 3, "t", "u", "t", "u", null, null);
    expect(() => insert.run("p1/local:d", "p1", "local:d", "widget", "{}", 4, "t", "u", "t", "u", null, null)).toThrow(/CHECK/);
    expect(() => insert.run("p1/local:e", "p1", "local:a", "term", "{}", 5, "t", "u", "t", "u", null, null)).toThrow(/UNIQUE/);
    db.close();
  });
});
