/** `startDevServices`: env, the fakes' control API over HTTP, the SMTP sink, and the seed's first two steps. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import nodemailer from 'nodemailer';
import { formatEnv, startDevServices, type DevServices } from './index.ts';
import { runOperation, testContext } from '../drivers/test-context.ts';
import { asanaDriver } from '../drivers/asana/index.ts';
import { slackDriver } from '../drivers/slack/index.ts';
import { githubDriver } from '../drivers/github/index.ts';

let dev: DevServices;
before(async () => { dev = await startDevServices(); });
after(async () => { await dev.close(); });

test('returns the env that points every driver at the fakes', () => {
  assert.deepEqual(Object.keys(dev.env).sort(), [
    'AUTOFLOW_ASANA_BASE_URL', 'AUTOFLOW_ASANA_TOKEN', 'AUTOFLOW_ASANA_WORKSPACE', 'AUTOFLOW_GITHUB_BASE_URL', 'AUTOFLOW_GITHUB_TOKEN',
    'AUTOFLOW_SLACK_BASE_URL', 'AUTOFLOW_SLACK_TOKEN', 'AUTOFLOW_SMTP_FROM', 'AUTOFLOW_SMTP_URL',
  ]);
  assert.match(dev.env.AUTOFLOW_ASANA_BASE_URL, /^http:\/\/127\.0\.0\.1:\d+\/api\/1\.0$/);
  assert.match(dev.env.AUTOFLOW_SMTP_URL, /^smtp:\/\/dev:dev@127\.0\.0\.1:\d+$/);
  const text = formatEnv(dev.env);
  assert.match(text, /^export AUTOFLOW_ASANA_BASE_URL=http:\/\/127\.0\.0\.1:\d+\/api\/1\.0$/m);
  assert.match(text, /^export AUTOFLOW_SMTP_FROM='Autoflow Dev <autoflow@localhost>'$/m);
  assert.equal(formatEnv({ A: "it's" }), `export A='it'\\''s'`);
});

test('health checks of all three drivers pass against the fakes', async () => {
  for (const d of [asanaDriver, slackDriver, githubDriver]) {
    const h = await d.health!(testContext(d, { env: dev.env }));
    assert.equal(h.ok, true, `${d.name}: ${h.message}`);
  }
});

test('the seed workflow\'s Asana and Slack steps chain through the fakes', async () => {
  const step1 = await runOperation(asanaDriver, 'create_task', {
    name: 'Bug fix - Database connection timeout', description: 'Investigate and fix database connection timeout issues',
    priority: 'high', project_id: 'project_123', assignee: 'developer_team', due_date: '2025-07-20',
  }, testContext(asanaDriver, { env: dev.env }));
  const template = '🐛 New bug fix task created: {{step_1.task_name}}\n📋 Asana Link: {{step_1.task_url}}\n👤 Assigned to: {{step_1.assignee}}';
  const message = template.replace(/\{\{step_1\.(\w+)\}\}/g, (_m, k: string) => String(step1[k]));
  const step2 = await runOperation(slackDriver, 'send_message', { channel: '#dev-team', message, parse_mode: 'markdown' }, testContext(slackDriver, { env: dev.env }));
  assert.equal(step2.message_sent, true);
  assert.equal(dev.slack.messages.at(-1)!.text, `🐛 New bug fix task created: Bug fix - Database connection timeout\n📋 Asana Link: ${step1.task_url}\n👤 Assigned to: developer_team`);
});

test('the fake Asana lists projects in the vendor shape, and create_task finds one by name', async () => {
  const res = await fetch(`${dev.env.AUTOFLOW_ASANA_BASE_URL}/projects?workspace=${dev.env.AUTOFLOW_ASANA_WORKSPACE}&archived=false&limit=2&opt_fields=name`, { headers: { authorization: `Bearer ${dev.env.AUTOFLOW_ASANA_TOKEN}` } });
  const page = (await res.json()) as { data: { gid: string; name: string; resource_type: string }[]; next_page: { offset: string; path: string; uri: string } | null };
  assert.deepEqual(page.data, [{ gid: '1400000000000001', name: 'Support', resource_type: 'project' }, { gid: '1400000000000002', name: 'Q3 Launch', resource_type: 'project' }]);
  assert.ok(page.next_page?.offset);
  assert.match(page.next_page!.path, /^\/projects\?.*offset=/);
  const rest = (await (await fetch(page.next_page!.uri, { headers: { authorization: `Bearer ${dev.env.AUTOFLOW_ASANA_TOKEN}` } })).json()) as typeof page;
  assert.equal(rest.data[0].name, 'Website Redesign'); // then any project an earlier task referenced by gid
  assert.equal(rest.next_page, null);

  const out = await runOperation(asanaDriver, 'create_task', { name: 'Launch checklist', project: 'q3 launch' }, testContext(asanaDriver, { env: dev.env }));
  assert.equal(out.project_id, '1400000000000002');
  assert.deepEqual(dev.asana.calls('POST', '/tasks').at(-1)!.body.data.projects, ['1400000000000002']);
});

test('control API: fail the next N calls over HTTP, list and reset requests', async () => {
  const control = (path: string, body?: unknown) => fetch(`${dev.slack.url}/__control/${path}`, body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  assert.equal((await control('reset', {})).status, 200);
  assert.equal((await control('fail', { count: 2, status: 429, retry_after: 1, path: 'chat.postMessage' })).status, 200);
  assert.equal((await control('fail', { count: 0, status: 429 })).status, 400);

  const ctx = testContext(slackDriver, { env: dev.env });
  for (let i = 0; i < 2; i++) {
    await assert.rejects(runOperation(slackDriver, 'send_message', { channel: '#general', text: 'hi' }, ctx), (e: any) => e.data.retryable === true && e.data.retryAfterMs === 1000);
  }
  assert.equal((await runOperation(slackDriver, 'send_message', { channel: '#general', text: 'hi' }, ctx)).message_sent, true);

  const { requests } = (await (await control('requests')).json()) as { requests: { path: string }[] };
  assert.deepEqual(requests.map((r) => r.path), ['/chat.postMessage', '/chat.postMessage', '/chat.postMessage']);
  assert.equal(dev.slack.calls('POST', 'chat.postMessage').length, 3);
});

test('the SMTP sink accepts authenticated mail and keeps it', async () => {
  const received: string[] = [];
  const transport = nodemailer.createTransport(dev.env.AUTOFLOW_SMTP_URL);
  const before = dev.smtp.messages.length;
  await transport.sendMail({ from: dev.env.AUTOFLOW_SMTP_FROM, to: ['team@company.com', 'manager@company.com'], subject: 'Bug Fix Task Created – ünïcode', text: 'Body' });
  transport.close();
  received.push(...dev.smtp.messages.slice(before).map((m) => m.subject));
  const msg = dev.smtp.messages.at(-1)!;
  assert.deepEqual(msg.to, ['team@company.com', 'manager@company.com']);
  assert.equal(msg.from, 'autoflow@localhost');
  assert.deepEqual(received, ['Bug Fix Task Created – ünïcode']);
  assert.match(msg.raw, /Body/);

  const wrong = nodemailer.createTransport(dev.env.AUTOFLOW_SMTP_URL.replace('dev:dev', 'dev:nope'));
  await assert.rejects(wrong.sendMail({ from: 'a@b.c', to: 'x@y.z', subject: 's', text: 't' }), /Invalid username or password|535/);
  wrong.close();
});
