/**
 * `autoflow serve`: one process — the embedded SQLite store in the data directory, the engine,
 * and the HTTP API. On start it resumes unfinished runs (crash recovery) and keeps polling for
 * due timers; on first start it creates the admin key and prints it once. SIGTERM/SIGINT
 * drain: no new runs, live streams end, steps in flight finish and runs park for the next
 * start (or, past the drain timeout, their leases are released), then the process exits.
 */
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { builtinRegistry } from '../drivers/all.ts';
import type { DriverRegistry, Env } from '../drivers/registry.ts';
import { createLogger, type Logger } from '../platform/logger.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { sqliteServerStores } from '../store/sqlite/server-stores.ts';
import { createApp } from './app.ts';
import type { ServerConfig } from './config.ts';
import { createServices, type Services } from './services.ts';
import { loadEncryptionKey } from './vault.ts';

export interface RunningServer {
  url: string;
  services: Services;
  /** The admin key, when this start created it. */
  adminKey?: string;
  /** Drains and stops; resolves when everything is closed. */
  shutdown(reason?: string): Promise<void>;
}

export async function startServer(config: ServerConfig, o: { env?: Env; log?: Logger; registry?: DriverRegistry; out?: (line: string) => void } = {}): Promise<RunningServer> {
  const log = o.log ?? createLogger({ base: { component: 'server' } });
  const out = o.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const store = new SqliteStore({ file: path.join(config.dataDir, 'autoflow.db') });
  const enc = loadEncryptionKey(config);
  const services = await createServices({ store, stores: sqliteServerStores(store), registry: o.registry ?? builtinRegistry(), config, encryptionKey: enc.key, log, env: o.env ?? process.env });
  const boot = await services.auth.bootstrap(config.adminKey);
  const app = createApp(services);

  const server: ServerType = await new Promise((resolve, reject) => {
    const srv = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, () => resolve(srv));
    srv.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;

  services.engine.startBackground({ poll: true });
  const resumed = await services.engine.resumable();
  for (const r of resumed) services.runs.kick(r.id);

  out(`Autoflow listening on ${url}  (API reference: ${url}/docs, data: ${config.dataDir})`);
  if (enc.source === 'new-file') out(`Created the credentials encryption key ${enc.file} (mode 0600); keep it with the database.`);
  if (resumed.length) out(`Resuming ${resumed.length} unfinished run(s).`);
  if (boot?.generated) {
    out(`\nAdmin API key (shown only now — store it safely):\n\n    ${boot.key}\n\n  export AUTOFLOW_KEY=${boot.key}\n  curl -H "Authorization: Bearer $AUTOFLOW_KEY" ${url}/v1/workflows\n`);
  } else if (boot) {
    out('Admin API key created from AUTOFLOW_ADMIN_KEY.');
  }

  let closing: Promise<void> | undefined;
  const shutdown = (reason = 'shutdown'): Promise<void> => (closing ??= (async () => {
    out(`Draining (${reason}): no new runs; runs in flight finish their current steps…`);
    services.runs.draining = true;
    services.hub.stop();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    const timeout = new Promise<'timeout'>((resolve) => { const t = setTimeout(() => resolve('timeout'), config.drainTimeoutMs); t.unref(); });
    const active = services.engine.activeRuns();
    const drained = await Promise.race([services.engine.drain().then(() => 'ok' as const), timeout]);
    if (drained === 'timeout') {
      const still = services.engine.activeRuns();
      await store.apply(still.map((runId) => [{ op: 'updateRun' as const, runId, expect: { owner: services.engine.owner }, set: { owner: null, lease_until: null } }])).catch(() => []);
      out(`Drain timeout: released ${still.length} run(s) for the next start.`);
    } else if (active.length) {
      out(`Parked ${active.length} run(s); they resume on the next start.`);
    }
    await services.audit.drain().catch(() => {});
    if ('closeAllConnections' in server) (server as { closeAllConnections(): void }).closeAllConnections();
    await Promise.race([closed, new Promise((r) => setTimeout(r, 1000).unref())]);
    services.close();
    await store.close();
    out('Stopped.');
  })());

  return { url, services, adminKey: boot?.key, shutdown };
}
