/**
 * The common machinery of the fake SaaS servers: a node:http server on loopback with a small
 * route table, bearer-token checking, a log of every request received (for tests to count
 * calls), and failure injection ("fail the next N calls with status S, Retry-After R").
 *
 * Control API (not recorded, never failed), also reachable in-process via the methods:
 *   POST /__control/fail      {"count":2,"status":429,"retry_after":1,"path":"/tasks","body":{…}}
 *   GET  /__control/requests  → {"requests":[{method,path,query,headers,body,at}]}
 *   POST /__control/reset     clears the request log and pending failures
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the fake received it. */
export interface RecordedRequest {
  method: string;
  /** Path without the fake's prefix, e.g. `/tasks/123`. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** Parsed JSON or form body (raw text otherwise, undefined when empty). */
  body: any;
  at: number;
}

/** A request handed to a route, with the path parameters matched. */
export interface FakeRequest extends RecordedRequest {
  params: Record<string, string>;
  /** The credential the client presented (bearer token by default), if any. */
  token?: string;
}

/** What a route answers. */
export interface FakeReply {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** A pending injected failure. */
export interface FailRule {
  remaining: number;
  status: number;
  retryAfterSec?: number;
  /** Only requests whose path contains this string fail (all when absent). */
  path?: string;
  body?: unknown;
}

export type RouteHandler = (req: FakeRequest) => FakeReply | Promise<FakeReply>;

export interface FakeServiceOptions {
  name: string;
  /** Path prefix the API lives under, e.g. `/api/1.0` (the base URL includes it). */
  prefix?: string;
  /** The token clients must present. */
  token: string;
  /** Reads the presented credential; default: `Authorization: Bearer …`. */
  readToken?(req: RecordedRequest): string | undefined;
  /** The answer to a request without a valid token. */
  unauthorized(presented: string | undefined): FakeReply;
  /** The body of an injected failure with this status. */
  errorBody(status: number): unknown;
}

interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  handler: RouteHandler;
}

/** One fake service: add routes, `listen()`, then point a driver at `baseUrl`. */
export class FakeService {
  readonly name: string;
  readonly requests: RecordedRequest[] = [];
  private readonly routes: Route[] = [];
  private failures: FailRule[] = [];
  private server: Server | undefined;
  private origin = '';
  private readonly opts: FakeServiceOptions;

  constructor(opts: FakeServiceOptions) {
    this.opts = opts;
    this.name = opts.name;
  }

  /** The token the fake accepts. */
  get token(): string { return this.opts.token; }

  /** `http://host:port` once listening. */
  get url(): string { return this.origin; }

  /** The base URL a driver should use (origin + prefix). */
  get baseUrl(): string { return `${this.origin}${this.opts.prefix ?? ''}`; }

  /** Adds a route; `pattern` uses `:name` segments, e.g. `/tasks/:gid`. */
  route(method: string, pattern: string, handler: RouteHandler): this {
    const keys: string[] = [];
    const re = pattern.replace(/[.]/g, '\\.').replace(/:(\w+)/g, (_m, k: string) => { keys.push(k); return '([^/]+)'; });
    this.routes.push({ method: method.toUpperCase(), pattern: new RegExp(`^${re}/?$`), keys, handler });
    return this;
  }

  /** Makes the next `count` matching requests fail with `status` (and Retry-After, if given). */
  failNext(count: number, status: number, opts: { retryAfterSec?: number; path?: string; body?: unknown } = {}): void {
    this.failures.push({ remaining: count, status, ...opts });
  }

  /** Clears the request log and pending failures. */
  reset(): void {
    this.requests.length = 0;
    this.failures = [];
  }

  /** Requests received, optionally filtered by method and path substring. */
  calls(method?: string, pathIncludes?: string): RecordedRequest[] {
    return this.requests.filter((r) => (!method || r.method === method.toUpperCase()) && (!pathIncludes || r.path.includes(pathIncludes)));
  }

