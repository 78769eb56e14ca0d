/** Tests for the notify driver with a ctx.call stub recording the calls. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { notifyDriver } from './index.ts';
import { runWith } from '../test-context.ts';
import { AutoflowError } from '../../platform/errors.ts';
import { parseChannel } from './channel-spec.ts';
import { DriverRegistry } from '../registry.ts';
import { emailDriver } from '../email/index.ts';
import { startTestSmtpServer } from '../email/test-smtp-server.ts';

function recorder() {
  const calls: { driver: string; operation: string; input: Record<string, unknown> }[] = [];
  const call = async (driver: string, operation: string, input: Record<string, unknown>) => {
    calls.push({ driver, operation, input });
    return driver === 'email' ? { message_id: '<m1@x>', recipients: [String(input.to)], status: 'delivered' } : { message_ts: '1.2', channel: 'C1', status: 'sent' };
  };
  return { calls, send: (input: Record<string, unknown>) => runWith(notifyDriver, 'send', input, { call }) };
}

test('#channel and slack:#channel post to the Slack channel', async () => {
  const { calls, send } = recorder();
  const out = await send({ channel: '#alerts', message: 'Workflow wf_1 failed and was rolled back' });
  assert.deepEqual(out, { delivered_via: 'slack', target: '#alerts', operation: 'slack.send_message', result: { message_ts: '1.2', channel: 'C1', status: 'sent' } });
  await send({ channel: 'slack:#dev-team', message: 'hi', subject: 'Deploy' });
  assert.deepEqual(calls, [
    { driver: 'slack', operation: 'send_message', input: { channel: '#alerts', text: 'Workflow wf_1 failed and was rolled back' } },
    { driver: 'slack', operation: 'send_message', input: { channel: '#dev-team', text: '*Deploy*\nhi' } },
  ]);
});

test('slack:@user, slack:U123 and slack:email send a DM', async () => {
  const { calls, send } = recorder();
  await send({ channel: 'slack:@alice', message: 'm' });
  await send({ channel: 'slack:U024BE7LH', message: 'm' });
  await send({ channel: 'slack:bob@x.com', message: 'm' });
  assert.deepEqual(calls.map((c) => [c.operation, c.input.user]), [['send_dm', 'alice'], ['send_dm', 'U024BE7LH'], ['send_dm', 'bob@x.com']]);
});

test('email:addr sends an email with the subject or the first line', async () => {
  const { calls, send } = recorder();
  const out = await send({ channel: 'email:ops@x.com', message: 'Backup finished\nAll 3 databases OK' });
  assert.equal(out.delivered_via, 'email');
  assert.equal(out.target, 'ops@x.com');
  assert.deepEqual(calls[0], { driver: 'email', operation: 'send_email', input: { to: 'ops@x.com', subject: 'Backup finished', body: 'Backup finished\nAll 3 databases OK' } });
  await send({ channel: 'ops@x.com, lead@x.com', message: 'x', subject: 'S' });
  assert.deepEqual(calls[1].input, { to: 'ops@x.com, lead@x.com', subject: 'S', body: 'x' });
});

test('invalid channel specs fail with the accepted forms', async () => {
  const { calls, send } = recorder();
  for (const bad of ['alerts', 'teams:#x', 'slack:', 'slack:alerts', 'email:not-an-address', '']) {
    assert.throws(() => parseChannel(bad), (e: unknown) => e instanceof AutoflowError && e.data.code === 'invalid_channel' && /Accepted forms: #channel, slack:#channel/.test(e.message), bad);
  }
  await assert.rejects(send({ channel: 'pager:123', message: 'm' }), /unknown channel type "pager"/);
  assert.equal(calls.length, 0);
});

test('through a registry, email:addr really sends via the email driver', async () => {
  const smtp = await startTestSmtpServer('notifier', 'notify-secret-1');
  try {
    const registry = new DriverRegistry([notifyDriver, emailDriver]);
    const out = await runWith(notifyDriver, 'send', { channel: 'email:ops@x.com', message: 'Run failed' }, { registry, env: { AUTOFLOW_SMTP_URL: smtp.url } });
    assert.equal(out.delivered_via, 'email');
    assert.deepEqual((out.result as { recipients: string[] }).recipients, ['ops@x.com']);
    assert.deepEqual(smtp.messages.map((m) => m.to), [['ops@x.com']]);
  } finally {
    await smtp.close();
  }
});
