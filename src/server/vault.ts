/**
 * The credentials vault: per-tenant driver credentials encrypted at rest with AES-256-GCM
 * (random 96-bit nonce per value, the tenant and credential id bound in as associated data).
 * The key comes from AUTOFLOW_ENCRYPTION_KEY or a key file created on first start with mode
 * 0600. Values are decrypted once at load, registered for redaction, and handed to the engine
 * through a resolver; no route ever returns them.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, openSync, readFileSync, statSync, writeSync, closeSync } from 'node:fs';
import path from 'node:path';
import type { DriverRegistry, Env } from '../drivers/registry.ts';
import { withCredentialValues } from '../drivers/credential-env.ts';
import type { Clock } from '../platform/clock.ts';
import { AutoflowError } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { registerSecret } from '../platform/secrets.ts';
import type { CredentialRow, CredentialStore } from '../store/server-types.ts';
import { httpError } from './errors.ts';

export const keyFileName = 'encryption.key';

/** Parses a 32-byte key given as base64 (44 chars) or hex (64 chars). */
export function parseEncryptionKey(text: string): Buffer {
  const t = text.trim();
  const buf = /^[0-9a-f]{64}$/i.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (buf.length !== 32) throw new AutoflowError({ code: 'bad_config', message: 'AUTOFLOW_ENCRYPTION_KEY must be 32 bytes, written as base64 or hex.', hint: 'Create one with `openssl rand -base64 32`.' });
  return buf;
}

/** The encryption key: from the environment, else the key file in `dataDir` (created with mode 0600 if absent). */
export function loadEncryptionKey(o: { encryptionKey?: string; dataDir: string }): { key: Buffer; source: 'env' | 'file' | 'new-file'; file?: string } {
  if (o.encryptionKey) return { key: parseEncryptionKey(o.encryptionKey), source: 'env' };
  const file = path.join(o.dataDir, keyFileName);
  mkdirSync(o.dataDir, { recursive: true });
  try {
    const fd = openSync(file, 'wx', 0o600);
    const key = randomBytes(32);
    try { writeSync(fd, `${key.toString('base64')}\n`); } finally { closeSync(fd); }
    chmodSync(file, 0o600);
    return { key, source: 'new-file', file };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  return { key: parseEncryptionKey(readFileSync(file, 'utf8')), source: 'file', file };
}

/** AES-256-GCM: `v1.<nonce>.<tag>.<ciphertext>` (base64url), authenticated together with `aad`. */
export function encryptValue(key: Buffer, plaintext: string, aad: string): string {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, iv);
  c.setAAD(Buffer.from(aad));
  const ct = Buffer.concat([c.update(plaintext, 'utf8'), c.final()]);
  return ['v1', iv.toString('base64url'), c.getAuthTag().toString('base64url'), ct.toString('base64url')].join('.');
}

export function decryptValue(key: Buffer, blob: string, aad: string): string {
  const [v, iv, tag, ct] = blob.split('.');
  if (v !== 'v1' || !iv || !tag || ct === undefined) throw new Error('unknown ciphertext format');
  const d = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  d.setAAD(Buffer.from(aad));
  d.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([d.update(Buffer.from(ct, 'base64url')), d.final()]).toString('utf8');
}

const aadOf = (r: { tenant_id: string; id: string }) => `${r.tenant_id}:${r.id}`;

export class Vault {
  private readonly store: CredentialStore;
  private readonly key: Buffer;
  private readonly registry: DriverRegistry;
  private readonly clock: Clock;
  /** tenant → driver → values (the newest credential for the driver wins). */
  private cache = new Map<string, Map<string, { id: string; created_at: number; values: Record<string, string> }>>();

  constructor(o: { store: CredentialStore; key: Buffer; registry: DriverRegistry; clock: Clock }) {
    this.store = o.store; this.key = o.key; this.registry = o.registry; this.clock = o.clock;
  }

