/**
 * The llm driver: text generation through any OpenAI-compatible chat-completions endpoint
 * (AUTOFLOW_LLM_BASE_URL, AUTOFLOW_LLM_MODEL, optional AUTOFLOW_LLM_API_KEY).
 */
import { defineDriver } from '../define.ts';
import { generate } from './generate.ts';
import { llmHealth } from './health.ts';
import { DEFAULT_LLM_BASE_URL, DEFAULT_LLM_MODEL } from './endpoint.ts';

/** LLM text generation. */
export const llmDriver = defineDriver({
  name: 'llm',
  aliases: ['llm_driver', 'ai', 'openai', 'lmChatOpenAi', 'custom_lmChatOpenAi'],
  title: 'LLM (AI)',
  description: 'Generates, summarises, classifies or extracts text with a large language model via an OpenAI-compatible API (OpenAI, Ollama, vLLM, llama.cpp).',
  keywords: ['llm', 'ai', 'gpt', 'openai', 'ollama', 'model', 'summarize', 'generate'],
  settings: [
    { name: 'base_url', env: 'AUTOFLOW_LLM_BASE_URL', description: 'OpenAI-compatible API base URL (ending in /v1).', default: DEFAULT_LLM_BASE_URL },
    { name: 'model', env: 'AUTOFLOW_LLM_MODEL', description: 'Default model name.', default: DEFAULT_LLM_MODEL },
  ],
  credentials: {
    kind: 'bearer_token',
    fields: [{ name: 'api_key', env: 'AUTOFLOW_LLM_API_KEY', description: 'API key sent as a bearer token (not needed for most local servers).' }],
    required: false,
  },
  rateLimit: { requests: 60, perMs: 60_000 },
  operations: { generate },
  health: llmHealth,
});
