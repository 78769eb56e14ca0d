/** Public routes: health (`/healthz`), the OpenAPI document and the reference page (they hold no tenant data). */
import { z } from 'zod';
import { docsPage } from '../docs.ts';
import { openApiDocument } from '../openapi.ts';
import { route, type RouteDef } from '../route.ts';
import type { Services } from '../services.ts';

const Health = z.object({ status: z.enum(['ok', 'draining']), active_runs: z.number().int(), sse_clients: z.number().int() });

export function metaRoutes(s: Services, all: () => RouteDef[]): RouteDef[] {
  let doc: Record<string, unknown> | undefined;
  let html: string | undefined;
  const openapi = () => (doc ??= openApiDocument(all()));
  return [
    route({ id: 'health', method: 'get', path: '/healthz', tag: 'Meta', summary: 'Liveness (no key needed)', permission: null, response: { status: 200, description: 'Up', schema: Health } },
      ({ c }) => c.json({ status: s.runs.draining ? 'draining' as const : 'ok' as const, active_runs: s.engine.activeRuns().length, sse_clients: s.hub.size }, s.runs.draining ? 503 : 200)),
    route({ id: 'openapi', method: 'get', path: '/v1/openapi.json', tag: 'Meta', summary: 'This API as OpenAPI 3.1', permission: null, response: { status: 200, description: 'The document' } },
      ({ c }) => c.json(openapi())),
    route({ id: 'docs', method: 'get', path: '/docs', tag: 'Meta', summary: 'The API reference page', permission: null, response: { status: 200, description: 'HTML', contentType: 'text/html' } },
      ({ c }) => c.html((html ??= docsPage(openapi())))),
  ];
}
