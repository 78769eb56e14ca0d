/** Tests for the email driver against a real SMTP server (smtp-server) on loopback. */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { emailDriver } from './index.ts';
import { runWith, testContext } from '../test-context.ts';
import { rejectsWith } from '../test-errors.ts';
import { AutoflowError, toErrorData } from '../../platform/errors.ts';
import { startTestSmtpServer } from './test-smtp-server.ts';
import { parseMessage } from './test-parse-message.ts';
import { startTestServer } from '../http/test-server.ts';

const PASSWORD = 'smtp-pa55word!';
const smtp = await startTestSmtpServer('mailer', PASSWORD);
after(() => smtp.close());

const env = { AUTOFLOW_SMTP_URL: smtp.url, AUTOFLOW_SMTP_FROM: 'Autoflow <autoflow@company.com>' };
const send = (input: Record<string, unknown>, e: Record<string, string> = env) => runWith(emailDriver, 'send_email', input, { env: e });

/** Asserts the rejection is an AutoflowError, never mentions the password, and passes `check`. */
function rejectsWithoutLeak(p: Promise<unknown>, check: (e: AutoflowError) => void): Promise<void> {
  return rejectsWith(p, (err) => {
    assert.ok(!JSON.stringify(toErrorData(err)).includes(PASSWORD), `password leaked: ${err.message}`);
    assert.ok(!JSON.stringify(toErrorData(err)).includes(encodeURIComponent(PASSWORD)), `password leaked: ${err.message}`);
    check(err);
  });
}

test('seed step 3: template task_creation_notification with variables, over authenticated SMTP', async () => {
  smtp.messages.length = 0;
  const out = await send({
    to: ['team@company.com', 'manager@company.com'],
    subject: 'Bug Fix Task Created - Bug fix - Database connection timeout',
    template: 'task_creation_notification',
    variables: { task_name: 'Bug fix - Database connection timeout', task_url: 'https://app.asana.com/0/project_123/1234567890', priority: 'high', assignee: 'R&D <team>' },
  });
  assert.deepEqual(out.recipients, ['team@company.com', 'manager@company.com']);
  assert.deepEqual(out.rejected, []);
  assert.equal(out.status, 'delivered');
  assert.match(String(out.message_id), /^<.+@company\.com>$/);

  assert.equal(smtp.messages.length, 1);
  const m = smtp.messages[0];
  assert.equal(m.user, 'mailer');
  assert.equal(m.from, 'autoflow@company.com');
  assert.deepEqual(m.to, ['team@company.com', 'manager@company.com']);
  const parsed = parseMessage(m.raw);
  assert.equal(parsed.subject, 'Bug Fix Task Created - Bug fix - Database connection timeout');
  assert.equal(parsed.headers['message-id'], out.message_id);
  assert.match(parsed.text!, /Task: Bug fix - Database connection timeout\n/);
  assert.match(parsed.text!, /Priority: high\n/);
  assert.match(parsed.text!, /Assigned to: R&D <team>\n/);
  assert.match(parsed.text!, /Link: https:\/\/app\.asana\.com\/0\/project_123\/1234567890\n/);
  assert.match(parsed.html!, /<td>Bug fix - Database connection timeout<\/td>/);
  assert.match(parsed.html!, /<td>R&amp;D &lt;team&gt;<\/td>/, 'values are HTML-escaped in the HTML body');
  assert.match(parsed.html!, /href="https:\/\/app\.asana\.com\/0\/project_123\/1234567890"/);
});

test('template subject is used when none is given; comma-separated to, cc, bcc and plain body', async () => {
  smtp.messages.length = 0;
  const out = await send({ to: 'a@x.com, Bee <b@x.com>', template: 'status_update', variables: { title: 'Release 2.3', status: 'completed', details: 'All good' } });
  assert.equal(out.subject, 'Status update: Release 2.3 (completed)');
  assert.deepEqual(parseMessage(smtp.messages[0].raw).subject, 'Status update: Release 2.3 (completed)');

  smtp.messages.length = 0;
  const plain = await send({ to: 'a@x.com', cc: ['c@x.com'], bcc: 'd@x.com', subject: 'Hi', body: 'Plain text body', reply_to: 'ops@x.com' });
  assert.deepEqual(plain.recipients, ['a@x.com', 'c@x.com', 'd@x.com']);
  const parsed = parseMessage(smtp.messages[0].raw);
  assert.equal(parsed.text?.trimEnd(), 'Plain text body');
  assert.equal(parsed.html, undefined);
  assert.equal(parsed.headers.bcc, undefined, 'bcc is not in the headers');
  assert.equal(parsed.headers['reply-to'], 'ops@x.com');
});

