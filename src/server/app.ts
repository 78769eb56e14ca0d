/**
 * The Hono app: every route group mounted through the one route wrapper (auth, roles, rate
 * limit, strict parsing, error shape, audit), the body size limit, request ids, and JSON 404s.
 * Built from services so tests call it in-process with `app.request()`.
 */
import { Hono } from 'hono';
import { randomBytes } from 'node:crypto';
import { errorResponse, httpError, tooLarge } from './errors.ts';
import { handle, type AppEnv, type RouteDef } from './route.ts';
import { approvalRoutes } from './routes/approvals.ts';
import { auditRoutes } from './routes/audit.ts';
import { compatRoutes } from './routes/compat.ts';
import { credentialRoutes } from './routes/credentials.ts';
import { driverRoutes } from './routes/drivers.ts';
import { keyRoutes } from './routes/keys.ts';
import { metaRoutes } from './routes/meta.ts';
import { planRoutes } from './routes/plan.ts';
import { runRoutes } from './routes/runs.ts';
import { settingsRoutes } from './routes/settings.ts';
import { workflowRoutes } from './routes/workflows.ts';
import type { Services } from './services.ts';

const idPrefix = `req_${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
let counter = 0;
/** A request id unique within this process start (and very likely beyond). */
const requestId = (): string => `${idPrefix}${(++counter).toString(36)}`;

/** Every route of the API, in matching order. */
export function apiRoutes(s: Services): RouteDef[] {
  const routes: RouteDef[] = [];
  routes.push(
    ...metaRoutes(s, () => routes),
    ...workflowRoutes(s), ...runRoutes(s), ...approvalRoutes(s), ...driverRoutes(s),
    ...credentialRoutes(s), ...keyRoutes(s), ...settingsRoutes(s), ...auditRoutes(s), ...planRoutes(s), ...compatRoutes(s),
  );
  return routes;
}

export function createApp(s: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const limit = s.config.maxBodyBytes;
  // Headers are read without materialising the request (keeps @hono/node-server's fast path).
  app.use('*', async (c, next) => {
    const id = requestId();
    c.set('requestId', id);
    c.header('X-Request-Id', id);
    const length = c.req.header('content-length');
    if (length !== undefined && Number(length) > limit) return errorResponse(c, tooLarge(limit));
    await next();
  });
  for (const def of apiRoutes(s)) app.on(def.spec.method.toUpperCase(), def.spec.path, (c) => handle(def, c, s));
  app.notFound((c) => errorResponse(c, httpError(404, 'not_found', `No route ${c.req.method} ${c.req.path}.`, 'The routes are listed at /docs and /v1/openapi.json.')));
  app.onError((err, c) => errorResponse(c, err));
  return app;
}
