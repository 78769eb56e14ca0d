/**
 * One definition per route: method, path, summary, the permission it needs, the zod schemas
 * of its query, body and response. The wrapper authenticates, applies the per-key rate limit,
 * checks the permission against the role table, parses query and body strictly (unknown
 * fields rejected with their path), renders errors in the API's shape, and appends the audit
 * record of every mutation. The OpenAPI document and the docs page read the same definitions.
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import type { Principal } from './auth.ts';
import { readCapped } from '../platform/read-capped.ts';
import { errorResponse, httpError, invalidRequest, tooLarge } from './errors.ts';
import { allows, rolesFor, type Permission } from './roles.ts';
import type { Services } from './services.ts';

export type AppEnv = { Variables: { requestId: string }; Bindings: { incoming?: { socket?: { remoteAddress?: string } } } };
export type Ctx = Context<AppEnv>;

export interface RouteSpec<B extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType> {
  /** Stable id; also the audit action (`workflows.create`). */
  id: string;
  method: 'get' | 'post' | 'put' | 'delete';
  /** Hono path, e.g. `/v1/workflows/:id`. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  /** What the caller's role must allow; null for public routes. */
  permission: Permission | null;
  query?: Q;
  body?: B;
  /** The body is a document the handler validates itself (the schema only documents it). */
  bodyIsDocument?: boolean;
  response: { status: number; description: string; schema?: z.ZodType; contentType?: string };
  /** Other statuses worth documenting besides 400/401/403/404/429. */
  errors?: number[];
  /** Audit target type; the target id is the `id` path parameter unless the handler says otherwise. */
  target?: string;
}

export interface RouteInput<B, Q> {
  c: Ctx;
  who: Principal;
  body: B;
  query: Q;
  params: Record<string, string>;
  /** Adds details (and optionally the target id) to this request's audit record. */
  audit(details: Record<string, unknown>, targetId?: string): void;
}

export interface RouteDef {
  spec: RouteSpec;
  handler: (x: RouteInput<any, any>) => Promise<Response> | Response;
}

/** Defines a route; the handler's body and query are typed from the schemas. */
export function route<B extends z.ZodType = z.ZodUnknown, Q extends z.ZodType = z.ZodUnknown>(spec: RouteSpec<B, Q>, handler: (x: RouteInput<z.output<B>, z.output<Q>>) => Promise<Response> | Response): RouteDef {
  return { spec: spec as unknown as RouteSpec, handler: handler as RouteDef['handler'] };
}

const publicPrincipal: Principal = { keyId: 'public', tenantId: '', role: 'viewer', name: 'public' };

/** The body as text, at most `limit` bytes (413 beyond; checked while reading when there is no Content-Length). */
async function readText(c: Ctx, limit: number): Promise<string> {
  if (c.req.header('content-length') !== undefined) return c.req.text();
  const body = c.req.raw.body;
  if (!body) return '';
  return (await readCapped(body, limit, () => tooLarge(limit))).toString('utf8');
}

async function readJson(c: Ctx, limit: number): Promise<unknown> {
  const text = await readText(c, limit);
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch (err) {
    throw httpError(400, 'invalid_json', `The body is not valid JSON: ${(err as Error).message}`, 'Send a JSON object with Content-Type: application/json.');
  }
}

/** Runs one request through a route definition. */
export async function handle(def: RouteDef, c: Ctx, s: Services): Promise<Response> {
  const { spec } = def;
  const mutation = spec.method !== 'get';
  let who: Principal | undefined;
  let note: Record<string, unknown> | undefined;
  let targetId: string | undefined = c.req.param('id');
  let res: Response;
  try {
    if (spec.permission) {
      const caller = await s.auth.authenticate(c.req.header('authorization'));
      who = caller;
      const rl = s.limiter.take(caller.keyId);
      if (!rl.ok) {
        c.header('Retry-After', String(rl.retryAfterSec));
        throw httpError(429, 'rate_limited', 'Too many requests for this API key.', `Retry after ${rl.retryAfterSec} s.`);
      }
      if (!allows(caller.role, spec.permission)) {
        throw httpError(403, 'forbidden', `The ${caller.role} role may not use ${spec.method.toUpperCase()} ${spec.path.replace(/:(\w+)/g, '{$1}')}.`, `Allowed for: ${rolesFor(spec.permission).join(', ')}.`);
      }
    }
    let query: unknown = {};
    if (spec.query) {
      const q = spec.query.safeParse(c.req.query());
      if (!q.success) throw invalidRequest(q.error, '$query');
      query = q.data;
    }
    let body: unknown;
    if (spec.body) {
      body = await readJson(c, s.config.maxBodyBytes);
      if (!spec.bodyIsDocument) {
        const b = spec.body.safeParse(body);
        if (!b.success) throw invalidRequest(b.error, '$');
        body = b.data;
      }
    }
    res = await def.handler({ c, who: who ?? publicPrincipal, body, query, params: c.req.param() as Record<string, string>, audit: (d, t) => { note = { ...note, ...d }; if (t) targetId = t; } });
  } catch (err) {
    if (!(err instanceof Error && 'data' in err)) s.log.error('request failed', { id: spec.id, requestId: c.get('requestId'), error: String((err as Error)?.stack ?? err) });
    res = errorResponse(c, err);
  }
  if (mutation && who && res.status !== 401 && res.status !== 429) {
    await s.audit.record({
      tenant_id: who.tenantId, at: s.clock.now(), actor: who.keyId, actor_name: who.name, role: who.role,
      action: spec.id, target_type: spec.target ?? null, target_id: targetId ?? null,
      method: spec.method.toUpperCase(), path: c.req.path, status: res.status,
      ip: c.env?.incoming?.socket?.remoteAddress ?? 'in-process', request_id: c.get('requestId'), details: note ?? null,
    }).catch(() => { /* logged by the audit writer */ });
  }
  return res;
}
