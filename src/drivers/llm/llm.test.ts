/** Tests for the llm driver against a local node:http server speaking chat-completions. */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { llmDriver } from './index.ts';
import { runWith, testContext } from '../test-context.ts';
import { AutoflowError } from '../../platform/errors.ts';
import { sendJson, startTestServer } from '../http/test-server.ts';

let mode: 'ok' | 'json' | 'fenced' | 'bad-json' | 'rate' | 'down' = 'ok';
const server = await startTestServer((req, res) => {
  if (req.url === '/v1/models') {
    if (req.headers.authorization !== 'Bearer sk-test-key-1') return sendJson(res, 401, { error: { message: 'bad key' } });
    return sendJson(res, 200, { data: [{ id: 'local-model' }] });
  }
  if (req.url !== '/v1/chat/completions' || req.method !== 'POST') return sendJson(res, 404, {});
  if (mode === 'rate') return sendJson(res, 429, { error: { message: 'rate limited' } }, { 'retry-after': '2' });
  if (mode === 'down') return sendJson(res, 503, { error: { message: 'loading model' } });
  const body = JSON.parse(req.body);
  const content = mode === 'json' ? '{"category":"bug"}' : mode === 'fenced' ? '```json\n{"category":"feature"}\n```' : mode === 'bad-json' ? 'sure! it is a bug'
    : `echo: ${body.messages.at(-1).content}`;
  sendJson(res, 200, { id: 'c1', model: body.model, choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }], usage: { prompt_tokens: 12, completion_tokens: 5, total_tokens: 17 } });
});
after(() => server.close());

const env = { AUTOFLOW_LLM_BASE_URL: `${server.url}/v1/`, AUTOFLOW_LLM_MODEL: 'local-model', AUTOFLOW_LLM_API_KEY: 'sk-test-key-1' };
const run = (input: Record<string, unknown>) => runWith(llmDriver, 'generate', input, { env });

test('generate sends model, messages, bearer key and returns text and usage', async () => {
  mode = 'ok';
  const out = await run({ prompt: 'Summarise the bug', system: 'Be brief', temperature: 0.2, max_tokens: 50 });
  assert.deepEqual(out, { text: 'echo: Summarise the bug', model: 'local-model', finish_reason: 'stop', usage: { prompt_tokens: 12, completion_tokens: 5 } });
  const sent = server.requests.at(-1)!;
  assert.equal(sent.headers.authorization, 'Bearer sk-test-key-1');
  const body = JSON.parse(sent.body);
  assert.deepEqual(body, { model: 'local-model', messages: [{ role: 'system', content: 'Be brief' }, { role: 'user', content: 'Summarise the bug' }], max_tokens: 50, temperature: 0.2 });
});

test('json mode asks for JSON and parses the answer (fenced too)', async () => {
  mode = 'json';
  const out = await run({ prompt: 'Classify', json: true, model: 'other-model' });
  assert.deepEqual(out.json, { category: 'bug' });
  assert.equal(out.model, 'other-model');
  const body = JSON.parse(server.requests.at(-1)!.body);
  assert.deepEqual(body.response_format, { type: 'json_object' });
  assert.match(body.messages[0].content, /JSON/);
  mode = 'fenced';
  assert.deepEqual((await run({ prompt: 'Classify', json: true })).json, { category: 'feature' });
  mode = 'bad-json';
  await assert.rejects(run({ prompt: 'Classify', json: true }), (e: unknown) => e instanceof AutoflowError && e.data.code === 'invalid_json' && e.data.retryable === true);
});

test('429 and 5xx are retryable errors', async () => {
  mode = 'rate';
  await assert.rejects(run({ prompt: 'x' }), (e: unknown) => e instanceof AutoflowError && e.data.retryable === true && e.data.retryAfterMs === 2000);
  mode = 'down';
  await assert.rejects(run({ prompt: 'x' }), (e: unknown) => e instanceof AutoflowError && e.data.retryable === true && e.data.status === 503);
});

test('health checks GET /models with the key', async () => {
  assert.deepEqual(await llmDriver.health(testContext(llmDriver, { env })), { ok: true, details: { api_status: 'healthy', credentials: 'valid' } });
  const bad = await llmDriver.health(testContext(llmDriver, { env: { ...env, AUTOFLOW_LLM_API_KEY: 'wrong-key' } }));
  assert.equal(bad.ok, false);
  assert.equal(bad.details.credentials, 'invalid');
  const down = await llmDriver.health(testContext(llmDriver, { env: { ...env, AUTOFLOW_LLM_BASE_URL: 'http://127.0.0.1:1/v1' } }));
  assert.deepEqual(down.details, { api_status: 'unreachable' });
});
