/** Tests for the http driver against a real local node:http server. */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { httpDriver } from './index.ts';
import { runWith } from '../test-context.ts';
import { rejectsWith } from '../test-errors.ts';
import { redact } from '../../platform/secrets.ts';
import { sendJson, startTestServer } from './test-server.ts';
import { MAX_RESPONSE_BYTES } from './read-body.ts';

const server = await startTestServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/echo') return sendJson(res, 200, { method: req.method, url: req.url, headers: req.headers, body: req.body });
  if (path === '/text') { res.writeHead(200, { 'content-type': 'text/plain' }); res.end('plain words'); return; }
  if (path === '/missing') return sendJson(res, 404, { error: 'not here' });
  if (path === '/rate') return sendJson(res, 429, { error: 'slow down' }, { 'retry-after': '3' });
  if (path === '/slow') { await new Promise((r) => setTimeout(r, 1000)); res.end('late'); return; }
  if (path === '/redirect') { res.writeHead(302, { location: '/echo?hop=1' }); res.end(); return; }
  if (path === '/redirect-metadata') { res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }); res.end(); return; }
  if (path === '/huge') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    const chunk = Buffer.alloc(1024 * 1024, 97);
    for (let i = 0; i <= MAX_RESPONSE_BYTES / chunk.length; i++) if (!res.write(chunk)) await new Promise((r) => res.once('drain', r));
    res.end();
    return;
  }
  res.writeHead(500); res.end('unknown route');
});
after(() => server.close());

const run = (input: Record<string, unknown>) => runWith(httpDriver, 'request', input);

test('JSON round trip with query and headers', async () => {
  const out = await run({
    method: 'post', url: `${server.url}/echo`, query: { q: 'bug fix', tag: ['a', 'b'], skip: null, n: 2 },
    headers: { 'x-team': 'dev' }, json: { name: 'Bug fix', priority: 'high' },
  });
  assert.equal(out.status, 200);
  assert.equal(out.ok, true);
  const body = out.body as { method: string; url: string; headers: Record<string, string>; body: string };
  assert.equal(body.method, 'POST');
  assert.equal(body.url, '/echo?q=bug+fix&tag=a&tag=b&n=2');
  assert.equal(body.headers['x-team'], 'dev');
  assert.equal(body.headers['content-type'], 'application/json');
  assert.deepEqual(JSON.parse(body.body), { name: 'Bug fix', priority: 'high' });
  assert.equal((out.headers as Record<string, string>)['content-type'], 'application/json');
});

test('text responses are returned as text; bearer auth is sent and registered as a secret', async () => {
  assert.equal((await run({ url: `${server.url}/text` })).body, 'plain words');
  const out = await run({ url: `${server.url}/echo`, auth: { bearer: 'tok-abcdef-123' } });
  assert.equal((out.body as { headers: Record<string, string> }).headers.authorization, 'Bearer tok-abcdef-123');
  assert.equal(redact('x tok-abcdef-123 y'), 'x *** y');
});

test('non-2xx is data by default, an error with fail_on_error or expect_status', async () => {
  const out = await run({ url: `${server.url}/missing` });
  assert.equal(out.status, 404);
  assert.equal(out.ok, false);
  assert.deepEqual(out.body, { error: 'not here' });
  await rejectsWith(run({ url: `${server.url}/missing`, fail_on_error: true }), (e) => {
    assert.equal(e.data.status, 404);
    assert.equal(e.data.retryable, false);
  });
  await rejectsWith(run({ url: `${server.url}/echo`, expect_status: [201, 202] }), (e) => {
    assert.equal(e.data.code, 'unexpected_status');
    assert.match(e.message, /expected 201 or 202/);
  });
});

test('429 with fail_on_error is retryable with retryAfterMs', async () => {
  await rejectsWith(run({ url: `${server.url}/rate`, fail_on_error: true }), (e) => {
    assert.equal(e.data.code, 'rate_limited');
    assert.equal(e.data.retryable, true);
    assert.equal(e.data.retryAfterMs, 3000);
  });
});

test('timeout is a retryable error', async () => {
  await rejectsWith(run({ url: `${server.url}/slow`, timeout_ms: 100 }), (e) => {
    assert.equal(e.data.code, 'timeout');
    assert.equal(e.data.retryable, true);
  });
});

test('connection refused is a retryable network error', async () => {
  const dead = await startTestServer(() => {});
  await dead.close();
  await rejectsWith(run({ url: `${dead.url}/x` }), (e) => {
    assert.equal(e.data.code, 'network_error');
    assert.equal(e.data.retryable, true);
  });
});

test('redirects are followed, and every hop passes the guard', async () => {
  const out = await run({ url: `${server.url}/redirect` });
  assert.equal(out.status, 200);
  assert.match(String(out.url), /\/echo\?hop=1$/);
  await rejectsWith(run({ url: `${server.url}/redirect-metadata` }), (e) => assert.equal(e.data.code, 'forbidden_address'));
});

test('the guard refuses the cloud metadata address', async () => {
  await rejectsWith(run({ url: 'http://169.254.169.254/latest/meta-data/' }), (e) => {
    assert.equal(e.data.code, 'forbidden_address');
    assert.equal(e.data.retryable, undefined);
  });
});

test('responses over the size cap fail clearly', async () => {
  await rejectsWith(run({ url: `${server.url}/huge` }), (e) => assert.equal(e.data.code, 'response_too_large'));
});

test('json and body together are refused by the schema', async () => {
  await assert.rejects(run({ url: `${server.url}/echo`, json: {}, body: 'x' }), /either json or body/);
});
