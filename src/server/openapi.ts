/**
 * The OpenAPI 3.1 document, generated from the route definitions and the same zod schemas the
 * routes parse with (z.toJSONSchema): paths, parameters, bodies, responses, the error shape,
 * bearer security, and for each route the roles allowed to call it.
 */
import { z } from 'zod';
import { ErrorBody } from './errors.ts';
import { rolesFor } from './roles.ts';
import type { RouteDef } from './route.ts';

type Json = Record<string, unknown>;

const errorText: Record<number, string> = {
  400: 'Invalid request (details list every problem with its path; unknown fields are rejected)',
  401: 'Missing or invalid API key', 403: 'The key\'s role does not allow this route', 404: 'Not found (also for other tenants\' ids)',
  409: 'Conflict', 413: 'Body too large', 422: 'Not valid (details: the report)', 429: 'Rate limited (see Retry-After)', 503: 'Shutting down',
};

/** JSON Schema of a zod schema; named schemas (`.meta({id})`) become components. */
function schemaOf(schema: z.ZodType, io: 'input' | 'output', components: Json): unknown {
  const raw = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  const out = JSON.parse(JSON.stringify(raw).replaceAll('"#/$defs/', '"#/components/schemas/')) as Json;
  const defs = (out.$defs ?? {}) as Json;
  delete out.$defs;
  delete out.$schema;
  for (const [k, v] of Object.entries(defs)) components[k] ??= v;
  return out;
}

function parameters(def: RouteDef, components: Json): Json[] {
  const params: Json[] = [...def.spec.path.matchAll(/:(\w+)/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
  if (def.spec.query) {
    const q = schemaOf(def.spec.query, 'input', components) as { properties?: Json; required?: string[] };
    for (const [name, sch] of Object.entries(q.properties ?? {})) {
      const { description, ...rest } = sch as Json;
      params.push({ name, in: 'query', required: (q.required ?? []).includes(name) && !('default' in rest), schema: rest, ...(description ? { description } : {}) });
    }
  }
  if (def.spec.id === 'runs.start' || def.spec.id === 'ai.start') params.push({ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 200 }, description: 'The same key returns the same run' });
  if (def.spec.id === 'runs.events') params.push({ name: 'Last-Event-ID', in: 'header', required: false, schema: { type: 'string' }, description: 'Resume an event stream after this seq' });
  return params;
}

/** Builds the document for `routes`. */
export function openApiDocument(routes: RouteDef[], o: { version?: string } = {}): Json {
  const components: Json = {};
  const paths: Record<string, Json> = {};
  const errorRef = schemaOf(ErrorBody, 'output', components);
  for (const def of routes) {
    const { spec } = def;
    if (spec.path === '/v1/openapi.json' || spec.path === '/docs') continue;
    const path = spec.path.replace(/:(\w+)/g, '{$1}');
    const statuses = new Set<number>([...(spec.body ? [400] : []), ...(spec.query ? [400] : []), ...(spec.permission ? [401, 403, 429] : []), ...(/:\w+/.test(spec.path) ? [404] : []), ...(spec.body ? [413] : []), ...(spec.errors ?? [])]);
    const responses: Json = {};
    const okContent = spec.response.schema ? { [spec.response.contentType?.split(',')[0].trim() ?? 'application/json']: { schema: schemaOf(spec.response.schema, 'output', components) } } : undefined;
    if (okContent && spec.response.contentType?.includes('text/event-stream')) okContent['text/event-stream'] = { schema: { type: 'string', description: 'id: <seq>\\nevent: <type>\\ndata: <RunEvent JSON>' } };
    responses[String(spec.response.status)] = { description: spec.response.description, ...(okContent ? { content: okContent } : {}) };
    for (const st of [...statuses].sort()) responses[String(st)] = { description: errorText[st] ?? 'Error', content: { 'application/json': { schema: errorRef } } };
    const roles = spec.permission ? rolesFor(spec.permission) : [];
    paths[path] ??= {};
    paths[path][spec.method] = {
      operationId: spec.id,
      tags: [spec.tag],
      summary: spec.summary,
      description: [spec.description, spec.permission ? `**Permission:** \`${spec.permission}\` — roles: ${roles.join(', ')}.` : '**Public** (no API key).'].filter(Boolean).join('\n\n'),
      ...(spec.permission ? { 'x-permission': spec.permission, 'x-roles': roles } : { security: [] }),
      parameters: parameters(def, components),
      ...(spec.body ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(spec.body, 'input', components) } } } } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Autoflow API', version: o.version ?? '0.1.0', description: 'Workflows, runs (live over SSE), approvals, drivers, credentials, API keys, tenant settings and the audit trail. Every route but /healthz needs `Authorization: Bearer <key>`. Errors: `{error: {code, message, hint, details}}`.' },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    paths,
    components: { schemas: components, securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'An API key (af_live_…)' } } },
  };
}
