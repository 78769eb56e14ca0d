/**
 * llm.generate: one chat-completions call to an OpenAI-compatible endpoint (OpenAI, Ollama,
 * vLLM, llama.cpp server). Returns the text, optionally parsed as JSON, and token usage.
 */
import { z } from 'zod';
import { defineOperation } from '../define.ts';
import { chatCompletion, type ChatMessage, type ChatRequest } from './chat.ts';
import { DEFAULT_LLM_MODEL } from './endpoint.ts';
import { parseModelJson } from './parse-json.ts';

const JSON_INSTRUCTION = 'Respond with a single valid JSON value only, no prose and no code fences.';

const input = z.object({
  prompt: z.string().min(1).describe('What to ask or instruct the model (the user message).'),
  system: z.string().optional().describe('Optional system instructions (role, tone, output rules).'),
  model: z.string().min(1).optional().describe('Model name; defaults to AUTOFLOW_LLM_MODEL.'),
  max_tokens: z.number().int().min(1).max(32_768).default(1024).describe('Most tokens to generate.'),
  temperature: z.number().min(0).max(2).optional().describe('Sampling temperature (0 = most deterministic).'),
  json: z.boolean().default(false).describe('Ask for a JSON answer and return it parsed in `json`.'),
  timeout_ms: z.number().int().min(1).max(600_000).default(120_000).describe('Give up after this many milliseconds (retryable).'),
});

const output = z.object({
  text: z.string().describe('The generated text.'),
  json: z.unknown().optional().describe('The parsed JSON answer (only when json is true).'),
  model: z.string().describe('The model that answered.'),
  finish_reason: z.string().nullable().describe('Why generation stopped (stop, length, ...).'),
  usage: z.object({ prompt_tokens: z.number().int(), completion_tokens: z.number().int() }).describe('Token usage as reported by the endpoint (0 when not reported).'),
});

/** Generates text with the configured LLM. */
export const generate = defineOperation({
  description: 'Asks a large language model (any OpenAI-compatible endpoint) to write, summarise, classify, extract or decide something, '
    + 'and returns its text answer, or parsed JSON when json is true. Use it for steps that need judgement or wording, '
    + 'e.g. summarise an incident, draft a release note, or classify a ticket. No side effects outside the model call; uses tokens.',
  keywords: ['llm', 'ai', 'gpt', 'model', 'generate', 'summarize', 'summarise', 'classify', 'extract', 'draft', 'write', 'decide', 'chat completion'],
  examples: [
    'Summarise the incident description in three bullet points',
    'Classify this support ticket as bug, feature or question and return JSON',
    'Draft a friendly release announcement from the changelog',
  ],
  effect: 'read',
  idempotent: true,
  outcomes: ['text_generated'],
  input,
  output,
  async run(inp, ctx) {
    const model = inp.model || ctx.settings.model || DEFAULT_LLM_MODEL;
    const system = inp.json ? [inp.system, JSON_INSTRUCTION].filter(Boolean).join('\n\n') : inp.system;
    const messages: ChatMessage[] = [...(system ? [{ role: 'system' as const, content: system }] : []), { role: 'user', content: inp.prompt }];
    const payload: ChatRequest = { model, messages, max_tokens: inp.max_tokens };
    if (inp.temperature !== undefined) payload.temperature = inp.temperature;
    if (inp.json) payload.response_format = { type: 'json_object' };
    const answer = await chatCompletion(ctx, payload, inp.timeout_ms);
    return {
      text: answer.content,
      ...(inp.json ? { json: parseModelJson(answer.content) } : {}),
      model: answer.model,
      finish_reason: answer.finish_reason,
      usage: answer.usage,
    };
  },
});
