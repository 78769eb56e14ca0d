/**
 * Server settings, from flags and the environment (flags win): where to listen, where the data
 * lives, the first admin key, the encryption key, limits (body size, per-key request rate),
 * SSE heartbeat and how long SIGTERM waits for runs in flight.
 */
import path from 'node:path';
import { AutoflowError } from '../platform/errors.ts';

export interface ServerConfig {
  host: string;
  port: number;
  dataDir: string;
  /** Becomes the first admin key when the server starts with no keys at all. */
  adminKey?: string;
  /** 32 bytes as base64 or hex; when absent, a key file in the data directory is used (created once, mode 0600). */
  encryptionKey?: string;
  /** Largest request body accepted (default 1 MB); larger ones get 413. */
  maxBodyBytes: number;
  /** Sustained requests per second per API key, and the burst allowed above it (0 disables). */
  rateLimit: { perSecond: number; burst: number };
  /** SSE comment heartbeat interval. */
  heartbeatMs: number;
  /** How often SSE subscribers are caught up from the store (events written by other processes). */
  ssePollMs: number;
  /** How long SIGTERM waits for runs in flight before releasing them for the next start. */
  drainTimeoutMs: number;
}

type Env = Record<string, string | undefined>;

function num(name: string, v: string | undefined, dflt: number): number {
  if (v === undefined || v === '') return dflt;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new AutoflowError({ code: 'bad_config', message: `${name} must be a non-negative number, got "${v}".` });
  return n;
}

/** Reads the configuration; `flags` are the CLI's `--host`, `--port`, … values. */
export function loadServerConfig(env: Env = process.env, flags: Record<string, string | undefined> = {}): ServerConfig {
  const perSecond = num('AUTOFLOW_RATE_LIMIT', flags['rate-limit'] ?? env.AUTOFLOW_RATE_LIMIT, 100);
  return {
    host: flags.host ?? env.AUTOFLOW_HOST ?? '127.0.0.1',
    port: num('AUTOFLOW_PORT', flags.port ?? env.AUTOFLOW_PORT, 8080),
    dataDir: path.resolve(flags['data-dir'] ?? env.AUTOFLOW_DATA_DIR ?? './data'),
    adminKey: env.AUTOFLOW_ADMIN_KEY || undefined,
    encryptionKey: env.AUTOFLOW_ENCRYPTION_KEY || undefined,
    maxBodyBytes: num('AUTOFLOW_MAX_BODY_BYTES', flags['max-body-bytes'] ?? env.AUTOFLOW_MAX_BODY_BYTES, 1024 * 1024),
    rateLimit: { perSecond, burst: num('AUTOFLOW_RATE_BURST', env.AUTOFLOW_RATE_BURST, Math.max(perSecond * 2, 20)) },
    heartbeatMs: num('AUTOFLOW_SSE_HEARTBEAT_MS', env.AUTOFLOW_SSE_HEARTBEAT_MS, 15_000),
    ssePollMs: num('AUTOFLOW_SSE_POLL_MS', env.AUTOFLOW_SSE_POLL_MS, 2_000),
    drainTimeoutMs: num('AUTOFLOW_DRAIN_TIMEOUT_MS', env.AUTOFLOW_DRAIN_TIMEOUT_MS, 10_000),
  };
}

/** Defaults for in-process tests. */
export function testServerConfig(over: Partial<ServerConfig> = {}): ServerConfig {
  return { host: '127.0.0.1', port: 0, dataDir: '/tmp/autoflow-test', maxBodyBytes: 1024 * 1024, rateLimit: { perSecond: 0, burst: 0 }, heartbeatMs: 15_000, ssePollMs: 2_000, drainTimeoutMs: 2_000, ...over };
}
