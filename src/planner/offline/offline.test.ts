import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinRegistry } from '../../drivers/all.ts';
import type { CatalogDriver } from '../../drivers/registry.ts';
import { validateWorkflow } from '../../workflow/validate.ts';
import { planOffline } from './index.ts';
import { toCron, findSchedule } from './trigger.ts';
import { protect } from './text.ts';
import { extractEntities } from './entities.ts';

const registry = builtinRegistry();
const catalog = registry.catalog();
const now = new Date('2026-03-10T10:00:00Z');
type S = Record<string, any>;
const planIt = (r: string, cat: CatalogDriver[] = catalog): Omit<ReturnType<typeof planOffline>, 'steps'> & { steps: S[] } => planOffline(r, { catalog: cat, now });
const actions = (steps: S[]): S[] => steps.flatMap((s) => [...(s.driver ? [s] : []), ...actions([...(s.then ?? []), ...(s.else ?? []), ...(s.steps ?? [])])]);

test('cron phrases', () => {
  const cases: [string, string | undefined][] = [
    ['every Monday at 9am', '0 9 * * 1'],
    ['every weekday at 8:30', '30 8 * * 1-5'],
    ['on the first of every month', '0 0 1 * *'],
    ['every 15 minutes', '*/15 * * * *'],
    ['hourly', '0 * * * *'],
    ['every day at 6pm', '0 18 * * *'],
    ['daily at 18:00', '0 18 * * *'],
    ['every Monday and Thursday at 10am', '0 10 * * 1,4'],
    ['every weekend at 10am', '0 10 * * 0,6'],
    ['every month on the 15th at 9am', '0 9 15 * *'],
    ['every 2 hours', '0 */2 * * *'],
    ['at 9am on weekdays', '0 9 * * 1-5'],
    ['every night at 11pm', '0 23 * * *'],
    ['every morning at 7:15', '15 7 * * *'],
    ['every Sunday at 20:00', '0 20 * * 0'],
    ['every Friday at 5pm', '0 17 * * 5'],
    ['Monday to Friday at 9', '0 9 * * 1-5'],
  ];
  for (const [phrase, cron] of cases) {
    const found = findSchedule(phrase);
    assert.equal(found?.cron ?? toCron(phrase), cron, phrase);
  }
  assert.equal(findSchedule('Read reports/daily.csv and email it'), undefined, 'a file name is not a schedule');
  assert.equal(findSchedule('For each of a, b send an email'), undefined);
});

test('schedule, webhook and event triggers are cut out of the request', () => {
  let d = planIt('Every Monday at 9am, send a reminder to #standup on Slack to update the sprint board');
  assert.deepEqual([d.trigger?.type, d.trigger?.cron], ['schedule', '0 9 * * 1']);
  assert.equal(d.steps.length, 1);
  d = planIt('When a GitHub issue is opened, create an Asana task with the issue title and post the link in #triage');
  assert.equal(d.trigger?.type, 'webhook');
  assert.equal(actions(d.steps)[0].parameters.name, '{{inputs.issue_title}}');
  d = planIt('Notify #alerts in Slack whenever the nightly-backup workflow fails');
  assert.equal(d.trigger?.type, 'event');
  assert.deepEqual(d.trigger?.match, { workflow: 'nightly-backup', status: 'failed' });
  d = planIt('Fetch https://x.example.com and email a@b.co if it fails');
  assert.equal(d.trigger, undefined, 'a condition about a step is not a trigger');
});

test('typed entities', () => {
  const { text, spans } = protect("Email jane@example.com 'Hi' about #ops @bob reports/a.csv acme/web task 1204 https://x.io/y {\"a\":1} due 2026-12-01");
  const kinds = extractEntities(text, spans, now).map((e) => `${e.kinds[0]}:${e.value}`);
  for (const k of ['email:jane@example.com', 'text:Hi', 'channel:#ops', 'user:@bob', 'path:reports/a.csv', 'repo:acme/web', 'id:1204', 'url:https://x.io/y', 'json:{"a":1}']) assert.ok(kinds.includes(k), `${k} in ${kinds.join(', ')}`);
  assert.ok(kinds.some((k) => k.startsWith('date:')));
});

test('structured commands parse exactly, with schema types', () => {
  const d = planIt("github.create_issue repo=acme/web title='Broken link' labels=bug,docs; slack.send_message channel=#ops text=\"Filed\"");
  assert.equal(d.steps.length, 2);
  assert.deepEqual(d.steps[0].parameters, { repo: 'acme/web', title: 'Broken link', labels: ['bug', 'docs'] });
  assert.deepEqual(d.steps[1].parameters, { channel: '#ops', text: 'Filed' });
  assert.deepEqual(d.steps[1].dependencies, ['step_1']);
  assert.deepEqual(planIt('github.close_issue repo=a/b issue_number=42').steps[0].parameters, { repo: 'a/b', issue_number: 42 });
});

