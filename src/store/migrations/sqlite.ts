/** Numbered schema migrations for the SQLite store; each runs once, in order, in a transaction. */
import { sqliteTemplatesMigration } from './sqlite-templates.ts';

export const sqliteMigrations: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'runs, steps, events, workflows',
    sql: `
      CREATE TABLE workflows (
        tenant_id TEXT NOT NULL, id TEXT NOT NULL, version INTEGER NOT NULL, name TEXT NOT NULL,
        doc TEXT NOT NULL, created_at INTEGER NOT NULL, deleted_at INTEGER,
        PRIMARY KEY (tenant_id, id, version)
      );
      CREATE TABLE runs (
        id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL, workflow_id TEXT NOT NULL, workflow_name TEXT NOT NULL,
        workflow_version INTEGER, doc TEXT NOT NULL, status TEXT NOT NULL, inputs TEXT NOT NULL,
        output TEXT, error TEXT, created_at INTEGER NOT NULL, started_at INTEGER, ended_at INTEGER,
        owner TEXT, lease_until INTEGER, wake_at INTEGER, cancel_requested INTEGER NOT NULL DEFAULT 0,
        idempotency_key TEXT, parent_run_id TEXT
      );
      CREATE INDEX runs_tenant_created ON runs (tenant_id, id DESC);
      CREATE INDEX runs_runnable ON runs (status, wake_at) WHERE status IN ('running', 'waiting', 'pending');
      CREATE UNIQUE INDEX runs_idempotency ON runs (tenant_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
      CREATE TABLE steps (
        run_id TEXT NOT NULL, step_key TEXT NOT NULL, step_id TEXT NOT NULL, kind TEXT NOT NULL,
        status TEXT NOT NULL, attempt INTEGER NOT NULL, idempotency_key TEXT,
        input TEXT, output TEXT, error TEXT, state TEXT,
        started_at INTEGER, ended_at INTEGER, wake_at INTEGER,
        PRIMARY KEY (run_id, step_key)
      ) WITHOUT ROWID;
      CREATE TABLE events (
        id INTEGER PRIMARY KEY AUTOINCREMENT, run_id TEXT NOT NULL, tenant_id TEXT NOT NULL, seq INTEGER NOT NULL,
        type TEXT NOT NULL, step_key TEXT, data TEXT, at INTEGER NOT NULL,
        UNIQUE (run_id, seq)
      );
    `,
  },
  {
    version: 2,
    name: 'server: api keys, audit trail, credentials vault',
    sql: `
      CREATE TABLE api_keys (
        id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL,
        prefix TEXT NOT NULL, hash TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL, created_by TEXT,
        revoked_at INTEGER
      );
      CREATE INDEX api_keys_prefix ON api_keys (prefix);
      CREATE INDEX api_keys_tenant ON api_keys (tenant_id, created_at);
      CREATE TABLE audit (
        id INTEGER PRIMARY KEY AUTOINCREMENT, tenant_id TEXT NOT NULL, at INTEGER NOT NULL,
        actor TEXT NOT NULL, actor_name TEXT, role TEXT, action TEXT NOT NULL, target_type TEXT, target_id TEXT,
        method TEXT, path TEXT, status INTEGER, ip TEXT, request_id TEXT, details TEXT
      );
      CREATE INDEX audit_tenant ON audit (tenant_id, id DESC);
      CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
      CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
      CREATE TABLE credentials (
        id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL, name TEXT NOT NULL, driver TEXT NOT NULL,
        fields TEXT NOT NULL, secret TEXT NOT NULL, created_at INTEGER NOT NULL, created_by TEXT,
        UNIQUE (tenant_id, name)
      );
      CREATE INDEX runs_tenant_status ON runs (tenant_id, status, id DESC);
    `,
  },
  sqliteTemplatesMigration,
  {
    version: 4,
    name: 'server: tenant settings (enabled drivers)',
    sql: `
      CREATE TABLE tenant_settings (
        tenant_id TEXT PRIMARY KEY, enabled_drivers TEXT, updated_at INTEGER NOT NULL, updated_by TEXT
      );
    `,
  },
];
