import { describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { compareNoCase } from "./collation.ts";

describe("compareNoCase matches SQLite's COLLATE NOCASE", () => {
  it("orders the same as SQLite for mixed case, digits, accents, emoji and prefixes", () => {
    const names = ["bob", "Alice", "alice smith", "Zoë", "zoe", "Ärzte", "émile", "Émile", "123", "_x", "Bob2", "bob1", "😀 team", "\uffff", "z", "Z"];
    const db = new Database(":memory:");
    db.exec("CREATE TABLE t (n TEXT)");
    const ins = db.prepare("INSERT INTO t VALUES (?)");
    for (const n of names) ins.run(n);
    // Ties (equal ignoring ASCII case) keep insertion order on both sides.
    const sqlite = (db.prepare("SELECT n FROM t ORDER BY n COLLATE NOCASE, rowid").all() as Array<{ n: string }>).map((r) => r.n);
    db.close();
    expect([...names].sort(compareNoCase)).toEqual(sqlite);
  });

  it("is a proper comparator", () => {
    expect(compareNoCase("a", "A")).toBe(0);
    expect(compareNoCase("a", "b")).toBe(-1);
    expect(compareNoCase("B", "a")).toBe(1);
    expect(compareNoCase("ab", "a")).toBe(1);
    expect(compareNoCase("", "")).toBe(0);
  });
});
