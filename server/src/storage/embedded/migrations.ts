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
  {
    version: 3,
    name: "agreements_versions_audit",
    sql: `
      CREATE TABLE agreements (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        status TEXT NOT NULL CHECK (status IN ('open', 'agreed', 'withdrawn')),
        revision INTEGER NOT NULL,
        proposed_at TEXT NOT NULL,
        data TEXT NOT NULL
      );
      CREATE INDEX agreements_plan ON agreements(plan_id, proposed_at);
      CREATE TABLE plan_versions (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('named', 'auto', 'agreed', 'before_restore')),
        name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT,
        state BLOB NOT NULL,
        snapshot TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        agreement_id TEXT,
        sign_off TEXT
      );
      CREATE INDEX plan_versions_plan ON plan_versions(plan_id, created_at);
      -- Content never changes; agreed versions never change at all.
      CREATE TRIGGER plan_versions_content_immutable BEFORE UPDATE OF id, plan_id, kind, created_at, created_by, state,
        snapshot, content_hash, agreement_id, sign_off ON plan_versions
        BEGIN SELECT RAISE(ABORT, 'plan versions are immutable'); END;
      CREATE TRIGGER plan_versions_agreed_immutable BEFORE UPDATE ON plan_versions WHEN OLD.kind = 'agreed'
        BEGIN SELECT RAISE(ABORT, 'agreed versions are immutable'); END;
      CREATE TRIGGER plan_versions_agreed_undeletable BEFORE DELETE ON plan_versions WHEN OLD.kind = 'agreed'
        BEGIN SELECT RAISE(ABORT, 'agreed versions are immutable'); END;
      CREATE TABLE audit_events (
        id TEXT PRIMARY KEY,
        partnership_id TEXT NOT NULL,
        plan_id TEXT,
        at TEXT NOT NULL,
        actor_id TEXT,
        actor_name TEXT NOT NULL,
        organisation TEXT,
        action TEXT NOT NULL,
        subject_type TEXT NOT NULL,
        subject_id TEXT NOT NULL,
        details TEXT NOT NULL
      );
      CREATE INDEX audit_events_plan ON audit_events(plan_id, at);
      -- Append-only: no update, no delete.
      CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
      CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
    `,
  },
  {
    version: 4,
    name: "comments_notifications_search",
    sql: `
      CREATE TABLE comments (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        partnership_id TEXT NOT NULL,
        thread_id TEXT NOT NULL,
        parent_id TEXT,
        author_id TEXT NOT NULL,
        body TEXT NOT NULL,
        search_text TEXT NOT NULL,
        anchor TEXT,
        created_at TEXT NOT NULL,
        edited_at TEXT,
        deleted_at TEXT,
        resolved_at TEXT,
        resolved_by TEXT
      );
      CREATE INDEX comments_plan ON comments(plan_id, created_at);
      CREATE INDEX comments_thread ON comments(thread_id, created_at);
      CREATE TABLE comment_reactions (
        comment_id TEXT NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
        plan_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        reaction TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (comment_id, user_id, reaction)
      ) WITHOUT ROWID;
      CREATE INDEX comment_reactions_plan ON comment_reactions(plan_id);
      CREATE TABLE notifications (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        partnership_id TEXT NOT NULL,
        plan_id TEXT,
        kind TEXT NOT NULL,
        thread_id TEXT,
        comment_id TEXT,
        actor_id TEXT,
        title TEXT NOT NULL,
        excerpt TEXT NOT NULL,
        path TEXT NOT NULL,
        created_at TEXT NOT NULL,
        read_at TEXT,
        email TEXT NOT NULL CHECK (email IN ('immediate', 'digest', 'none')),
        emailed_at TEXT
      );
      CREATE INDEX notifications_user ON notifications(user_id, created_at);
      CREATE INDEX notifications_digest ON notifications(email, emailed_at, created_at);
      CREATE TABLE notification_preferences (
        user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        mention TEXT NOT NULL,
        reply TEXT NOT NULL,
        lead_comment TEXT NOT NULL,
        agreement_request TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE plan_visits (
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        visited_at TEXT NOT NULL,
        seq INTEGER NOT NULL,
        state_vector BLOB NOT NULL,
        digests TEXT NOT NULL,
        PRIMARY KEY (user_id, plan_id)
      ) WITHOUT ROWID;
      CREATE TABLE doc_client_owners (
        doc_id TEXT NOT NULL,
        client_id INTEGER NOT NULL,
        user_id TEXT NOT NULL,
        PRIMARY KEY (doc_id, client_id)
      ) WITHOUT ROWID;
      CREATE VIRTUAL TABLE search_fts USING fts5(
        title, body,
        kind UNINDEXED, partnership_id UNINDEXED, plan_id UNINDEXED, ref_id UNINDEXED, comment_id UNINDEXED,
        tokenize = 'porter unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER comments_search_insert AFTER INSERT ON comments WHEN new.deleted_at IS NULL BEGIN
        INSERT INTO search_fts (title, body, kind, partnership_id, plan_id, ref_id, comment_id)
        VALUES ('', new.search_text, 'comment', new.partnership_id, new.plan_id, new.thread_id, new.id);
      END;
      CREATE TRIGGER comments_search_update AFTER UPDATE OF search_text, deleted_at ON comments BEGIN
        DELETE FROM search_fts WHERE comment_id = old.id;
        INSERT INTO search_fts (title, body, kind, partnership_id, plan_id, ref_id, comment_id)
        SELECT '', new.search_text, 'comment', new.partnership_id, new.plan_id, new.thread_id, new.id
        WHERE new.deleted_at IS NULL;
      END;
      CREATE TRIGGER comments_search_delete AFTER DELETE ON comments BEGIN
        DELETE FROM search_fts WHERE comment_id = old.id;
      END;
    `,
  },
  {
    version: 5,
    name: "audit_by_partnership_comment_author_organisation",
    sql: `
      CREATE INDEX audit_events_partnership ON audit_events(partnership_id, at);
      ALTER TABLE comments ADD COLUMN author_organisation TEXT;
      ALTER TABLE comments ADD COLUMN author_sector TEXT;
    `,
  },
  {
    version: 6,
    name: "account_security",
    sql: `
      ALTER TABLE users ADD COLUMN email_verified_at TEXT;
      ALTER TABLE users ADD COLUMN totp_secret TEXT;
      ALTER TABLE partnerships ADD COLUMN two_factor_required_at TEXT;
      CREATE TABLE auth_tokens (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        purpose TEXT NOT NULL CHECK (purpose IN ('password_reset', 'email_verification')),
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at TEXT
      );
      CREATE INDEX auth_tokens_user ON auth_tokens(user_id, purpose);
      CREATE INDEX auth_tokens_expires ON auth_tokens(expires_at);
    `,
  },
  {
    version: 7,
    name: "erasure",
    sql: `
      ALTER TABLE users ADD COLUMN erased_at TEXT;
      CREATE INDEX comments_author ON comments(author_id, created_at);
      CREATE INDEX audit_events_actor ON audit_events(actor_id);
      CREATE INDEX audit_events_subject ON audit_events(subject_id);
      -- The one change the audit trail allows: an erased person's recorded name
      -- (actor name, or a name inside details) replaced by a "Former member"
      -- label; who, when, which organisation, what and about what never change.
      DROP TRIGGER audit_events_no_update;
      CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
        WHEN NOT (
          (new.actor_name IS old.actor_name OR new.actor_name LIKE 'Former member%')
          AND (new.details IS old.details OR new.details LIKE '%Former member%')
          AND new.id IS old.id AND new.partnership_id IS old.partnership_id AND new.plan_id IS old.plan_id
          AND new.at IS old.at AND new.actor_id IS old.actor_id AND new.organisation IS old.organisation
          AND new.action IS old.action AND new.subject_type IS old.subject_type AND new.subject_id IS old.subject_id
        )
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
    `,
  },
  {
    version: 8,
    name: "erasure_in_sign_offs",
    sql: `
      -- Versions stay immutable, except that erasure may replace a person's name
      -- in a sign-off record with a "Former member" label (nothing else changes).
      DROP TRIGGER plan_versions_content_immutable;
      CREATE TRIGGER plan_versions_content_immutable BEFORE UPDATE OF id, plan_id, kind, created_at, created_by, state,
        snapshot, content_hash, agreement_id, sign_off ON plan_versions
        WHEN NOT (
          new.sign_off LIKE '%Former member%' AND new.id IS old.id AND new.plan_id IS old.plan_id AND new.kind IS old.kind
          AND new.name IS old.name AND new.created_at IS old.created_at AND new.created_by IS old.created_by
          AND new.state IS old.state AND new.snapshot IS old.snapshot AND new.content_hash IS old.content_hash
          AND new.agreement_id IS old.agreement_id
        )
        BEGIN SELECT RAISE(ABORT, 'plan versions are immutable'); END;
      DROP TRIGGER plan_versions_agreed_immutable;
      CREATE TRIGGER plan_versions_agreed_immutable BEFORE UPDATE ON plan_versions
        WHEN OLD.kind = 'agreed' AND NOT (
          new.sign_off LIKE '%Former member%' AND new.id IS old.id AND new.plan_id IS old.plan_id AND new.kind IS old.kind
          AND new.name IS old.name AND new.created_at IS old.created_at AND new.created_by IS old.created_by
          AND new.state IS old.state AND new.snapshot IS old.snapshot AND new.content_hash IS old.content_hash
          AND new.agreement_id IS old.agreement_id
        )
        BEGIN SELECT RAISE(ABORT, 'agreed versions are immutable'); END;
    `,
  },
  {
    version: 9,
    name: "totp_last_step",
    sql: `
      -- The latest time step at which a two-factor code was accepted: a code is used once.
      ALTER TABLE users ADD COLUMN totp_last_step INTEGER;
    `,
  },
  {
    version: 10,
    name: "local_indicators_and_sources",
    sql: `
      -- A partnership may add its own indicators and sources: widen the kind check (SQLite cannot alter a
      -- CHECK, so the table is rebuilt with the same columns, keys and rows).
      CREATE TABLE outcome_extension_items_v10 (
        id TEXT PRIMARY KEY,
        partnership_id TEXT NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('term', 'outcome', 'link', 'indicator', 'source')),
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
      INSERT INTO outcome_extension_items_v10 SELECT id, partnership_id, item_id, kind, data, created_seq, created_at,
        created_by, updated_at, updated_by, retired_at, retired_by FROM outcome_extension_items;
      DROP TABLE outcome_extension_items;
      ALTER TABLE outcome_extension_items_v10 RENAME TO outcome_extension_items;
    `,
  },
];