  /** Decrypts every stored credential, registers the values for redaction and fills the resolver's cache. */
  async load(): Promise<number> {
    const rows = await this.store.loadAllCredentials();
    this.cache.clear();
    for (const r of rows) this.remember(r, this.open(r));
    return rows.length;
  }

  private open(r: CredentialRow): Record<string, string> {
    try {
      const values = JSON.parse(decryptValue(this.key, r.secret, aadOf(r))) as Record<string, string>;
      for (const v of Object.values(values)) registerSecret(v);
      return values;
    } catch {
      throw new AutoflowError({ code: 'bad_config', message: `Credential '${r.name}' (tenant ${r.tenant_id}) cannot be decrypted with the current encryption key.`, hint: 'Start with the AUTOFLOW_ENCRYPTION_KEY (or data/encryption.key) it was stored under.' });
    }
  }

  private remember(r: CredentialRow, values: Record<string, string>): void {
    let t = this.cache.get(r.tenant_id);
    if (!t) { t = new Map(); this.cache.set(r.tenant_id, t); }
    const cur = t.get(r.driver);
    if (!cur || cur.created_at <= r.created_at) t.set(r.driver, { id: r.id, created_at: r.created_at, values });
  }

  /** Stores a credential for a driver; values are checked against the driver's fields and never echoed. */
  async create(tenantId: string, input: { name: string; driver: string; values: Record<string, string> }, createdBy: string): Promise<CredentialRow> {
    const def = this.registry.get(input.driver);
    if (!def) throw httpError(400, 'invalid_request', `Unknown driver '${input.driver}'.`, `Drivers: ${this.registry.drivers.map((d) => d.name).join(', ')}.`, [{ path: '$.driver', code: 'unknown_driver', message: `Unknown driver '${input.driver}'.` }]);
    const allowed = [...(def.credentials?.fields ?? []), ...(def.settings ?? [])].map((f) => f.name);
    const unknown = Object.keys(input.values).filter((k) => !allowed.includes(k));
    if (unknown.length) throw httpError(400, 'invalid_request', `Driver '${def.name}' has no field ${unknown.map((k) => `'${k}'`).join(', ')}.`, `Its fields: ${allowed.join(', ') || 'none'}.`, unknown.map((k) => ({ path: `$.values.${k}`, code: 'unknown_field', message: `Unknown field '${k}'.` })));
    for (const v of Object.values(input.values)) registerSecret(v);
    const id = newId('cred', this.clock.now());
    const row: CredentialRow = { id, tenant_id: tenantId, name: input.name, driver: def.name, fields: Object.keys(input.values).sort(), secret: '', created_at: this.clock.now(), created_by: createdBy };
    row.secret = encryptValue(this.key, JSON.stringify(input.values), aadOf(row));
    if (!(await this.store.insertCredential(row))) throw httpError(409, 'conflict', `A credential named '${input.name}' already exists.`, 'Delete it first, or choose another name.');
    this.remember(row, input.values);
    return row;
  }

  list(tenantId: string): Promise<CredentialRow[]> { return this.store.listCredentials(tenantId); }
  get(tenantId: string, id: string): Promise<CredentialRow | undefined> { return this.store.getCredential(tenantId, id); }

  async delete(tenantId: string, id: string): Promise<boolean> {
    const ok = await this.store.deleteCredential(tenantId, id);
    if (ok) {
      this.cache.delete(tenantId);
      for (const r of await this.store.listCredentials(tenantId)) this.remember(r, this.open(r));
    }
    return ok;
  }

  /** The engine's credential resolver: the tenant's values for a driver (by field name). */
  readonly resolve = (tenantId: string, driverName: string): Record<string, string> | undefined => this.cache.get(tenantId)?.get(driverName)?.values;

  /** `base` with the tenant's credentials for every driver laid over it (for driver checks and planning). */
  tenantEnv(tenantId: string, base: Env): Env {
    const t = this.cache.get(tenantId);
    if (!t) return base;
    let env = base;
    for (const [driver, { values }] of t) {
      const def = this.registry.get(driver);
      if (def) env = withCredentialValues(def, env, values);
    }
    return env;
  }
}
