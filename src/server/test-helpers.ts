/**
 * In-process server for route tests: services over an in-memory store, the engine's test
 * drivers plus a `vaulted` driver that needs a token, an admin key of the default tenant,
 * and a `call` helper around `app.request()`.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { defineDriver, defineOperation } from '../drivers/define.ts';
import { DriverRegistry } from '../drivers/registry.ts';
import { testRegistry } from '../engine/test-drivers.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { sqliteServerStores } from '../store/sqlite/server-stores.ts';
import type { Role } from '../store/server-types.ts';
import { createApp } from './app.ts';
import { testServerConfig, type ServerConfig } from './config.ts';
import { createServices, type ServiceDeps, type Services } from './services.ts';

/** Calls seen by the `vaulted` driver (the token it was given). */
export const vaultedCalls: string[] = [];

const vaulted = defineDriver({
  name: 'vaulted', title: 'Vaulted', description: 'A service that needs a token', keywords: [],
  credentials: { kind: 'api_key', required: true, fields: [{ name: 'token', env: 'AUTOFLOW_VAULTED_TOKEN', description: 'API token' }] },
  settings: [{ name: 'base_url', env: 'AUTOFLOW_VAULTED_BASE_URL', description: 'Where the service is', default: 'http://vaulted.invalid' }],
  operations: {
    call: defineOperation({ description: 'Calls the service', keywords: [], examples: [], effect: 'read', idempotent: true, input: z.object({ echo: z.string().optional() }), output: z.object({ ok: z.boolean(), echo: z.string().optional(), token_used: z.string() }),
      run: async (input, ctx) => { vaultedCalls.push(ctx.credentials.token ?? ''); return { ok: true, echo: input.echo, token_used: ctx.credentials.token ?? '' }; } }),
  },
});

export interface TestServer {
  s: Services;
  app: ReturnType<typeof createApp>;
  adminKey: string;
  /** Calls the app; `body` objects are sent as JSON. */
  call(method: string, path: string, o?: { key?: string | null; body?: unknown; headers?: Record<string, string> }): Promise<{ status: number; body: any; headers: Headers; text: string }>;
  /** Creates a key in `tenant` with `role` (default tenant, as the bootstrap admin). */
  key(role: Role, o?: { tenant?: string; name?: string }): Promise<string>;
  close(): Promise<void>;
}

export async function testServer(o: { config?: Partial<ServerConfig>; deps?: Partial<ServiceDeps> } = {}): Promise<TestServer> {
  const store = new SqliteStore({ file: ':memory:' });
  const { registry: base } = testRegistry();
  const registry = new DriverRegistry([...base.drivers, vaulted]);
  const s = await createServices({ store, stores: sqliteServerStores(store), registry, config: testServerConfig(o.config), encryptionKey: randomBytes(32), env: {}, ...o.deps });
  const app = createApp(s);
  const boot = await s.auth.bootstrap();
  const adminKey = boot!.key;
  const call: TestServer['call'] = async (method, path, c = {}) => {
    const headers: Record<string, string> = { ...(c.key === null ? {} : { authorization: `Bearer ${c.key ?? adminKey}` }), ...(c.body !== undefined ? { 'content-type': 'application/json' } : {}), ...c.headers };
    const res = await app.request(path, { method, headers, body: c.body === undefined ? undefined : typeof c.body === 'string' ? c.body : JSON.stringify(c.body) });
    const text = (res.headers.get('content-type') ?? '').includes('event-stream') ? '' : await res.text();
    let body: unknown = text;
    try { body = text ? JSON.parse(text) : null; } catch { /* not JSON */ }
    return { status: res.status, body, headers: res.headers, text };
  };
  return {
    s, app, adminKey, call,
    key: async (role, k = {}) => {
      const r = await call('POST', '/v1/keys', { body: { name: k.name ?? `${role}-${Math.random().toString(36).slice(2, 7)}`, role, ...(k.tenant ? { tenant: k.tenant } : {}) } });
      if (r.status !== 201) throw new Error(`key creation failed: ${r.text}`);
      return r.body.key as string;
    },
    close: async () => {
      s.close();
      await s.engine.stop();
      await s.audit.drain();
      await new Promise((r) => setImmediate(r));
      await store.close();
    },
  };
}

/** A workflow document over the test drivers. */
export function doc(steps: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { name: 'test flow', steps, ...extra };
}

/** Reads until `ok` holds or `ms` pass (a busy machine is slow, not wrong); returns the last value read. */
export async function pollUntil<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 15_000): Promise<T> {
  let v = await read();
  for (const end = Date.now() + ms; !ok(v) && Date.now() < end;) { await new Promise((r) => setTimeout(r, 10)); v = await read(); }
  return v;
}

/** Polls the run until its status is one of `statuses`. */
export async function waitForStatus(t: TestServer, runId: string, statuses: string[], key?: string, ms = 5000): Promise<any> {
  const body = await pollUntil(async () => (await t.call('GET', `/v1/runs/${runId}`, { key })).body, (b) => statuses.includes(b?.status), ms);
  if (!statuses.includes(body?.status)) throw new Error(`run ${runId} is ${body?.status}, not ${statuses.join('/')}`);
  return body;
}
