/**
 * Errors as data. Every failure Autoflow reports carries a stable `code`, a message that says
 * what is wrong, a `hint` that says how to fix it, and its retry intent (`retryable`,
 * `retryAfterMs`) so the engine's retry policy never inspects class names or message text.
 */

/** The serialisable shape of an error: stored in run history, printed by the CLI, sent by the API. */
export interface ErrorData {
  code: string;
  message: string;
  hint?: string;
  /** Whether trying the same thing again may succeed (network trouble, 5xx, 429, timeouts). */
  retryable?: boolean;
  /** Server-requested wait before the next attempt (429 Retry-After). */
  retryAfterMs?: number;
  /** HTTP status when the error came from an HTTP call. */
  status?: number;
  /** Where in a document the problem is (JSON path), when it concerns one. */
  path?: string;
  details?: unknown;
}

/** An error carrying {@link ErrorData}; throw it anywhere, render it at the boundary. */
export class AutoflowError extends Error {
  readonly data: ErrorData;
  constructor(data: ErrorData) {
    super(data.message);
    this.name = 'AutoflowError';
    this.data = data;
  }
}

/** Converts anything thrown into ErrorData without losing the retry intent. */
export function toErrorData(err: unknown): ErrorData {
  if (err instanceof AutoflowError) return err.data;
  if (err && typeof err === 'object' && 'name' in err && (err as Error).name === 'AbortError') {
    return { code: 'aborted', message: 'The operation was aborted', retryable: false };
  }
  if (err instanceof Error) {
    const code = (err as NodeJS.ErrnoException).code;
    const network = typeof code === 'string' && /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN|UND_ERR)/.test(code);
    return { code: network ? 'network_error' : 'internal_error', message: err.message, retryable: network };
  }
  return { code: 'internal_error', message: String(err), retryable: false };
}

/** Builds ErrorData for a non-2xx HTTP response: 429 and 5xx are retryable, Retry-After honoured. */
export function httpErrorData(service: string, status: number, bodyText: string, headers?: Headers): ErrorData {
  const retryAfter = headers?.get('retry-after');
  let retryAfterMs: number | undefined;
  if (retryAfter) {
    const secs = Number(retryAfter);
    if (Number.isFinite(secs)) retryAfterMs = Math.max(0, secs * 1000);
    else {
      const at = Date.parse(retryAfter);
      if (Number.isFinite(at)) retryAfterMs = Math.max(0, at - Date.now());
    }
  }
  const snippet = bodyText.length > 500 ? `${bodyText.slice(0, 500)}…` : bodyText;
  const hint =
    status === 401 || status === 403 ? `Check the ${service} credentials (token missing, expired or lacking permission).`
    : status === 404 ? `Check the ids passed to ${service}: the resource was not found.`
    : status === 429 ? `${service} is rate limiting; the step is retried after the requested delay.`
    : status >= 500 ? `${service} had a server error; the step is retried per its retry policy.`
    : `Check the parameters sent to ${service}.`;
  return {
    code: status === 429 ? 'rate_limited' : status >= 500 ? 'upstream_error' : 'upstream_rejected',
    message: `${service} answered HTTP ${status}: ${snippet}`,
    hint,
    status,
    retryable: status === 429 || status >= 500 || status === 408,
    retryAfterMs,
  };
}
