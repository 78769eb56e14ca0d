/** The GitHub driver against the in-process fake GitHub: operations, rate limits, health. */
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FakeGithub } from '../../dev-services/fake-github.ts';
import { runOperation, testContext, type TestContextOptions } from '../test-context.ts';
import { isError } from '../test-errors.ts';
import { DriverRegistry } from '../registry.ts';
import { githubDriver } from './index.ts';
import { resolveRepo } from './client.ts';

const fake = new FakeGithub();
const ctx = (opts: TestContextOptions = {}) => testContext(githubDriver, { env: { AUTOFLOW_GITHUB_BASE_URL: fake.baseUrl, AUTOFLOW_GITHUB_TOKEN: fake.token }, ...opts });
const run = (op: string, input: Record<string, unknown>) => runOperation(githubDriver, op, input, ctx());

before(async () => { await fake.listen(); });
after(async () => { await fake.close(); });
beforeEach(() => { fake.reset(); fake.rateRemaining = 4999; });

describe('github issues', () => {
  test('create_issue with repo "owner/name" returns issue_number, issue_url, issue_id', async () => {
    const out = await run('create_issue', { repo: 'acme/api', title: 'DB timeout', body: 'Details', labels: ['bug'], assignees: ['octocat'] });
    assert.equal(typeof out.issue_number, 'number');
    assert.equal(out.issue_url, `https://github.com/acme/api/issues/${out.issue_number}`);
    assert.equal(typeof out.issue_id, 'number');
    assert.deepEqual([out.repo, out.state, out.status], ['acme/api', 'open', 'created']);
    const [req] = fake.calls('POST', '/repos/acme/api/issues');
    assert.deepEqual(req.body, { title: 'DB timeout', body: 'Details', labels: ['bug'], assignees: ['octocat'] });
    assert.equal(req.headers.accept, 'application/vnd.github+json');
    assert.equal(req.headers['x-github-api-version'], '2022-11-28');
    assert.equal(req.headers.authorization, `Bearer ${fake.token}`);
  });

  test('owner + repo works too; comment and close (the undo) follow', async () => {
    const issue = await run('create_issue', { owner: 'acme', repo: 'web', title: 'Broken link' });
    const comment = await run('add_comment', { repo: 'acme/web', issue_number: issue.issue_number, body: 'Fixed in #2' });
    assert.match(comment.comment_url, /#issuecomment-\d+$/);
    assert.equal(comment.status, 'commented');
    const undo = githubDriver.operations.create_issue.undo!;
    assert.equal(undo.operation, 'close_issue');
    const closed = await run('close_issue', undo.input({}, issue));
    assert.deepEqual([closed.state, closed.status], ['closed', 'closed']);
    assert.deepEqual(fake.calls('PATCH')[0].body, { state: 'closed', state_reason: 'not_planned' });
  });

  test('resolveRepo accepts URLs and rejects a bare name without owner', () => {
    assert.deepEqual(resolveRepo({ repo: 'https://github.com/acme/api.git' }), { owner: 'acme', repo: 'api' });
    assert.throws(() => resolveRepo({ repo: 'api' }), isError((d) => d.code === 'invalid_input'));
  });

  test('a missing issue is a clear 404', async () => {
    await assert.rejects(run('add_comment', { repo: 'acme/none', issue_number: 999, body: 'x' }), isError((d) => d.status === 404 && d.retryable === false));
  });
});

describe('github failures', () => {
  test('403 with x-ratelimit-remaining: 0 is a retryable rate limit until the reset', async () => {
    const reset = Math.floor(Date.now() / 1000) + 120;
    fake.failNext(1, 403, { body: { message: 'API rate limit exceeded for user ID 1.' } });
    // Inject the headers GitHub sends with a primary rate limit through a fetch wrapper.
    const fetchWithHeaders: typeof fetch = async (input, init) => {
      const res = await fetch(input, init);
      const headers = new Headers(res.headers);
      headers.set('x-ratelimit-remaining', '0');
      headers.set('x-ratelimit-reset', String(reset));
      return new Response(await res.text(), { status: res.status, headers });
    };
    await assert.rejects(
      runOperation(githubDriver, 'create_issue', { repo: 'acme/api', title: 't' }, ctx({ fetch: fetchWithHeaders })),
      isError((d) => d.code === 'rate_limited' && d.retryable === true && d.retryAfterMs! > 100_000 && d.retryAfterMs! <= 120_000),
    );
  });

  test('429 with Retry-After and 5xx are retryable', async () => {
    fake.failNext(1, 429, { retryAfterSec: 5 });
    await assert.rejects(run('create_issue', { repo: 'acme/api', title: 't' }), isError((d) => d.code === 'rate_limited' && d.retryAfterMs === 5000));
    fake.failNext(1, 502);
    await assert.rejects(run('create_issue', { repo: 'acme/api', title: 't' }), isError((d) => d.code === 'upstream_error' && d.retryable === true));
  });

  test('401 hints at AUTOFLOW_GITHUB_TOKEN without echoing it; a plain 403 is not retryable', async () => {
    const secret = 'ghp_wrongtoken12345';
    await assert.rejects(
      runOperation(githubDriver, 'create_issue', { repo: 'acme/api', title: 't' }, ctx({ credentials: { token: secret } })),
      isError((d) => d.code === 'credentials_invalid' && /AUTOFLOW_GITHUB_TOKEN/.test(d.hint ?? '') && !JSON.stringify(d).includes(secret)),
    );
    fake.failNext(1, 403, { body: { message: 'Resource not accessible by personal access token' } });
    await assert.rejects(run('create_issue', { repo: 'acme/api', title: 't' }), isError((d) => d.code === 'permission_denied' && d.retryable === false));
  });

  test('422 validation errors are readable', async () => {
    const op = githubDriver.operations.create_issue;
    // Bypass the schema to see GitHub's own answer to a missing title.
    await assert.rejects(op.run({ repo: 'acme/api', title: '' } as any, ctx()), isError((d) => d.status === 422 && /Validation Failed \(title missing_field\)/.test(d.message)));
  });
});

describe('github driver definition', () => {
  test('health via /user reports rate-limit headroom', async () => {
    const h = await githubDriver.health!(ctx());
    assert.deepEqual([h.ok, h.details.user, h.details.rate_limit], [true, 'autoflow-dev', 'within_limits']);
    fake.rateRemaining = 0;
    assert.equal((await githubDriver.health!(ctx())).details.rate_limit, 'exhausted');
  });

  test('catalogue: alias, env names, outcomes', () => {
    const reg = new DriverRegistry([githubDriver]);
    assert.equal(reg.get('github_driver'), githubDriver);
    const [cat] = reg.catalog();
    assert.deepEqual(cat.settings.map((s) => s.env), ['AUTOFLOW_GITHUB_BASE_URL']);
    assert.deepEqual(cat.credentials.fields.map((f) => f.env), ['AUTOFLOW_GITHUB_TOKEN']);
    assert.deepEqual(cat.operations.find((o) => o.name === 'create_issue')!.outcomes, ['issue_created']);
    assert.equal((cat.operations.find((o) => o.name === 'add_comment')!.input_schema as any).properties.issue_number.type, 'integer');
    for (const op of cat.operations) assert.ok(op.examples.length >= 3, op.name);
  });
});
