/**
 * Schema migrations for the embedded store, applied in order inside one
 * transaction each. Append new entries; never edit an applied one.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: "core",
    sql: `
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      );
      CREATE INDEX sessions_user ON sessions(user_id);
      CREATE TABLE partnerships (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        place TEXT NOT NULL,
        description TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      );
      CREATE TABLE memberships (
        partnership_id TEXT NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        organisation TEXT NOT NULL,
        sector TEXT NOT NULL,
        role TEXT NOT NULL,
        joined_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (partnership_id, user_id)
      );
      CREATE INDEX memberships_user ON memberships(user_id);
      CREATE TABLE invites (
        id TEXT PRIMARY KEY,
        partnership_id TEXT NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
        token_hash TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL,
        organisation TEXT,
        sector TEXT,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        accepted_at TEXT,
        accepted_by TEXT,
        revoked_at TEXT
      );
      CREATE INDEX invites_partnership ON invites(partnership_id);
      CREATE TABLE plans (
        id TEXT PRIMARY KEY,
        partnership_id TEXT NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        template TEXT NOT NULL,
        archived_at TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        last_activity_at TEXT NOT NULL
      );
      CREATE INDEX plans_partnership ON plans(partnership_id);
      CREATE TABLE doc_snapshots (
        doc_id TEXT PRIMARY KEY,
        snapshot BLOB,
        snapshot_seq INTEGER NOT NULL DEFAULT 0,
        next_seq INTEGER NOT NULL DEFAULT 1
      );
      CREATE TABLE doc_updates (
        doc_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        data BLOB NOT NULL,
        user_id TEXT,
        created_at TEXT NOT NULL,
        PRIMARY KEY (doc_id, seq)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 2,
    name: "outcome_extensions",
    sql: `
      CREATE TABLE outcome_extension_items (
        id TEXT PRIMARY KEY,
        partnership_id TEXT NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('term', 'outcome', 'link')),
        data TEXT NOT NULL,
        created_seq INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        retired_at TEXT,
        retired_by TEXT,
        UNIQUE (partnership_id, item_id)
      );
      CREATE TABLE outcome_extension_changes (
        id TEXT PRIMARY KEY,
        partnership_id TEXT NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        actor_id TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('create', 'update', 'retire')),
        item_kind TEXT NOT NULL,
        item_id TEXT NOT NULL,
        label TEXT NOT NULL,
        fields TEXT NOT NULL,
        at TEXT NOT NULL,
        UNIQUE (partnership_id, seq)
      );
    `,
  },
];