test('a request it cannot map gets no steps and a note on what it can do', () => {
  for (const r of ['Bake me a chocolate cake', 'Please make me a sandwich', 'Create a card in Trello for the launch', 'Post a tweet saying we launched']) {
    const d = planIt(r);
    assert.equal(d.steps.length, 0, r);
    assert.equal(d.intent, 'unsupported');
    assert.match(d.notes.join(' '), /I can plan steps with: Asana/);
  }
});

test('references follow output schemas: links, text, ids', () => {
  let d = planIt('Create a bug fix task, then notify the team');
  assert.match(String(d.steps[1].parameters.text), /\{\{step_1\.task_url\}\}/);
  d = planIt('Download https://example.com/changelog, summarize it with AI and post the summary in #product');
  assert.match(String(d.steps[1].parameters.prompt), /\{\{step_1\.body\}\}/);
  assert.equal(d.steps[2].parameters.text, '{{step_2.text}}');
  d = planIt("Post 'Test' to #sandbox and then delete it");
  assert.deepEqual(d.steps[1].parameters, { channel: '{{step_1.channel}}', message_ts: '{{step_1.message_ts}}' });
  d = planIt("Add a comment 'Fixed in v2.3' to Asana task 5566 and then close it");
  assert.equal(d.steps[1].parameters.task_id, '5566', 'a literal id said earlier is carried over');
});

test('conditions, loops, approvals, waits and parallel steps', () => {
  let d = planIt('Fetch https://api.example.com/status and if it is not 200 alert #ops in Slack');
  assert.equal(d.steps[1].kind, 'condition');
  assert.equal(d.steps[1].condition, 'step_1.status != 200');
  d = planIt("Fetch https://a.example.com/h; if it fails, post 'down' to #ops, otherwise post 'up' to #ops");
  assert.equal(d.steps[1].condition, 'step_1.ok == false');
  assert.equal(d.steps[1].then[0].parameters.text, 'down');
  assert.equal(d.steps[1].else[0].parameters.text, 'up');
  d = planIt("Run 'select * from errors' and if there are more than 10 rows alert #ops");
  assert.equal(d.steps[1].condition, 'step_1.row_count > 10');
  d = planIt('For each of alice@x.com, bob@y.com and carol@z.com send a welcome email');
  assert.deepEqual(d.steps[0].items, ['alice@x.com', 'bob@y.com', 'carol@z.com']);
  assert.equal(d.steps[0].steps[0].parameters.to, '{{item}}');
  d = planIt('Email hr@acme.com the checklist after the director signs off');
  assert.deepEqual(d.steps.map((s) => s.kind ?? s.driver), ['approval', 'email']);
  d = planIt("Wait 10 minutes then post 'Backup complete' in #infra");
  assert.deepEqual([d.steps[0].kind, d.steps[0].duration], ['wait', '10m']);
  d = planIt('Send a Slack message to #general and an email to all@acme.com at the same time saying the office is closed tomorrow');
  assert.deepEqual(d.steps.map((s) => s.dependencies), [[], []]);
  assert.match(String(d.steps[1].parameters.body), /office is closed/);
});

