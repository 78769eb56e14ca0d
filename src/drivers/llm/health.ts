/**
 * Health check of the llm driver: `GET <base URL>/models` answers 2xx with the configured key.
 */
import type { DriverContext, HealthResult } from '../define.ts';
import { toErrorData } from '../../platform/errors.ts';
import { fetchFailure } from '../http/fetch-errors.ts';
import { llmHeaders, llmUrl } from './endpoint.ts';

/** Checks that the endpoint is reachable and accepts the credentials. */
export async function llmHealth(ctx: DriverContext): Promise<HealthResult> {
  const url = llmUrl(ctx, 'models');
  try {
    const res = await ctx.fetch(url, { headers: llmHeaders(ctx), signal: AbortSignal.any([ctx.signal, AbortSignal.timeout(10_000)]) });
    await res.body?.cancel().catch(() => {});
    if (res.ok) return { ok: true, details: { api_status: 'healthy', credentials: ctx.credentials.api_key ? 'valid' : 'not_required' } };
    if (res.status === 401 || res.status === 403) {
      return { ok: false, details: { api_status: 'reachable', credentials: 'invalid' }, message: `${url.origin} refused the API key (HTTP ${res.status}); check AUTOFLOW_LLM_API_KEY.` };
    }
    return { ok: false, details: { api_status: 'unhealthy' }, message: `GET ${url.origin}${url.pathname} answered HTTP ${res.status}` };
  } catch (err) {
    return { ok: false, details: { api_status: 'unreachable' }, message: toErrorData(fetchFailure(err, `the LLM endpoint ${url.origin}`, 10_000, ctx.signal)).message };
  }
}
