/**
 * The OpenAI-compatible endpoint the llm driver talks to: base URL, default model and the
 * optional bearer key, from the driver's settings and credentials.
 */
import type { DriverContext } from '../define.ts';

/** Default base URL when AUTOFLOW_LLM_BASE_URL is not set. */
export const DEFAULT_LLM_BASE_URL = 'https://api.openai.com/v1';
/** Default model when AUTOFLOW_LLM_MODEL is not set. */
export const DEFAULT_LLM_MODEL = 'gpt-4o-mini';

/** `<base URL>/<path>` without doubled slashes. */
export function llmUrl(ctx: DriverContext, path: string): URL {
  const base = (ctx.settings.base_url || DEFAULT_LLM_BASE_URL).replace(/\/+$/, '');
  return new URL(`${base}/${path.replace(/^\/+/, '')}`);
}

/** Request headers, with `Authorization: Bearer` when an API key is configured. */
export function llmHeaders(ctx: DriverContext): Headers {
  const h = new Headers({ accept: 'application/json', 'user-agent': 'Autoflow/0.1' });
  if (ctx.credentials.api_key) h.set('authorization', `Bearer ${ctx.credentials.api_key}`);
  return h;
}
