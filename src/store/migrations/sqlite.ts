/** Numbered schema migrations for the SQLite store; each runs once, in order, in a transaction. */

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
];
