/** API keys in SQLite: hashed keys with a visible prefix, revocable, scoped by tenant. */
import type { DatabaseSync } from 'node:sqlite';
import { statementCache, type StatementCache } from './statements.ts';
import type { ApiKeyRow, ApiKeyStore } from '../server-types.ts';

export class SqliteApiKeyStore implements ApiKeyStore {
  private readonly stmt: StatementCache;
  constructor(db: DatabaseSync) { this.stmt = statementCache(db); }

  async insertKey(r: ApiKeyRow): Promise<void> {
    this.stmt('INSERT INTO api_keys (id, tenant_id, name, role, prefix, hash, created_at, created_by, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(r.id, r.tenant_id, r.name, r.role, r.prefix, r.hash, r.created_at, r.created_by, r.revoked_at);
  }

  async findKeysByPrefix(prefix: string): Promise<ApiKeyRow[]> {
    return this.stmt('SELECT * FROM api_keys WHERE prefix = ? AND revoked_at IS NULL').all(prefix) as unknown as ApiKeyRow[];
  }

  async listKeys(tenantId: string): Promise<ApiKeyRow[]> {
    return this.stmt('SELECT * FROM api_keys WHERE tenant_id = ? ORDER BY created_at, id').all(tenantId) as unknown as ApiKeyRow[];
  }

  async getKey(tenantId: string, id: string): Promise<ApiKeyRow | undefined> {
    return this.stmt('SELECT * FROM api_keys WHERE tenant_id = ? AND id = ?').get(tenantId, id) as unknown as ApiKeyRow | undefined;
  }

  async revokeKey(tenantId: string, id: string, now: number): Promise<boolean> {
    return Number(this.stmt('UPDATE api_keys SET revoked_at = ? WHERE tenant_id = ? AND id = ? AND revoked_at IS NULL').run(now, tenantId, id).changes) > 0;
  }

  async countAllKeys(): Promise<number> {
    return Number((this.stmt('SELECT COUNT(*) AS n FROM api_keys').get() as { n: number }).n);
  }
}
