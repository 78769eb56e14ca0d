/**
 * http.request: one HTTP call to any URL (through the outbound guard), returning status,
 * headers and the body (parsed JSON when the response says JSON). Non-2xx is data, not an
 * error, unless `fail_on_error` or `expect_status` says otherwise.
 */
import { z } from 'zod';
import { defineOperation } from '../define.ts';
import { AutoflowError, httpErrorData } from '../../platform/errors.ts';
import { registerSecret } from '../../platform/secrets.ts';
import { MAX_RESPONSE_BYTES, decodeBody, readBodyCapped } from './read-body.ts';
import { fetchFollowingRedirects } from './send.ts';
import { fetchFailure } from './fetch-errors.ts';

const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;
const scalar = z.union([z.string(), z.number(), z.boolean()]);

const auth = z.union([
  z.object({ bearer: z.string().min(1).describe('Token sent as `Authorization: Bearer <token>`.') }),
  z.object({ basic: z.object({ username: z.string(), password: z.string() }).describe('Sent as HTTP Basic authorization.') }),
]).describe('Optional authorization; values usually reference credentials. They are redacted from logs and errors.');

const input = z.object({
  method: z.preprocess((v) => (typeof v === 'string' ? v.toUpperCase() : v), z.enum(methods)).default('GET').describe('HTTP method.'),
  url: z.url({ protocol: /^https?$/ }).describe('Absolute http(s) URL. Link-local and cloud-metadata addresses are refused.'),
  headers: z.record(z.string(), scalar).default({}).describe('Request headers.'),
  query: z.record(z.string(), z.union([scalar, z.null(), z.array(scalar)])).default({})
    .describe('Query parameters added to the URL; arrays repeat the parameter, null values are left out.'),
  json: z.unknown().optional().describe('A JSON body (sets Content-Type: application/json). Use either json or body.'),
  body: z.string().optional().describe('A raw text body. Use either json or body.'),
  auth: auth.optional(),
  timeout_ms: z.number().int().min(1).max(300_000).default(30_000).describe('Give up after this many milliseconds (retryable timeout error).'),
  expect_status: z.union([z.number().int(), z.array(z.number().int())]).optional()
    .describe('Fail the step unless the status is this (or one of these).'),
  fail_on_error: z.boolean().default(false)
    .describe('Fail the step on a non-2xx status (429 and 5xx are retried). By default the status is returned for a later condition step.'),
}).refine((v) => v.json === undefined || v.body === undefined, { message: 'Give either json or body, not both', path: ['body'] });

const output = z.object({
  status: z.number().int().describe('HTTP status code.'),
  ok: z.boolean().describe('True for a 2xx status.'),
  headers: z.record(z.string(), z.string()).describe('Response headers (lower-case names).'),
  body: z.unknown().describe('Parsed JSON when the response is JSON, else the text.'),
  url: z.string().describe('The final URL (after redirects).'),
});

/** Sends one HTTP request. */
export const request = defineOperation({
  description: 'Calls any HTTP/REST API or web URL and returns the status code, headers and body (parsed JSON when the response is JSON). '
    + 'Use it for services without a dedicated driver: fetch data (GET), trigger a webhook, or create/update/delete something (POST, PUT, PATCH, DELETE). '
    + 'Side effects depend on the method: GET/HEAD only read, the others change the remote system. '
    + 'A non-2xx status is returned as data (check `ok` or `status` in a later condition) unless fail_on_error is true. '
    + `Responses over ${MAX_RESPONSE_BYTES / 1024 / 1024} MB are refused.`,
  keywords: ['http', 'api', 'rest', 'request', 'webhook', 'url', 'get', 'post', 'put', 'delete', 'call endpoint', 'fetch'],
  examples: [
    'Call the status API at https://status.example.com/api/health',
    'POST the build result as JSON to our deploy webhook',
    'Fetch the latest exchange rates from an API with a bearer token',
  ],
  effect: 'write',
  idempotent: false,
  outcomes: ['request_sent', 'response_received'],
  input,
  output,
  async run(inp, ctx) {
    const url = new URL(inp.url);
    for (const [k, v] of Object.entries(inp.query)) {
      if (v === null) continue;
      for (const item of Array.isArray(v) ? v : [v]) url.searchParams.append(k, String(item));
    }
    const headers = new Headers();
    for (const [k, v] of Object.entries(inp.headers)) headers.set(k, String(v));
    if (!headers.has('user-agent')) headers.set('user-agent', 'Autoflow/0.1');
    // The IETF Idempotency-Key header: the same for a crash-retry of the same attempt, so a
    // server that honours it can drop the duplicate.
    if (!['GET', 'HEAD', 'OPTIONS'].includes(inp.method) && !headers.has('idempotency-key')) headers.set('idempotency-key', ctx.idempotencyKey);
    if (inp.auth && 'bearer' in inp.auth) {
      registerSecret(inp.auth.bearer);
      headers.set('authorization', `Bearer ${inp.auth.bearer}`);
    } else if (inp.auth) {
      registerSecret(inp.auth.basic.password);
      headers.set('authorization', `Basic ${Buffer.from(`${inp.auth.basic.username}:${inp.auth.basic.password}`).toString('base64')}`);
    }
    let body: string | undefined = inp.body;
    if (inp.json !== undefined) {
      body = JSON.stringify(inp.json);
      if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    }
    const what = `${inp.method} ${url.origin}${url.pathname}`;
    const signal = AbortSignal.any([ctx.signal, AbortSignal.timeout(inp.timeout_ms)]);
    try {
      const { res, url: finalUrl } = await fetchFollowingRedirects(ctx.fetch, url, { method: inp.method, headers, body, signal });
      const buf = await readBodyCapped(res, MAX_RESPONSE_BYTES, what);
      const resHeaders: Record<string, string> = {};
      res.headers.forEach((v, k) => { resHeaders[k] = v; });
      const expected = inp.expect_status === undefined ? undefined : [inp.expect_status].flat();
      if (expected && !expected.includes(res.status)) {
        const text = buf.toString('utf8');
        const data = httpErrorData(what, res.status, text, res.headers);
        const message = `${what} answered HTTP ${res.status}, expected ${expected.join(' or ')}: ${text.slice(0, 500)}`;
        throw new AutoflowError({ ...data, code: 'unexpected_status', message, hint: 'Check the request, or adjust expect_status.' });
      }
      if (inp.fail_on_error && !res.ok) throw new AutoflowError(httpErrorData(what, res.status, buf.toString('utf8'), res.headers));
      return { status: res.status, ok: res.ok, headers: resHeaders, body: decodeBody(buf, res.headers.get('content-type')), url: finalUrl.toString() };
    } catch (err) {
      throw fetchFailure(err, what, inp.timeout_ms, ctx.signal);
    }
  },
});
