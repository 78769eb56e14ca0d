/** The Slack driver against the in-process fake Slack: operations, `ok:false` mapping, health. */
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FakeSlack } from '../../dev-services/fake-slack.ts';
import { runOperation, testContext, type TestContextOptions } from '../test-context.ts';
import { isError } from '../test-errors.ts';
import { AutoflowError } from '../../platform/errors.ts';
import { DriverRegistry } from '../registry.ts';
import { slackDriver } from './index.ts';

const fake = new FakeSlack();
const ctx = (opts: TestContextOptions = {}) => testContext(slackDriver, { env: { AUTOFLOW_SLACK_BASE_URL: fake.baseUrl, AUTOFLOW_SLACK_TOKEN: fake.token }, ...opts });
const run = (op: string, input: Record<string, unknown>) => runOperation(slackDriver, op, input, ctx());

before(async () => { await fake.listen(); });
after(async () => { await fake.close(); });
beforeEach(() => fake.reset());

describe('slack send_message', () => {
  test('runs the seed step (message + parse_mode markdown) and returns message_sent', async () => {
    const out = await run('send_message', {
      channel: '#dev-team',
      message: '🐛 New bug fix task created: **Bug fix**\n📋 Asana Link: [open](https://app.asana.com/0/1/2)\n👤 Assigned to: developer_team',
      parse_mode: 'markdown',
    });
    assert.equal(out.message_sent, true);
    assert.equal(out.status, 'sent');
    assert.equal(out.requested_channel, '#dev-team');
    assert.match(out.channel, /^C/);
    assert.match(out.message_ts, /^\d+\.\d{6}$/);

    const [req] = fake.calls('POST', '/chat.postMessage');
    assert.match(req.headers['content-type'], /application\/x-www-form-urlencoded/);
    assert.equal(req.headers.authorization, `Bearer ${fake.token}`);
    assert.equal(req.headers.token, fake.token, 'the spec\'s `token` header parameter is sent');
    assert.equal(req.body.mrkdwn, 'true');
    assert.equal(req.body.text, '🐛 New bug fix task created: *Bug fix*\n📋 Asana Link: <https://app.asana.com/0/1/2|open>\n👤 Assigned to: developer_team');
    assert.equal(fake.messages.at(-1)!.channel, out.channel);
  });

  test('text wins over message; thread_ts is passed; plain turns mrkdwn off', async () => {
    const first = await run('send_message', { channel: 'C0GENERAL1', text: 'parent' });
    const reply = await run('send_message', { channel: 'C0GENERAL1', text: 'a < b & c', message: 'ignored', parse_mode: 'plain', thread_ts: first.message_ts });
    assert.equal(reply.thread_ts, first.message_ts);
    const body = fake.calls('POST', '/chat.postMessage')[1].body;
    assert.deepEqual([body.text, body.mrkdwn, body.thread_ts], ['a < b & c', 'false', first.message_ts]);
    assert.equal(fake.calls('POST', '/chat.postMessage')[0].body.mrkdwn, undefined);
  });

  test('text or message is required', () => {
    assert.equal(slackDriver.operations.send_message.input.safeParse({ channel: '#x' }).success, false);
    assert.equal(slackDriver.operations.send_message.input.safeParse({ channel: '#x', message: '  ' }).success, false);
  });

  test('channel_not_found becomes a clear, non-retryable error', async () => {
    await assert.rejects(run('send_message', { channel: 'C0NOTFOUND1', text: 'hi' }), isError((d) => d.code === 'not_found' && /channel "C0NOTFOUND1" was not found/.test(d.message) && /channel ID/.test(d.hint ?? '') && d.retryable === false));
  });

  test('429 + Retry-After is retryable with retryAfterMs', async () => {
    fake.failNext(1, 429, { retryAfterSec: 3 });
    await assert.rejects(run('send_message', { channel: '#general', text: 'hi' }), isError((d) => d.code === 'rate_limited' && d.retryable === true && d.retryAfterMs === 3000));
  });

  test('HTTP 200 {ok:false, error:"ratelimited"} is retryable too', async () => {
    fake.failNext(1, 200, { body: { ok: false, error: 'ratelimited' }, retryAfterSec: 2 });
    await assert.rejects(run('send_message', { channel: '#general', text: 'hi' }), isError((d) => d.code === 'rate_limited' && d.retryable === true && d.retryAfterMs === 2000));
  });

  test('invalid_auth gives a credentials hint and no token', async () => {
    const secret = 'xoxb-not-valid-5f2c9a';
    const bad = ctx({ credentials: { token: secret } });
    await assert.rejects(runOperation(slackDriver, 'send_message', { channel: '#general', text: 'hi' }, bad), (e: unknown) => {
      assert.ok(e instanceof AutoflowError);
      assert.equal(e.data.code, 'credentials_invalid');
      assert.match(e.data.hint!, /AUTOFLOW_SLACK_TOKEN/);
      assert.doesNotMatch(JSON.stringify(e.data), new RegExp(secret));
      return true;
    });
  });

  test('a missing token fails before any request', async () => {
    const none = testContext(slackDriver, { env: { AUTOFLOW_SLACK_BASE_URL: fake.baseUrl } });
    await assert.rejects(runOperation(slackDriver, 'send_message', { channel: '#general', text: 'hi' }, none), isError((d) => d.code === 'credentials_missing'));
    assert.equal(fake.requests.length, 0);
  });
});

