/**
 * One chat-completions call to the OpenAI-compatible endpoint (OpenAI, Ollama, vLLM, llama.cpp
 * server): shared by the `llm.generate` operation and the LLM planner. Errors are
 * AutoflowErrors (HTTP status kept, 429/5xx retryable, timeouts and network failures explained).
 */
import { AutoflowError, httpErrorData } from '../../platform/errors.ts';
import { MAX_RESPONSE_BYTES, readBodyCapped } from '../http/read-body.ts';
import { fetchFailure } from '../http/fetch-errors.ts';
import type { DriverContext } from '../define.ts';
import { llmHeaders, llmUrl } from './endpoint.ts';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** The request body: model, messages and any other chat-completions fields (response_format, …). */
export interface ChatRequest {
  model: string;
  messages: ChatMessage[];
  max_tokens?: number;
  temperature?: number;
  response_format?: unknown;
  [field: string]: unknown;
}

export interface ChatAnswer {
  content: string;
  model: string;
  finish_reason: string | null;
  usage: { prompt_tokens: number; completion_tokens: number };
  /** False when the endpoint did not report usage (the numbers are then 0). */
  usage_reported: boolean;
}

interface ChatCompletion {
  model?: string;
  choices?: { message?: { content?: string | null }; finish_reason?: string | null }[];
  usage?: { prompt_tokens?: number; completion_tokens?: number };
}

/** POSTs `<base URL>/chat/completions` and returns the first choice's text. */
export async function chatCompletion(ctx: Pick<DriverContext, 'settings' | 'credentials' | 'fetch' | 'signal'>, body: ChatRequest, timeoutMs: number): Promise<ChatAnswer> {
  const url = llmUrl(ctx as DriverContext, 'chat/completions');
  const headers = llmHeaders(ctx as DriverContext);
  headers.set('content-type', 'application/json');
  const what = `the LLM endpoint ${url.origin}`;
  let completion: ChatCompletion;
  try {
    const res = await ctx.fetch(url, { method: 'POST', headers, body: JSON.stringify(body), signal: AbortSignal.any([ctx.signal, AbortSignal.timeout(timeoutMs)]) });
    const text = (await readBodyCapped(res, MAX_RESPONSE_BYTES, what)).toString('utf8');
    if (!res.ok) throw new AutoflowError(httpErrorData('The LLM endpoint', res.status, text, res.headers));
    completion = JSON.parse(text) as ChatCompletion;
  } catch (err) {
    if (err instanceof SyntaxError) throw new AutoflowError({ code: 'invalid_llm_response', message: `${what} did not return JSON`, hint: 'Check AUTOFLOW_LLM_BASE_URL points at an OpenAI-compatible /v1 endpoint.' });
    throw fetchFailure(err, what, timeoutMs, ctx.signal);
  }
  const choice = completion.choices?.[0];
  const content = choice?.message?.content;
  if (typeof content !== 'string') {
    throw new AutoflowError({ code: 'invalid_llm_response', message: `${what} returned no message content`, hint: 'Check that the endpoint speaks the OpenAI chat-completions format.' });
  }
  return {
    content,
    model: completion.model || body.model,
    finish_reason: choice?.finish_reason ?? null,
    usage: { prompt_tokens: completion.usage?.prompt_tokens ?? 0, completion_tokens: completion.usage?.completion_tokens ?? 0 },
    usage_reported: !!completion.usage,
  };
}
