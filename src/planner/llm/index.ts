/**
 * The LLM planner: when AUTOFLOW_LLM_BASE_URL is set, any OpenAI-compatible chat-completions
 * server (OpenAI, Ollama, vLLM, llama.cpp) plans the request. The model gets the catalogue of
 * enabled drivers (operations and JSON schemas, never credential values) and the request as
 * delimited data, and must answer in the plan's JSON schema — as structured output
 * (`response_format: json_schema`) where the server supports it, JSON mode (`json_object`)
 * where it only supports that, and by instruction otherwise (the mode steps down when the
 * server rejects one with HTTP 400/422).
 *
 * The answer is checked like any workflow (the validator) plus the planner's own rules
 * (catalogue operations of enabled drivers only, no credentials, only hosts the request names;
 * see safety.ts). On problems the model is asked to repair them, at most MAX_REPAIR_ROUNDS
 * times; then — or when the endpoint fails — the offline planner's plan is used and a note says so.
 */
import { llmDriver } from '../../drivers/llm/index.ts';
import { chatCompletion, type ChatMessage } from '../../drivers/llm/chat.ts';
import { DEFAULT_LLM_MODEL } from '../../drivers/llm/endpoint.ts';
import { builtinRegistry } from '../../drivers/all.ts';
import { canonicalDriverName, DriverRegistry } from '../../drivers/registry.ts';
import { guardedFetch } from '../../platform/guarded-fetch.ts';
import { toErrorData } from '../../platform/errors.ts';
import { redact, registerSecret } from '../../platform/secrets.ts';
import { validateWorkflow } from '../../workflow/validate.ts';
import { planOffline } from '../offline/index.ts';
import { planProblems } from '../safety.ts';
import type { Draft, PlanOptions } from '../types.ts';
import { repairMessage, requestMessage, systemPrompt } from './prompt.ts';
import { draftFromAnswer, PLAN_JSON_SCHEMA, readAnswer } from './schema.ts';

export const MAX_REPAIR_ROUNDS = 2;
const ANSWER_MAX_TOKENS = 4096;
const CHARS_PER_TOKEN = 4;

export type OutputMode = 'json_schema' | 'json_object' | 'prompt';

export interface LlmPlanResult {
  draft: Draft;
  /** True when the offline plan replaced the model's. */
  fallback: boolean;
  /** Repair rounds used (0 when the first answer was accepted). */
  rounds: number;
  /** The problems of every rejected answer, and endpoint errors. */
  errors: string[];
  /** Tokens spent (as reported by the endpoint, else estimated at 4 characters a token). */
  tokens: number;
  mode: OutputMode;
}

export interface LlmPlanDeps {
  /** Registry the answer is validated against (the built-in drivers by default). */
  registry?: DriverRegistry;
}

function formatProblem(p: { path: string; message: string; hint?: string }): string {
  return `${p.path}: ${p.message}${p.hint ? ` (${p.hint})` : ''}`;
}

/** Plans `request` with the configured LLM; never throws for endpoint or answer problems. */
export async function planWithLlm(request: string, opts: PlanOptions, deps: LlmPlanDeps = {}): Promise<LlmPlanResult> {
  const env = opts.env ?? process.env;
  const registry = deps.registry ?? builtinRegistry();
  const enabled = opts.enabledDrivers ? new Set(opts.enabledDrivers.map(canonicalDriverName)) : undefined;
  const catalog = enabled ? opts.catalog.filter((d) => enabled.has(canonicalDriverName(d.name))) : opts.catalog;
  const llmRegistry = new DriverRegistry([llmDriver]);
  const allow = (env.AUTOFLOW_ALLOW_HOSTS ?? '').split(',').filter(Boolean);
  const ctx = {
    settings: llmRegistry.settings(llmDriver, env),
    credentials: llmRegistry.credentials(llmDriver, env),
    fetch: guardedFetch(fetch, allow),
    signal: new AbortController().signal,
  };
  // Every credential value of every driver (and the password inside URL-shaped ones) is registered
  // for redaction before any prompt is built.
  for (const d of registry.drivers) {
    for (const v of Object.values(registry.credentials(d, env))) {
      try { const u = new URL(v ?? ''); if (u.password) registerSecret(decodeURIComponent(u.password)); } catch { /* not a URL */ }
    }
  }
  const model = ctx.settings.model || DEFAULT_LLM_MODEL;
  const timeoutMs = Number(env.AUTOFLOW_LLM_TIMEOUT_MS) > 0 ? Number(env.AUTOFLOW_LLM_TIMEOUT_MS) : 60_000;
  const messages: ChatMessage[] = [
    { role: 'system', content: systemPrompt(catalog, opts.now ?? new Date(), opts.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone) },
    { role: 'user', content: requestMessage(request) },
  ];
  const errors: string[] = [];
  let tokens = 0;
  let mode: OutputMode = 'json_schema';
  const fallback = (why: string, rounds: number): LlmPlanResult => {
    const draft = planOffline(request, { ...opts, catalog });
    return { draft: { ...draft, notes: [`The LLM planner's answer was not used (${why}); this is the offline planner's plan.`, ...draft.notes] }, fallback: true, rounds, errors, tokens, mode };
  };

  for (let round = 0; round <= MAX_REPAIR_ROUNDS; round++) {
    let content: string;
    for (;;) {
      const body = {
        model, messages, max_tokens: ANSWER_MAX_TOKENS, temperature: 0,
        ...(mode === 'json_schema' ? { response_format: { type: 'json_schema', json_schema: { name: 'autoflow_plan', schema: PLAN_JSON_SCHEMA, strict: false } } } : mode === 'json_object' ? { response_format: { type: 'json_object' } } : {}),
      };
      try {
        const a = await chatCompletion(ctx, body, timeoutMs);
        tokens += a.usage_reported ? a.usage.prompt_tokens + a.usage.completion_tokens : Math.ceil((messages.reduce((n, m) => n + m.content.length, 0) + a.content.length) / CHARS_PER_TOKEN);
        content = a.content;
        break;
      } catch (err) {
        const e = toErrorData(err);
        if ((e.status === 400 || e.status === 422) && mode !== 'prompt') { mode = mode === 'json_schema' ? 'json_object' : 'prompt'; continue; }
        errors.push(e.message);
        return fallback(`the LLM endpoint failed: ${e.message.slice(0, 200)}`, round);
      }
    }
    const { answer, problems } = readAnswer(content, request);
    if (answer && answer.steps.length) {
      const report = validateWorkflow({ name: answer.name, steps: answer.steps, ...(answer.trigger ? { trigger: answer.trigger } : {}) }, registry);
      problems.push(...report.problems.filter((p) => p.severity === 'error').map(formatProblem));
      problems.push(...planProblems(answer.steps, { request, catalog, enabledDrivers: opts.enabledDrivers, env }).filter((p) => p.code !== 'unknown_operation' || report.ok).map((p) => p.message));
    }
    if (answer && !problems.length) return { draft: draftFromAnswer(answer), fallback: false, rounds: round, errors, tokens, mode };
    errors.push(...problems);
    if (round === MAX_REPAIR_ROUNDS) return fallback(`still invalid after ${MAX_REPAIR_ROUNDS} repair rounds: ${problems.slice(0, 3).join('; ').slice(0, 400)}`, round);
    messages.push({ role: 'assistant', content: redact(content.slice(0, 20_000)) }, { role: 'user', content: repairMessage(problems.slice(0, 30)) });
  }
  return fallback('no answer', MAX_REPAIR_ROUNDS);
}