describe('slack send_dm and delete_message', () => {
  test('by email: lookupByEmail (token only in the header), conversations.open, chat.postMessage', async () => {
    const out = await run('send_dm', { user: 'alice@example.com', text: 'Workflow completed' });
    assert.deepEqual([out.user_id, out.channel, out.message_sent], ['U0ALICE001', 'D0ALICE001', true]);
    assert.deepEqual(fake.requests.map((r) => `${r.method} ${r.path}`), ['GET /users.lookupByEmail', 'POST /conversations.open', 'POST /chat.postMessage']);
    const lookup = fake.requests[0];
    assert.deepEqual(lookup.query, { email: 'alice@example.com' }, 'the token never goes into the URL');
  });

  test('by user id skips the lookup; unknown email is a clear not_found', async () => {
    await run('send_dm', { user: 'U0DEV00001', message: 'hi' });
    assert.equal(fake.calls('GET', '/users.lookupByEmail').length, 0);
    await assert.rejects(run('send_dm', { user: 'nobody@example.com', text: 'hi' }), isError((d) => d.code === 'not_found' && /nobody@example\.com/.test(d.message)));
  });

  test('delete_message removes the message (undo of send_message) and tolerates a second delete', async () => {
    const sent = await run('send_message', { channel: '#dev-team', text: 'oops' });
    const undo = slackDriver.operations.send_message.undo!;
    assert.equal(undo.operation, 'delete_message');
    const undoInput = undo.input({}, sent);
    const first = await run('delete_message', undoInput);
    assert.deepEqual([first.deleted, first.already_deleted], [true, false]);
    assert.equal(fake.messages.some((m) => m.ts === sent.message_ts), false);
    const second = await run('delete_message', undoInput);
    assert.equal(second.already_deleted, true);
    assert.deepEqual(fake.calls('POST', '/chat.delete')[0].body, { channel: sent.channel, ts: sent.message_ts });
  });
});

describe('slack driver definition', () => {
  test('health via auth.test', async () => {
    const h = await slackDriver.health!(ctx());
    assert.deepEqual([h.ok, h.details.credentials, h.details.team], [true, 'valid', 'Dev Workspace']);
    const bad = await slackDriver.health!(ctx({ credentials: { token: 'xoxb-wrong-1234' } }));
    assert.deepEqual([bad.ok, bad.details.credentials], [false, 'invalid']);
  });

  test('catalogue: alias, env names, outcomes, schemas', () => {
    const reg = new DriverRegistry([slackDriver]);
    assert.equal(reg.get('slack_driver'), slackDriver);
    const [cat] = reg.catalog();
    assert.deepEqual(cat.settings.map((s) => s.env), ['AUTOFLOW_SLACK_BASE_URL']);
    assert.deepEqual(cat.credentials.fields.map((f) => f.env), ['AUTOFLOW_SLACK_TOKEN']);
    const send = cat.operations.find((o) => o.name === 'send_message')!;
    assert.deepEqual(send.outcomes, ['message_sent']);
    assert.deepEqual((send.input_schema as any).properties.parse_mode.enum, ['markdown', 'mrkdwn', 'plain']);
    for (const op of cat.operations) assert.ok(op.examples.length >= 3, op.name);
  });
});
