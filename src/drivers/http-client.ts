/**
 * The shared JSON-over-fetch helper for SaaS drivers: joins a base URL (keeping its path, so
 * `https://app.asana.com/api/1.0` + `tasks` works), sends a bearer token, JSON or form bodies,
 * applies a time limit on top of `ctx.signal`, and turns every failure into an AutoflowError
 * with retry intent (429/Retry-After and 5xx retryable, network trouble retryable). Error texts
 * built from response bodies are scrubbed of the token before they leave.
 */
import type { DriverContext, HealthResult } from './define.ts';
import { AutoflowError, httpErrorData, type ErrorData } from '../platform/errors.ts';
import { redact } from '../platform/secrets.ts';

/** A query-string value; arrays are joined with commas (OpenAPI `style: form, explode: false`). */
export type QueryValue = string | number | boolean | null | undefined | readonly string[];

/** How one driver talks to its service. */
export interface HttpClientConfig {
  /** Human name used in messages, e.g. "Asana". */
  service: string;
  baseUrl: string;
  /** Env var holding the base URL, named in network-error hints. */
  baseUrlEnv?: string;
  /** Sent as `Authorization: Bearer …`; scrubbed from every error text. */
  token?: string;
  /** Env var holding the token, named in credential hints. */
  tokenEnv?: string;
  /** Fail before calling when no token is set (default true when tokenEnv is given). */
  requireToken?: boolean;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** Per-request time limit in ms (default 30 000), in addition to `ctx.signal`. */
  timeoutMs?: number;
  /** Short text for an error body (e.g. Asana's `errors[].message`); the raw body otherwise. */
  errorText?(body: unknown, raw: string): string | undefined;
  /** Adjusts the error built for a non-2xx answer (e.g. GitHub's 403 rate limit). */
  mapError?(data: ErrorData, res: { status: number; headers: Headers; body: unknown }): ErrorData;
}

/** One request, relative to the base URL. */
export interface HttpRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, QueryValue>;
  /** Sent as `application/json`. */
  json?: unknown;
  /** Sent as `application/x-www-form-urlencoded` (undefined values dropped). */
  form?: Record<string, string | number | boolean | undefined>;
  headers?: Record<string, string>;
}

/** A 2xx answer with its parsed body (undefined when empty). */
export interface HttpResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export interface HttpClient {
  request<T = any>(req: HttpRequest): Promise<HttpResponse<T>>;
  /** Replaces the token (and registered secrets) in a text with `***`. */
  scrub(text: string): string;
}

/** Joins a base URL and a relative path, keeping the base's own path, and adds a query. */
export function joinUrl(baseUrl: string, path: string, query?: Record<string, QueryValue>): URL {
  const url = new URL(`${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`);
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined || v === null) continue;
    url.searchParams.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  return url;
}

/** Creates a client bound to one operation's context (its fetch and abort signal). */
export function createHttpClient(ctx: Pick<DriverContext, 'fetch' | 'signal'>, config: HttpClientConfig): HttpClient {
  const token = config.token || undefined;
  const scrub = (text: string): string => redact(token ? text.split(token).join('***') : text);

  async function request<T>(req: HttpRequest): Promise<HttpResponse<T>> {
    if (!token && (config.requireToken ?? Boolean(config.tokenEnv))) {
      throw new AutoflowError({
        code: 'credentials_missing',
        message: `No ${config.service} token is configured`,
        hint: `Set ${config.tokenEnv ?? 'the token'} (or store the credential) and try again.`,
        retryable: false,
      });
    }
    const url = joinUrl(config.baseUrl, req.path, req.query);
    const headers: Record<string, string> = { accept: 'application/json', ...config.headers, ...req.headers };
    if (token) headers.authorization = `Bearer ${token}`;
    let body: string | undefined;
    if (req.json !== undefined) {
      headers['content-type'] = 'application/json; charset=utf-8';
      body = JSON.stringify(req.json);
    } else if (req.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      const form = new URLSearchParams();
      for (const [k, v] of Object.entries(req.form)) if (v !== undefined) form.set(k, String(v));
      body = form.toString();
    }

    const timeoutMs = config.timeoutMs ?? 30_000;
    const timeout = AbortSignal.timeout(timeoutMs);
    let res: Response;
    try {
      res = await ctx.fetch(url, { method: req.method ?? 'GET', headers, body, signal: AbortSignal.any([ctx.signal, timeout]) });
    } catch (err) {
      throw fetchFailure(err, ctx.signal, timeout, url, timeoutMs);
    }

    const raw = await res.text().catch(() => '');
    const parsed = parseBody(raw, res.headers.get('content-type'));
    if (!res.ok) {
      const text = scrub(config.errorText?.(parsed, raw) ?? raw);
      let data = httpErrorData(config.service, res.status, text, res.headers);
      if ((res.status === 401 || res.status === 403) && config.tokenEnv) {
        data = {
          ...data,
          code: res.status === 401 ? 'credentials_invalid' : 'permission_denied',
          hint: `${config.service} refused the token: check ${config.tokenEnv} (expired, revoked or missing a permission).`,
        };
      }
      if (config.mapError) data = config.mapError(data, { status: res.status, headers: res.headers, body: parsed });
      throw new AutoflowError({ ...data, message: scrub(data.message) });
    }
    return { status: res.status, headers: res.headers, body: parsed as T };

    function fetchFailure(err: unknown, outer: AbortSignal, own: AbortSignal, target: URL, ms: number): unknown {
      if (err instanceof AutoflowError) return err;
      if (outer.aborted) return outer.reason ?? err;
      if (own.aborted) {
        return new AutoflowError({ code: 'timeout', message: `${config.service} did not answer within ${ms} ms`, hint: `${config.service} may be slow; the step is retried per its retry policy.`, retryable: true });
      }
      const cause = (err as { cause?: { code?: string; message?: string } })?.cause;
      const why = cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
      return new AutoflowError({
        code: 'network_error',
        message: scrub(`Could not reach ${config.service} at ${target.origin}: ${why}`),
        hint: `Check the network and ${config.baseUrlEnv ?? 'the base URL'}.`,
        retryable: true,
      });
    }
  }

  return { request, scrub };
}

function parseBody(raw: string, contentType: string | null): unknown {
  if (!raw) return undefined;
  if (/json/i.test(contentType ?? '') || /^\s*[[{]/.test(raw)) {
    try {
      return JSON.parse(raw);
    } catch {
      return raw;
    }
  }
  return raw;
}

/** A failed health check described from the error a probe request threw. */
export function healthFailure(err: unknown): HealthResult {
  const data = err instanceof AutoflowError ? err.data : undefined;
  const code = data?.code ?? 'internal_error';
  const credentials = code === 'credentials_missing' ? 'missing' : code === 'credentials_invalid' || code === 'permission_denied' ? 'invalid' : 'unknown';
  const api_status = code === 'network_error' || code === 'timeout' ? 'unreachable' : code === 'rate_limited' ? 'rate_limited' : code === 'upstream_error' ? 'degraded' : credentials === 'unknown' ? 'error' : 'healthy';
  return {
    ok: false,
    details: { credentials, api_status, rate_limit: code === 'rate_limited' ? 'exceeded' : 'unknown' },
    message: data ? [data.message, data.hint].filter(Boolean).join(' ') : redact(String(err)),
  };
}
