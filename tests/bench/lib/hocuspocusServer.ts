/**
 * Hocuspocus 4 as the benchmarks run it: default configuration, quiet.
 * - `hp4`: no extensions (no persistence).
 * - `hp4db` (HP_DB=<file>): persistence the way Hocuspocus does it, through its
 *   `onLoadDocument` / `onStoreDocument` hooks (what `@hocuspocus/extension-database`
 *   and `-sqlite` wrap): the whole document state stored, debounced with
 *   Hocuspocus's defaults (2 s, at most 10 s), into SQLite (better-sqlite3, WAL,
 *   synchronous=NORMAL, as Jigsaw's default).
 * Env: PORT, HOST, HP_DB.
 */
import { Server } from "@hocuspocus/server";
import Database from "better-sqlite3";
import * as Y from "yjs";

const dbFile = process.env.HP_DB;
const db = dbFile ? new Database(dbFile) : null;
if (db) {
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.exec("CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, data BLOB NOT NULL)");
}
const load = db?.prepare<[string], { data: Buffer }>("SELECT data FROM documents WHERE name = ?");
const store = db?.prepare("INSERT INTO documents (name, data) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET data = excluded.data");

const server = new Server({
  port: Number(process.env.PORT ?? 0),
  address: process.env.HOST ?? "127.0.0.1",
  quiet: true,
  ...(db
    ? {
        async onLoadDocument({ document, documentName }: { document: Y.Doc; documentName: string }) {
          const row = load!.get(documentName);
          if (row) Y.applyUpdate(document, new Uint8Array(row.data));
          return document;
        },
        async onStoreDocument({ document, documentName }: { document: Y.Doc; documentName: string }) {
          store!.run(documentName, Buffer.from(Y.encodeStateAsUpdate(document)));
        },
      }
    : {}),
});
void server.listen();
