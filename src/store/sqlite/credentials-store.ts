/** Credentials in SQLite: one row per named credential, its values encrypted by the vault. */
import type { DatabaseSync } from 'node:sqlite';
import { statementCache, type StatementCache } from './statements.ts';
import type { CredentialRow, CredentialStore } from '../server-types.ts';

const fromRow = (r: Record<string, unknown>): CredentialRow => ({ ...r, fields: JSON.parse(String(r.fields)) }) as CredentialRow;

export class SqliteCredentialStore implements CredentialStore {
  private readonly stmt: StatementCache;
  constructor(db: DatabaseSync) { this.stmt = statementCache(db); }

  async insertCredential(r: CredentialRow): Promise<boolean> {
    const res = this.stmt(`INSERT INTO credentials (id, tenant_id, name, driver, fields, secret, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (tenant_id, name) DO NOTHING`).run(r.id, r.tenant_id, r.name, r.driver, JSON.stringify(r.fields), r.secret, r.created_at, r.created_by);
    return Number(res.changes) > 0;
  }

  async listCredentials(tenantId: string): Promise<CredentialRow[]> {
    return (this.stmt('SELECT * FROM credentials WHERE tenant_id = ? ORDER BY created_at, id').all(tenantId) as Record<string, unknown>[]).map(fromRow);
  }

  async getCredential(tenantId: string, id: string): Promise<CredentialRow | undefined> {
    const r = this.stmt('SELECT * FROM credentials WHERE tenant_id = ? AND id = ?').get(tenantId, id) as Record<string, unknown> | undefined;
    return r ? fromRow(r) : undefined;
  }

  async deleteCredential(tenantId: string, id: string): Promise<boolean> {
    return Number(this.stmt('DELETE FROM credentials WHERE tenant_id = ? AND id = ?').run(tenantId, id).changes) > 0;
  }

  async loadAllCredentials(): Promise<CredentialRow[]> {
    return (this.stmt('SELECT * FROM credentials ORDER BY created_at, id').all() as Record<string, unknown>[]).map(fromRow);
  }
}
