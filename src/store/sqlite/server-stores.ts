/** The server's SQLite stores, sharing the connection (and migrations) of a SqliteStore. */
import type { SqliteStore } from './sqlite-store.ts';
import type { ServerStores } from '../server-types.ts';
import { SqliteApiKeyStore } from './auth-store.ts';
import { SqliteAuditStore } from './audit-store.ts';
import { SqliteCredentialStore } from './credentials-store.ts';
import { SqliteTenantSettingsStore } from './settings-store.ts';

export function sqliteServerStores(store: SqliteStore): ServerStores {
  return { keys: new SqliteApiKeyStore(store.db), audit: new SqliteAuditStore(store), credentials: new SqliteCredentialStore(store.db), settings: new SqliteTenantSettingsStore(store.db) };
}