  /** Starts listening (port 0 = any free port). */
  async listen(port = 0, host = '127.0.0.1'): Promise<this> {
    const server = createServer((req, res) => { void this.handle(req, res); });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    const addr = server.address() as AddressInfo;
    this.origin = `http://${addr.family === 'IPv6' ? `[${addr.address}]` : addr.address}:${addr.port}`;
    this.server = server;
    return this;
  }

  /** Stops the server and drops open connections. */
  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const url = new URL(req.url ?? '/', 'http://fake');
      const raw = await readBody(req);
      const recorded: RecordedRequest = {
        method: (req.method ?? 'GET').toUpperCase(),
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : String(v ?? '')])),
        body: parseBody(raw, String(req.headers['content-type'] ?? '')),
        at: Date.now(),
      };
      if (url.pathname.startsWith('/__control/')) return send(res, this.control(recorded));

      const prefix = this.opts.prefix ?? '';
      if (!url.pathname.startsWith(prefix)) return send(res, { status: 404, body: this.opts.errorBody(404) });
      recorded.path = url.pathname.slice(prefix.length) || '/';
      this.requests.push(recorded);

      const failure = this.failures.find((f) => f.remaining > 0 && (!f.path || recorded.path.includes(f.path)));
      if (failure) {
        failure.remaining--;
        this.failures = this.failures.filter((f) => f.remaining > 0);
        const headers: Record<string, string> = failure.retryAfterSec !== undefined ? { 'retry-after': String(failure.retryAfterSec) } : {};
        return send(res, { status: failure.status, headers, body: failure.body ?? this.opts.errorBody(failure.status) });
      }

      const token = (this.opts.readToken ?? bearer)(recorded);
      if (token !== this.opts.token) return send(res, this.opts.unauthorized(token));

      for (const r of this.routes) {
        const m = r.method === recorded.method ? r.pattern.exec(recorded.path) : null;
        if (!m) continue;
        const params = Object.fromEntries(r.keys.map((k, i) => [k, decodeURIComponent(m[i + 1])]));
        return send(res, await r.handler({ ...recorded, params, token }));
      }
      send(res, { status: 404, body: this.opts.errorBody(404) });
    } catch (err) {
      send(res, { status: 500, body: { error: 'fake_internal_error', message: err instanceof Error ? err.message : String(err) } });
    }
  }

  private control(req: RecordedRequest): FakeReply {
    const path = req.path.replace(/\/+$/, '');
    if (req.method === 'GET' && path === '/__control/requests') return { body: { requests: this.requests } };
    if (req.method === 'POST' && path === '/__control/reset') { this.reset(); return { body: { ok: true } }; }
    if (req.method === 'POST' && path === '/__control/fail') {
      const b = (req.body ?? {}) as { count?: number; status?: number; retry_after?: number; path?: string; body?: unknown };
      const count = Number(b.count ?? 1);
      const status = Number(b.status ?? 500);
      if (!Number.isInteger(count) || count < 1 || !Number.isInteger(status) || status < 100 || status > 599) {
        return { status: 400, body: { error: 'count must be a positive integer and status an HTTP status' } };
      }
      this.failNext(count, status, { retryAfterSec: b.retry_after, path: b.path, body: b.body });
      return { body: { ok: true, pending: this.failures } };
    }
    return { status: 404, body: { error: 'unknown control endpoint', endpoints: ['POST /__control/fail', 'GET /__control/requests', 'POST /__control/reset'] } };
  }
}

/** Reads `Authorization: Bearer …`. */
export function bearer(req: RecordedRequest): string | undefined {
  const m = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '');
  return m ? m[1].trim() : undefined;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 5_000_000) { reject(new Error('request body too large')); req.destroy(); return; }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseBody(raw: string, contentType: string): unknown {
  if (!raw) return undefined;
  if (contentType.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(raw));
  if (contentType.includes('json') || /^\s*[[{]/.test(raw)) {
    try { return JSON.parse(raw); } catch { return raw; }
  }
  return raw;
}

function send(res: ServerResponse, reply: FakeReply): void {
  const status = reply.status ?? 200;
  const body = reply.body === undefined ? '' : JSON.stringify(reply.body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), ...reply.headers });
  res.end(body);
}
