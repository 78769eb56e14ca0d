/** Migration 3 (planner): user-saved templates, versioned per tenant; an index for run-history estimates. */

export const sqliteTemplatesMigration = {
  version: 3,
  name: 'planner: user templates, step history index',
  sql: `
    CREATE TABLE templates (
      tenant_id TEXT NOT NULL, id TEXT NOT NULL, version INTEGER NOT NULL, name TEXT NOT NULL,
      doc TEXT NOT NULL, created_at INTEGER NOT NULL, created_by TEXT, deleted_at INTEGER,
      PRIMARY KEY (tenant_id, id, version)
    );
    CREATE INDEX runs_tenant_ended ON runs (tenant_id, ended_at DESC) WHERE ended_at IS NOT NULL;
  `,
};
