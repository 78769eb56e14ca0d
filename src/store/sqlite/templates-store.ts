/**
 * User-saved templates in SQLite (migration 3): every save of a template id is a new version;
 * listing shows each id's newest version; deleting hides every version. Shares the connection
 * of a SqliteStore (`new SqliteTemplateStore(store.db)`).
 */
import type { DatabaseSync } from 'node:sqlite';

export interface TemplateRow {
  tenant_id: string;
  id: string;
  version: number;
  name: string;
  doc: Record<string, unknown>;
  created_at: number;
  created_by: string | null;
}

function fromRow(r: Record<string, unknown>): TemplateRow {
  return { tenant_id: String(r.tenant_id), id: String(r.id), version: Number(r.version), name: String(r.name), doc: JSON.parse(String(r.doc)), created_at: Number(r.created_at), created_by: (r.created_by as string | null) ?? null };
}

export class SqliteTemplateStore {
  private readonly db: DatabaseSync;
  constructor(db: DatabaseSync) { this.db = db; }

  /** Saves the next version of template `id`; `build` receives the version number and returns its name and document. */
  async saveTemplate(tenantId: string, id: string, build: (version: number) => { name: string; doc: Record<string, unknown> }, now: number, createdBy?: string): Promise<TemplateRow> {
    const own = !this.db.isTransaction;
    if (own) this.db.exec('BEGIN IMMEDIATE');
    try {
      const cur = this.db.prepare('SELECT MAX(version) AS v FROM templates WHERE tenant_id = ? AND id = ?').get(tenantId, id) as { v: number | null };
      const version = (cur?.v ?? 0) + 1;
      const { name, doc } = build(version);
      this.db.prepare('INSERT INTO templates (tenant_id, id, version, name, doc, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)').run(tenantId, id, version, name, JSON.stringify(doc), now, createdBy ?? null);
      if (own) this.db.exec('COMMIT');
      return { tenant_id: tenantId, id, version, name, doc, created_at: now, created_by: createdBy ?? null };
    } catch (err) {
      if (own && this.db.isTransaction) this.db.exec('ROLLBACK');
      throw err;
    }
  }

  /** The newest (or the given) version of a template that is not deleted. */
  async getTemplate(tenantId: string, id: string, version?: number): Promise<TemplateRow | undefined> {
    const r = version === undefined
      ? this.db.prepare('SELECT * FROM templates WHERE tenant_id = ? AND id = ? AND deleted_at IS NULL ORDER BY version DESC LIMIT 1').get(tenantId, id)
      : this.db.prepare('SELECT * FROM templates WHERE tenant_id = ? AND id = ? AND version = ? AND deleted_at IS NULL').get(tenantId, id, version);
    return r ? fromRow(r as Record<string, unknown>) : undefined;
  }

  /** The newest version of every template of the tenant, by id. */
  async listTemplates(tenantId: string): Promise<TemplateRow[]> {
    return (this.db.prepare(`SELECT t.* FROM templates t WHERE tenant_id = ? AND deleted_at IS NULL
      AND version = (SELECT MAX(version) FROM templates x WHERE x.tenant_id = t.tenant_id AND x.id = t.id) ORDER BY id`).all(tenantId) as Record<string, unknown>[]).map(fromRow);
  }

  /** Hides every version of a template; false when there was none. */
  async deleteTemplate(tenantId: string, id: string, now: number): Promise<boolean> {
    const r = this.db.prepare('UPDATE templates SET deleted_at = ? WHERE tenant_id = ? AND id = ? AND deleted_at IS NULL').run(now, tenantId, id);
    return Number(r.changes) > 0;
  }
}
