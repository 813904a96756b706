import type { Statement } from "better-sqlite3";
import type { Db } from "./database.ts";
import type { DumpRecord, DumpValue, RestoreCounts, StorageTransfer } from "../types.ts";
import { TransferError } from "../transfer/transferError.ts";

/**
 * The embedded store's `transfer`: generic over every user table, so tables
 * added by later migrations (comments, notifications, ...) are dumped and
 * restored without touching this file. Table and column names map to the
 * store-neutral camelCase (`doc_updates.user_id` → `docUpdates.userId`).
 * Skipped: SQLite's own tables (`sqlite_*`), virtual tables (FTS) and their
 * shadow tables — derived data that triggers or indexers rebuild.
 */

interface TableInfo {
  table: string;
  collection: string;
  /** Column name → camelCase field, in declaration order. */
  columns: Array<{ column: string; field: string }>;
  /** ORDER BY for a stable dump (primary key, else rowid). */
  orderBy: string;
}

/** `snake_case` → `camelCase` (the dump's naming). */
export function camelCase(name: string): string {
  return name.replace(/_+([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

function quote(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

/** The user tables worth dumping, parents before children (by foreign keys), else in creation order. */
export function describeTables(db: Db): TableInfo[] {
  const kinds = new Map(
    (db.pragma("table_list") as Array<{ schema: string; name: string; type: string }>)
      .filter((t) => t.schema === "main")
      .map((t) => [t.name, t.type]),
  );
  const virtual = [...kinds].filter(([, type]) => type === "virtual").map(([name]) => name);
  const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid").all() as Array<{ name: string }>)
    .map((r) => r.name)
    .filter((n) => kinds.get(n) === "table" && !n.startsWith("sqlite_") && !virtual.some((v) => n.startsWith(`${v}_`)));

  const deps = new Map<string, string[]>();
  for (const n of names) {
    const fks = db.pragma(`foreign_key_list(${quote(n)})`) as Array<{ table: string }>;
    deps.set(n, [...new Set(fks.map((f) => f.table).filter((t) => t !== n && names.includes(t)))]);
  }
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (n: string) => {
    if (ordered.includes(n) || visiting.has(n)) return; // a cycle falls back to creation order (restore defers FKs)
    visiting.add(n);
    for (const d of deps.get(n) ?? []) visit(d);
    visiting.delete(n);
    ordered.push(n);
  };
  names.forEach(visit);

  const seen = new Map<string, string>();
  return ordered.map((table) => {
    const cols = db.pragma(`table_info(${quote(table)})`) as Array<{ name: string; pk: number }>;
    const collection = camelCase(table);
    const clash = seen.get(collection);
    if (clash) throw new TransferError(`tables ${clash} and ${table} both map to "${collection}"`);
    seen.set(collection, table);
    const fields = new Set<string>();
    const columns = cols.map((c) => {
      const field = camelCase(c.name);
      if (fields.has(field)) throw new TransferError(`${table}: two columns map to "${field}"`);
      fields.add(field);
      return { column: c.name, field };
    });
    const pk = cols.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
    const orderBy = pk.length > 0 ? pk.map((c) => quote(c.name)).join(", ") : "rowid";
    return { table, collection, columns, orderBy };
  });
}

function toDumpValue(v: unknown, where: string): DumpValue {
  if (v === null || typeof v === "string" || typeof v === "number") return v;
  if (v instanceof Uint8Array) return new Uint8Array(v);
  if (typeof v === "bigint") {
    if (Number.isSafeInteger(Number(v))) return Number(v);
    throw new TransferError(`${where}: integer ${v} is too large for a dump`);
  }
  throw new TransferError(`${where}: unsupported value`);
}

function toSqlValue(v: DumpValue): string | number | bigint | Buffer | null {
  if (v instanceof Uint8Array) return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  if (typeof v === "boolean") return v ? 1 : 0;
  return v;
}

/** The embedded store's transfer capability over `db`. */
export function createEmbeddedTransfer(db: Db): StorageTransfer {
  async function isEmpty(): Promise<boolean> {
    return describeTables(db).every((t) => db.prepare(`SELECT 1 FROM ${quote(t.table)} LIMIT 1`).get() === undefined);
  }

  return {
    async *dump() {
      const tables = describeTables(db);
      // One read transaction: a consistent snapshot even if another process writes meanwhile.
      const ownTx = !db.inTransaction;
      if (ownTx) db.exec("BEGIN");
      try {
        for (const t of tables) {
          const stmt = db.prepare(`SELECT * FROM ${quote(t.table)} ORDER BY ${t.orderBy}`);
          for (const row of stmt.iterate() as Iterable<Record<string, unknown>>) {
            const record: Record<string, DumpValue> = {};
            for (const c of t.columns) record[c.field] = toDumpValue(row[c.column], `${t.table}.${c.column}`);
            yield { collection: t.collection, record } satisfies DumpRecord;
          }
        }
      } finally {
        if (ownTx && db.inTransaction) db.exec("COMMIT");
      }
    },
    isEmpty,
    async restore(records) {
      const tables = new Map(describeTables(db).map((t) => [t.collection, t]));
      const inserts = new Map<string, Statement<unknown[]>>();
      const counts: RestoreCounts = {};
      db.exec("BEGIN IMMEDIATE");
      try {
        if (!(await isEmpty())) {
          throw new TransferError("The target embedded store is not empty. Import only into a new, empty DATA_DIR.");
        }
        // Foreign keys are checked once, at COMMIT, whatever the record order.
        db.pragma("defer_foreign_keys = ON");
        for await (const r of records) {
          const t = tables.get(r.collection);
          if (!t) {
            throw new TransferError(`The embedded store has no table for "${r.collection}"; upgrade Jigsaw before importing this dump.`);
          }
          const fields = Object.keys(r.record);
          const cols = fields.map((f) => {
            const c = t.columns.find((x) => x.field === f);
            if (!c) throw new TransferError(`${r.collection}: unknown field "${f}" (table ${t.table} has no such column)`);
            return c.column;
          });
          const key = `${t.table}\u0000${cols.join("\u0000")}`;
          let stmt = inserts.get(key);
          if (!stmt) {
            stmt = db.prepare<unknown[]>(
              `INSERT INTO ${quote(t.table)} (${cols.map(quote).join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`,
            );
            inserts.set(key, stmt);
          }
          const n = (counts[r.collection] ?? 0) + 1;
          try {
            stmt.run(...fields.map((f) => toSqlValue(r.record[f]!)));
          } catch (err) {
            throw new TransferError(`${r.collection} record ${n}: ${(err as Error).message}`);
          }
          counts[r.collection] = n;
        }
        // Triggers must not have added rows the dump did not contain (that would duplicate data).
        for (const t of tables.values()) {
          const have = (db.prepare(`SELECT COUNT(*) AS n FROM ${quote(t.table)}`).get() as { n: number }).n;
          if (have !== (counts[t.collection] ?? 0)) {
            throw new TransferError(`${t.table}: expected ${counts[t.collection] ?? 0} rows after import, found ${have}`);
          }
        }
        try {
          db.exec("COMMIT");
        } catch (err) {
          throw new TransferError(`The dump is inconsistent (${(err as Error).message}): a record refers to one that is missing.`);
        }
      } catch (err) {
        if (db.inTransaction) db.exec("ROLLBACK");
        throw err;
      }
      return counts;
    },
  };
}