test('every plan validates with the project validator', () => {
  for (const r of [
    'Create a task in Asana for bug fix, notify team in Slack, and send status email',
    'Every day at 6pm check https://shop.example.com/health and email oncall@example.com if it fails',
    'For each of #eng, #design and #sales post "All hands at 3pm"',
    "Run 'select count(*) from orders' on the database and email the result to cfo@acme.com",
    'Ask a manager to approve, then email payroll@acme.com the approved invoice',
  ]) {
    const d = planIt(r);
    const report = validateWorkflow({ name: d.name, steps: d.steps, ...(d.trigger ? { trigger: d.trigger } : {}) }, registry);
    assert.ok(report.ok, `${r}: ${report.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
    for (const s of d.steps) assert.ok(Array.isArray(s.dependencies), 'dependencies are explicit');
  }
});

test('a driver loaded from a catalogue file is plannable without planner changes', () => {
  const pagerduty: CatalogDriver = {
    name: 'pagerduty', aliases: [], title: 'PagerDuty', description: 'Incident response: trigger and resolve incidents that page on-call responders.', keywords: ['pagerduty', 'incident', 'page', 'on-call'],
    credentials: { kind: 'api_key', required: true, fields: [] }, settings: [], rate_limit: null,
    operations: [
      {
        name: 'trigger_incident', description: 'Trigger a new incident so the on-call responder of a service is paged. Use it when the request asks to page, wake up or escalate to the on-call engineer.',
        keywords: ['pagerduty', 'incident', 'page', 'trigger', 'on-call', 'escalate'], examples: ['Page the on-call engineer for the checkout service'], effect: 'write', idempotent: false, outcomes: [], undo: 'resolve_incident',
        input_schema: { type: 'object', properties: { service: { type: 'string', description: 'Service whose on-call is paged.' }, title: { type: 'string' }, urgency: { type: 'string', enum: ['high', 'low'] } }, required: ['service', 'title'] },
        output_schema: { type: 'object', properties: { incident_id: { type: 'string' }, incident_url: { type: 'string' } } },
      },
      {
        name: 'resolve_incident', description: 'Resolve an open incident. Use it when the request asks to resolve or close an incident.', keywords: ['pagerduty', 'incident', 'resolve'], examples: ['Resolve incident P123'], effect: 'write', idempotent: true, outcomes: [], undo: null,
        input_schema: { type: 'object', properties: { incident_id: { type: 'string' } }, required: ['incident_id'] }, output_schema: { type: 'object', properties: { incident_id: { type: 'string' } } },
      },
    ],
  };
  const cat = [...catalog, pagerduty];
  let d = planIt('Page the on-call engineer in PagerDuty about the database outage with high urgency, then post the incident link in #ops', cat);
  assert.equal(d.steps[0].driver, 'pagerduty');
  assert.deepEqual([d.steps[0].parameters.title, d.steps[0].parameters.urgency], ['Database outage', 'high']);
  assert.equal(d.steps[1].parameters.text, '{{step_1.incident_url}}');
  d = planIt('Trigger an incident for the checkout service titled "Checkout down" and resolve it after 30 minutes', cat);
  assert.deepEqual(d.steps.map((s) => s.operation ?? s.kind), ['trigger_incident', 'wait', 'resolve_incident']);
  assert.equal(d.steps[0].parameters.service, 'checkout');
  assert.equal(d.steps[2].parameters.incident_id, '{{step_1.incident_id}}');
  // and a catalogue without Asana never plans an Asana step
  const noAsana = catalog.filter((x) => x.name !== 'asana');
  assert.ok(!actions(planIt('Create a task for the bug fix', noAsana).steps).some((s) => s.driver === 'asana'));
  assert.ok(!actions(planOffline('Create a task for the bug fix', { catalog, enabledDrivers: ['slack', 'email'] }).steps as S[]).some((s) => s.driver === 'asana'));
});

test('schedule time zones, result sinks, read sources and one step per destination', () => {
  let d = planIt("Every day at 9am ET post 'Markets open' to #trading");
  assert.deepEqual([d.trigger?.cron, d.trigger?.timezone], ['0 9 * * *', 'America/New_York']);
  d = planIt("Every 6 hours, export 'select * from audit_log' to exports/audit.csv");
  assert.deepEqual(d.steps.map((s) => s.operation), ['query', 'write']);
  assert.deepEqual(d.steps[1].parameters, { path: 'exports/audit.csv', content: '{{step_1.rows}}' });
  d = planIt('Summarize https://blog.example.com/post with AI and email the summary to me@acme.com');
  assert.deepEqual(d.steps.map((s) => `${s.driver}.${s.operation}`), ['http.request', 'llm.generate', 'email.send_email']);
  d = planIt('Make a backup of config/app.yaml to backups/app.yaml');
  assert.deepEqual(d.steps.map((s) => [s.operation, s.parameters.path]), [['read', 'config/app.yaml'], ['write', 'backups/app.yaml']]);
  d = planIt('Notify #data and #eng simultaneously that the warehouse is down');
  assert.deepEqual(d.steps.map((s) => [s.parameters.channel, s.dependencies]), [['#data', []], ['#eng', []]]);
  d = planIt('DM @jo the link to https://docs.example.com/onboarding');
  assert.equal(d.steps.length, 1, 'a link in a message is shared, not fetched');
  d = planIt('Remind @sam tomorrow at 10am to renew the certificate');
  assert.deepEqual(d.steps.map((s) => s.kind ?? s.operation), ['wait', 'send_dm']);
});

test('trace: a caller sees the request as the rewrites left it and the clause units it split into', () => {
  const seen: Record<string, unknown> = {};
  const d = planOffline("Hi there, post 'Lunch is here' in #office & DM @sam. Thanks so much, Dana", { catalog, now, trace: (stage, value) => { seen[stage] = value; } });
  assert.equal(String(seen.rewritten).trim(), "post 'Lunch is here' in #office and DM @sam.", 'greeting, "&" and the sign-off are read as words');
  const units = seen.units as { type: string; text: string }[];
  assert.deepEqual(units.map((u) => u.type), ['action', 'action']);
  assert.deepEqual(actions(d.steps as S[]).map((s) => `${s.driver}.${s.operation}`), ['slack.send_message', 'slack.send_dm']);
});
