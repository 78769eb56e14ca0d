/**
 * What the HTTP server stores besides runs and workflows: API keys (hashed), the append-only
 * audit trail, the credentials vault (values encrypted by the caller before they get here),
 * and per-tenant settings.
 * Every query is scoped by tenant, except the two that must work before a tenant is known:
 * finding a presented key by its prefix, and counting keys to detect a first start.
 */

export type Role = 'admin' | 'editor' | 'operator' | 'viewer';
export const roleNames: Role[] = ['admin', 'editor', 'operator', 'viewer'];

export interface ApiKeyRow {
  id: string;
  tenant_id: string;
  name: string;
  role: Role;
  /** The visible start of the key (e.g. `af_live_a1b2c3`); the rest is never stored. */
  prefix: string;
  /** SHA-256 of the whole key, hex. */
  hash: string;
  created_at: number;
  created_by: string | null;
  revoked_at: number | null;
}

export interface ApiKeyStore {
  insertKey(row: ApiKeyRow): Promise<void>;
  /** Unrevoked keys whose prefix is `prefix`, in any tenant (the lookup that identifies the tenant). */
  findKeysByPrefix(prefix: string): Promise<ApiKeyRow[]>;
  listKeys(tenantId: string): Promise<ApiKeyRow[]>;
  getKey(tenantId: string, id: string): Promise<ApiKeyRow | undefined>;
  /** Marks a key revoked; false when it does not exist in the tenant or was already revoked. */
  revokeKey(tenantId: string, id: string, now: number): Promise<boolean>;
  /** Number of keys ever created, in all tenants (0 means first start). */
  countAllKeys(): Promise<number>;
}

export interface AuditRecord {
  id?: number;
  tenant_id: string;
  at: number;
  /** Key id of the actor (or `system`). */
  actor: string;
  actor_name: string | null;
  role: string | null;
  /** What happened, e.g. `workflows.create`, `runs.start`, `keys.revoke`. */
  action: string;
  target_type: string | null;
  target_id: string | null;
  method: string | null;
  path: string | null;
  status: number | null;
  /** Where the request came from (remote address). */
  ip: string | null;
  request_id: string | null;
  details: unknown;
}

export interface AuditFilter {
  actor?: string;
  action?: string;
  target_id?: string;
  since?: number;
  until?: number;
  /** Records with an id below this one (cursor pagination, newest first). */
  before?: number;
  limit?: number;
}

/** Append-only: there is no update and no delete. */
export interface AuditStore {
  appendAudit(records: AuditRecord[]): Promise<void>;
  listAudit(tenantId: string, filter?: AuditFilter): Promise<AuditRecord[]>;
}

export interface CredentialRow {
  id: string;
  tenant_id: string;
  name: string;
  /** Canonical driver name the values are for. */
  driver: string;
  /** Names of the fields held (never their values). */
  fields: string[];
  /** The encrypted values (opaque to the store). */
  secret: string;
  created_at: number;
  created_by: string | null;
}

export interface CredentialStore {
  /** False when the tenant already has a credential with this name. */
  insertCredential(row: CredentialRow): Promise<boolean>;
  listCredentials(tenantId: string): Promise<CredentialRow[]>;
  getCredential(tenantId: string, id: string): Promise<CredentialRow | undefined>;
  deleteCredential(tenantId: string, id: string): Promise<boolean>;
  /** Every credential of every tenant (loaded once at start to register values for redaction). */
  loadAllCredentials(): Promise<CredentialRow[]>;
}

/** A tenant's settings; a tenant without a row has the defaults (every driver enabled). */
export interface TenantSettingsRow {
  tenant_id: string;
  /** Canonical names of the drivers the tenant may use; null means every driver. */
  enabled_drivers: string[] | null;
  updated_at: number;
  /** Key id of whoever changed them last. */
  updated_by: string | null;
}

export interface TenantSettingsStore {
  getSettings(tenantId: string): Promise<TenantSettingsRow | undefined>;
  /** Inserts or replaces the tenant's settings. */
  putSettings(row: TenantSettingsRow): Promise<void>;
}

/** The server's stores together, as the server receives them. */
export interface ServerStores {
  keys: ApiKeyStore;
  audit: AuditStore;
  credentials: CredentialStore;
  settings: TenantSettingsStore;
}
