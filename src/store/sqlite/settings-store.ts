/** Tenant settings in SQLite (migration 4): one row per tenant; `enabled_drivers` is a JSON array or NULL (every driver). */
import type { DatabaseSync } from 'node:sqlite';
import { statementCache, type StatementCache } from './statements.ts';
import type { TenantSettingsRow, TenantSettingsStore } from '../server-types.ts';

export class SqliteTenantSettingsStore implements TenantSettingsStore {
  private readonly stmt: StatementCache;
  constructor(db: DatabaseSync) { this.stmt = statementCache(db); }

  async getSettings(tenantId: string): Promise<TenantSettingsRow | undefined> {
    const r = this.stmt('SELECT * FROM tenant_settings WHERE tenant_id = ?').get(tenantId) as Record<string, unknown> | undefined;
    if (!r) return undefined;
    return { tenant_id: String(r.tenant_id), enabled_drivers: r.enabled_drivers === null ? null : JSON.parse(String(r.enabled_drivers)), updated_at: Number(r.updated_at), updated_by: (r.updated_by as string | null) ?? null };
  }

  async putSettings(r: TenantSettingsRow): Promise<void> {
    this.stmt(`INSERT INTO tenant_settings (tenant_id, enabled_drivers, updated_at, updated_by) VALUES (?, ?, ?, ?)
      ON CONFLICT (tenant_id) DO UPDATE SET enabled_drivers = excluded.enabled_drivers, updated_at = excluded.updated_at, updated_by = excluded.updated_by`)
      .run(r.tenant_id, r.enabled_drivers === null ? null : JSON.stringify(r.enabled_drivers), r.updated_at, r.updated_by);
  }
}
