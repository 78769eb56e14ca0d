/**
 * The one error shape of the API: `{error: {code, message, hint, details}}` with the right
 * status. AutoflowError renders itself (its status, or one derived from its code); zod issues
 * become details with JSON paths (`$.steps[0].name`), unknown fields included.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { AutoflowError, toErrorData } from '../platform/errors.ts';
import { redactDeep } from '../platform/secrets.ts';
import { joinPath } from '../workflow/problems.ts';

export const ErrorBody = z.object({
  error: z.object({
    code: z.string().describe('Stable machine-readable code, e.g. not_found, invalid_request, forbidden'),
    message: z.string(),
    hint: z.string().optional(),
    details: z.unknown().optional(),
  }),
}).meta({ id: 'Error' });

const statusByCode: Record<string, number> = {
  invalid_request: 400, invalid_json: 400, empty_request: 400, bad_config: 500,
  unauthorized: 401, forbidden: 403, not_found: 404, conflict: 409, run_busy: 409, idempotency_conflict: 409, drivers_not_ready: 409,
  payload_too_large: 413, request_too_long: 413, invalid_workflow: 422, invalid_inputs: 422, missing_input: 422,
  rate_limited: 429, draining: 503,
};

/** Builds an AutoflowError for the API. */
export function httpError(status: number, code: string, message: string, hint?: string, details?: unknown): AutoflowError {
  return new AutoflowError({ code, message, hint, details, status });
}

/** The 413 for a body over the limit. */
export function tooLarge(limit: number): AutoflowError {
  return httpError(413, 'payload_too_large', `The body is larger than ${limit} bytes.`, 'Send less (split the workflow, or pass large data by reference), or raise AUTOFLOW_MAX_BODY_BYTES.');
}

/** A 404 that says nothing about whether the id exists elsewhere. */
export function notFound(what: string, id: string): AutoflowError {
  return httpError(404, 'not_found', `No ${what} '${id}'.`);
}

/** The HTTP status an error answers with. */
export function statusOf(err: unknown): number {
  if (err instanceof AutoflowError) {
    const s = err.data.status;
    if (s && s >= 400 && s < 600) return s;
    return statusByCode[err.data.code] ?? 500;
  }
  return 500;
}

/** Renders any thrown value as the API's error response (internal errors without their internals). */
export function errorResponse(c: Context, err: unknown): Response {
  const status = statusOf(err);
  const d = toErrorData(err);
  const body = status >= 500 && !(err instanceof AutoflowError)
    ? { code: 'internal_error', message: 'Something went wrong on the server.', hint: 'Retry; if it persists, report it with the X-Request-Id header of this response.' }
    : { code: d.code, message: d.message, ...(d.hint ? { hint: d.hint } : {}), ...(d.details !== undefined ? { details: d.details } : {}) };
  return c.json(redactDeep({ error: body }), status as ContentfulStatusCode);
}

/** zod issues as `[{path, code, message}]`, with unknown keys reported one by one at their own path. */
export function issueDetails(error: z.ZodError, root = '$'): { path: string; code: string; message: string }[] {
  const out: { path: string; code: string; message: string }[] = [];
  for (const i of error.issues) {
    const base = i.path.reduce<string>((p, k) => joinPath(p, typeof k === 'number' ? k : String(k)), root);
    if (i.code === 'unrecognized_keys') for (const k of i.keys) out.push({ path: joinPath(base, k), code: 'unknown_field', message: `Unknown field '${k}'.` });
    else out.push({ path: base, code: i.code, message: i.message });
  }
  return out;
}

/** A 400 listing every problem of a request body or query. */
export function invalidRequest(error: z.ZodError, root: string): AutoflowError {
  const details = issueDetails(error, root);
  return httpError(400, 'invalid_request', `The request is not valid: ${details.map((d) => `${d.path}: ${d.message}`).join('; ')}`, 'Fix the fields listed in details; unknown fields are rejected.', details);
}