test('unknown template: schema error listing the available templates', async () => {
  await assert.rejects(send({ to: 'a@x.com', template: 'nope' }), /Unknown email template "nope"; available templates: task_creation_notification, status_update/);
});

test('missing required template variable is a clear error', async () => {
  await rejectsWithoutLeak(send({ to: 'a@x.com', template: 'task_creation_notification', variables: { task_url: 'u' } }), (e) => {
    assert.equal(e.data.code, 'missing_template_variables');
    assert.match(e.message, /task_name/);
  });
});

test('invalid recipients and missing body are schema errors', async () => {
  await assert.rejects(send({ to: 'not-an-address', subject: 's', body: 'b' }), /Not an e-mail address: "not-an-address"/);
  await assert.rejects(send({ to: 'a@x.com', subject: 's' }), /Give body, html or template/);
});

test('SMTP 4xx is retryable, 5xx is permanent', async () => {
  smtp.failData = 451;
  try {
    await rejectsWithoutLeak(send({ to: 'a@x.com', subject: 's', body: 'b' }), (e) => {
      assert.equal(e.data.code, 'smtp_temporary_failure');
      assert.equal(e.data.retryable, true);
      assert.equal(e.data.status, 451);
    });
    smtp.failData = 554;
    await rejectsWithoutLeak(send({ to: 'a@x.com', subject: 's', body: 'b' }), (e) => {
      assert.equal(e.data.code, 'smtp_rejected');
      assert.equal(e.data.retryable, false);
    });
  } finally {
    smtp.failData = undefined;
  }
});

test('a rejected recipient is reported; all rejected fails permanently', async () => {
  smtp.rejectRecipients.add('ghost@x.com');
  try {
    const out = await send({ to: 'a@x.com, ghost@x.com', subject: 's', body: 'b' });
    assert.deepEqual(out.recipients, ['a@x.com']);
    assert.deepEqual(out.rejected, ['ghost@x.com']);
    assert.equal(out.status, 'partially_delivered');
    await rejectsWithoutLeak(send({ to: 'ghost@x.com', subject: 's', body: 'b' }), (e) => {
      assert.equal(e.data.code, 'smtp_rejected');
      assert.equal(e.data.retryable, false);
    });
  } finally {
    smtp.rejectRecipients.clear();
  }
});

test('wrong password: auth error without the password; connection refused is retryable', async () => {
  const wrong = smtp.url.replace(encodeURIComponent(PASSWORD), 'wrong-pass-123');
  await rejectsWithoutLeak(send({ to: 'a@x.com', subject: 's', body: 'b' }, { AUTOFLOW_SMTP_URL: wrong }), (e) => {
    assert.equal(e.data.code, 'smtp_auth_failed');
    assert.equal(e.data.retryable, false);
    assert.ok(!e.message.includes('wrong-pass-123'));
  });
  const closed = await startTestServer(() => {});
  await closed.close();
  const port = new URL(closed.url).port;
  await rejectsWithoutLeak(send({ to: 'a@x.com', subject: 's', body: 'b' }, { AUTOFLOW_SMTP_URL: `smtp://mailer:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}` }), (e) => {
    assert.equal(e.data.code, 'smtp_unavailable');
    assert.equal(e.data.retryable, true);
    assert.match(e.message, new RegExp(`127\\.0\\.0\\.1:${port}`));
  });
});

test('missing AUTOFLOW_SMTP_URL is a clear configuration error', async () => {
  await rejectsWithoutLeak(send({ to: 'a@x.com', subject: 's', body: 'b' }, {}), (e) => assert.equal(e.data.code, 'smtp_not_configured'));
});

test('health: verify() reports the SMTP connection', async () => {
  assert.deepEqual(await emailDriver.health(testContext(emailDriver, { env })), { ok: true, details: { smtp_connection: 'established' } });
  const bad = await emailDriver.health(testContext(emailDriver, { env: { AUTOFLOW_SMTP_URL: smtp.url.replace(encodeURIComponent(PASSWORD), 'nope-nope') } }));
  assert.equal(bad.ok, false);
  assert.deepEqual(bad.details, { smtp_connection: 'auth_failed' });
  assert.ok(!bad.message!.includes(PASSWORD));
});
