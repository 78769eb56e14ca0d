/**
 * API keys: 32 random bytes behind a visible prefix (`af_live_a1b2c3…`), stored only as a
 * SHA-256 hash. A presented key is looked up by its prefix and compared in constant time.
 * On first start (no key anywhere) an admin key for the `default` tenant is created — the
 * value of AUTOFLOW_ADMIN_KEY when set, else a fresh one — and shown once.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../platform/clock.ts';
import { newId } from '../platform/ids.ts';
import { registerSecret } from '../platform/secrets.ts';
import type { ApiKeyRow, ApiKeyStore, Role } from '../store/server-types.ts';
import { httpError } from './errors.ts';

/** Who is calling: the key, its tenant and role. */
export interface Principal {
  keyId: string;
  tenantId: string;
  role: Role;
  name: string;
}

export const keyPrefixMark = 'af_live_';
/** The tenant of the first admin key, and of runs started by the CLI. */
export const defaultTenant = 'default';
const minCustomKeyLength = 24;
/** How long a verified key is trusted without asking the store again (a revocation in this process applies at once). */
const cacheMs = 5000;

/** A new key: `af_live_` + 43 base64url characters (256 bits). */
export function generateKey(): string {
  return keyPrefixMark + randomBytes(32).toString('base64url');
}

/** The visible, stored part of a key (enough to tell keys apart, far too little to guess one). */
export function keyPrefix(key: string): string {
  return key.startsWith(keyPrefixMark) ? key.slice(0, keyPrefixMark.length + 6) : key.slice(0, 6);
}

export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export class KeyService {
  private readonly store: ApiKeyStore;
  private readonly clock: Clock;
  /** Recently verified keys by hash (a revocation here clears it; elsewhere it holds at most cacheMs). */
  private cache = new Map<string, { who: Principal; digest: Buffer; until: number }>();
  constructor(store: ApiKeyStore, clock: Clock) { this.store = store; this.clock = clock; }

  /** The principal for an `Authorization` header value; throws 401 otherwise. */
  async authenticate(header: string | undefined): Promise<Principal> {
    const m = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    if (!m) throw httpError(401, 'unauthorized', header ? 'The Authorization header is not a Bearer token.' : 'This route needs an API key.', 'Send `Authorization: Bearer <key>`; `autoflow serve` prints the admin key on first start, and admins create more at POST /v1/keys.');
    const presented = m[1];
    const hex = hashKey(presented);
    const digest = Buffer.from(hex, 'hex');
    const hit = this.cache.get(hex);
    if (hit && hit.until > Date.now() && timingSafeEqual(hit.digest, digest)) return hit.who;
    let found: ApiKeyRow | undefined;
    for (const row of await this.store.findKeysByPrefix(keyPrefix(presented))) {
      const stored = Buffer.from(row.hash, 'hex');
      if (stored.length === digest.length && timingSafeEqual(stored, digest)) found = row;
    }
    if (found) {
      const who: Principal = { keyId: found.id, tenantId: found.tenant_id, role: found.role, name: found.name };
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(hex, { who, digest, until: Date.now() + cacheMs });
    }
    if (!found) throw httpError(401, 'unauthorized', 'The API key is not valid (unknown or revoked).', 'Check the key, or ask an admin for a new one.');
    return { keyId: found.id, tenantId: found.tenant_id, role: found.role, name: found.name };
  }

  /** Creates a key; the returned `key` is the only time its value exists outside the caller. */
  async create(o: { tenantId: string; name: string; role: Role; createdBy: string | null; value?: string }): Promise<{ row: ApiKeyRow; key: string }> {
    const key = o.value ?? generateKey();
    if (key.length < minCustomKeyLength || /\s/.test(key)) throw httpError(400, 'invalid_request', `An API key must be at least ${minCustomKeyLength} characters without spaces.`, 'Leave AUTOFLOW_ADMIN_KEY unset to have one generated.');
    registerSecret(key);
    const row: ApiKeyRow = { id: newId('key', this.clock.now()), tenant_id: o.tenantId, name: o.name, role: o.role, prefix: keyPrefix(key), hash: hashKey(key), created_at: this.clock.now(), created_by: o.createdBy, revoked_at: null };
    await this.store.insertKey(row);
    return { row, key };
  }

  /** On first start: the admin key of the default tenant (from AUTOFLOW_ADMIN_KEY or new); undefined when keys exist. */
  async bootstrap(adminKey?: string): Promise<{ key: string; generated: boolean } | undefined> {
    if ((await this.store.countAllKeys()) > 0) return undefined;
    const { key } = await this.create({ tenantId: defaultTenant, name: 'admin', role: 'admin', createdBy: 'bootstrap', value: adminKey });
    return { key, generated: !adminKey };
  }

  list(tenantId: string): Promise<ApiKeyRow[]> { return this.store.listKeys(tenantId); }
  get(tenantId: string, id: string): Promise<ApiKeyRow | undefined> { return this.store.getKey(tenantId, id); }
  async revoke(tenantId: string, id: string): Promise<boolean> {
    const ok = await this.store.revokeKey(tenantId, id, this.clock.now());
    this.cache.clear();
    return ok;
  }
}
