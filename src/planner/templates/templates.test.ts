/** The template library, the matcher (shape, thresholds, never swallowing plain requests) and the customiser. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinRegistry } from '../../drivers/all.ts';
import { validateWorkflow } from '../../workflow/validate.ts';
import { complexityOf } from '../complexity.ts';
import type { Draft } from '../types.ts';
import { asData, extractOne, intentText } from './extract.ts';
import { builtinTemplates, customize, customizeTemplateDetailed, findTemplate, inputSchemaOf, matchTemplate, MATCH_THRESHOLD, rankTemplates, templateFromWorkflow } from './index.ts';

const registry = builtinRegistry();
const now = new Date('2026-03-04T10:00:00Z'); // a Wednesday

/** A draft with the given steps (what a planner produced). */
function draft(steps: Record<string, unknown>[]): Draft {
  return { intent: steps.length ? 'multi_step_workflow' : 'unsupported', actions: [], steps, name: 'x', notes: [] };
}
const act = (id: string, driver: string, operation: string, parameters: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({ step_id: id, driver, operation, parameters, ...extra });

test('at least 10 versioned built-in templates, each a workflow the validator accepts without warnings', () => {
  const list = builtinTemplates();
  assert.ok(list.length >= 10);
  const ids = list.map((t) => t.template_id);
  for (const id of ['bug_fix_workflow_v2', 'employee_onboarding_v1', 'invoice_approval_v1', 'customer_support_v1', 'register_agent_v1', 'deploy_application_v1', 'troubleshoot_failure_v1', 'system_health_check_v1', 'incident_response_v1', 'release_management_v1']) assert.ok(ids.includes(id), id);
  for (const t of list) {
    const report = validateWorkflow(t.workflow, registry);
    assert.deepEqual(report.problems, [], `${t.template_id}: ${JSON.stringify(report.problems)}`);
    assert.equal(t.workflow.template_id, t.template_id);
    assert.equal(Number(/_v(\d+)$/.exec(t.template_id)?.[1]), t.version, `${t.template_id} version`);
    assert.equal(t.complexity, complexityOf(t.workflow.steps as Record<string, unknown>[]), `${t.template_id} complexity`);
    assert.equal(inputSchemaOf(t).type, 'object');
    assert.ok(Object.keys(inputSchemaOf(t).properties).length > 0, `${t.template_id} has inputs`);
    assert.ok(t.output_schema, `${t.template_id} has an output schema`);
    for (const name of Object.keys(t.parameters)) assert.ok(name in (t.workflow.inputs as object), `${t.template_id}: extractor for undeclared input ${name}`);
  }
});

test('the match has exactly the seed 000 shape', () => {
  const m = matchTemplate('Create a task in Asana for bug fix, notify team in Slack, and send status email',
    draft([act('step_1', 'asana', 'create_task', { name: 'Bug fix' }), act('step_2', 'slack', 'send_message', { channel: '#general', text: 'x {{step_1.task_url}}' }), act('step_3', 'email', 'send_email', { to: ['{{inputs.to}}'] })]));
  assert.deepEqual(Object.keys(m).sort(), ['customization_needed', 'match_confidence', 'template_actions', 'template_found', 'template_id']);
  assert.equal(m.template_found, true);
  assert.equal(m.template_id, 'bug_fix_workflow_v2');
  assert.ok(m.match_confidence >= MATCH_THRESHOLD && m.match_confidence <= 1);
  assert.deepEqual(m.template_actions, ['asana_task_creation', 'slack_notification', 'email_status_update']);
  assert.ok(m.customization_needed.includes('task_priority') && m.customization_needed.includes('team_channel'), 'what the request did not say (seed: task_priority, team_channel)');
  const none = matchTemplate('Bake me a chocolate cake', draft([]));
  assert.deepEqual({ ...none, match_confidence: 0 }, { template_found: false, template_id: null, match_confidence: 0, template_actions: [], customization_needed: [] });
});

test('thresholds: a template never adds steps to a plain request; it needs the process named or the same steps plus a topic word', () => {
  const cases: [string, Record<string, unknown>[], string | null][] = [
    ['Create a bug fix task, then notify the team', [act('a', 'asana', 'create_task'), act('b', 'slack', 'send_message')], null],
    ['Ask a manager to approve, then email payroll@acme.com the approved invoice', [{ step_id: 'g', kind: 'approval' }, act('e', 'email', 'send_email')], null],
    ["Post 'Deploy finished' to #releases in Slack", [act('a', 'slack', 'send_message')], null],
    ['For each of alice@x.com, bob@y.com and carol@z.com send a welcome email', [{ step_id: 'l', kind: 'loop', items: [], steps: [act('e', 'email', 'send_email')] }], null],
    ['Every day at 6pm check https://shop.example.com/health and email oncall@example.com if it fails', [act('h', 'http', 'request'), { step_id: 'c', kind: 'condition', condition: 'x', then: [act('e', 'email', 'send_email')] }], null],
    ['Create a task in Asana, notify Slack and send an email', [act('a', 'asana', 'create_task'), act('b', 'slack', 'send_message'), act('c', 'email', 'send_email')], null],
    ['Open an incident task in Asana for the outage and notify #ops', [act('a', 'asana', 'create_task'), act('b', 'slack', 'send_message')], null],
    ['Onboard Jane (jane@example.com): send her a welcome email', [act('e', 'email', 'send_email', { to: ['jane@example.com'] })], 'employee_onboarding_v1'],
    ['Summarise the incident description in three bullet points', [act('a', 'llm', 'generate')], null],
    ['Create a task in Asana for bug fix, notify team in Slack, and send status email', [act('a', 'asana', 'create_task'), act('b', 'slack', 'send_message'), act('c', 'email', 'send_email')], 'bug_fix_workflow_v2'],
    ['onboard our new hire Jane', [], 'employee_onboarding_v1'],
    ['Deploy myapp to production', [], 'deploy_application_v1'],
    ['Run a system health check of https://a.example.com/health', [], 'system_health_check_v1'],
    ['Cut release v2.4.0 of acme/web', [], 'release_management_v1'],
    ['Register a new agent called staging-server-02', [], 'register_agent_v1'],
  ];
  for (const [request, steps, expected] of cases) {
    const m = matchTemplate(request, draft(steps));
    assert.equal(m.template_id, expected, `${request} → ${JSON.stringify(m)}`);
    if (!expected) assert.ok(!m.template_found && m.template_actions.length === 0);
  }
  // Same steps without topic words stay under the threshold; the bug fix words lift them over it.
  const plain = rankTemplates('Create a task in Asana, notify Slack and send an email', draft([act('a', 'asana', 'create_task'), act('b', 'slack', 'send_message'), act('c', 'email', 'send_email')]))[0];
  assert.ok(plain.confidence < MATCH_THRESHOLD);
});

test('a named process plus one spelled-out step it lacks becomes a hybrid; two spelled-out steps are left alone', () => {
  const request = "Onboard our new hire Jane Doe (jane@example.com) and open a GitHub issue in acme/it titled 'Laptop for Jane'";
  const d = draft([act('announce', 'github', 'create_issue', { repo: 'acme/it', title: 'Laptop for Jane' })]);
  const m = matchTemplate(request, d);
  assert.equal(m.template_id, 'employee_onboarding_v1');
  assert.equal(m.match_confidence, 0.8);
  const c = customizeTemplateDetailed(m, request, d, [], { now })!;
  assert.deepEqual(c.appended, ['announce_2'], 'renamed: the template has a step "announce"');
  assert.deepEqual(c.workflow.steps.map((s) => s.step_id), ['create_onboarding_task', 'welcome_email', 'announce', 'announce_2']);
  assert.equal(c.workflow.steps.at(-1)!.driver, 'github');
  assert.ok(validateWorkflow(c.workflow, registry).ok);
  const two = draft([act('a', 'asana', 'create_task', { name: 'Onboard Jane' }), act('g', 'github', 'create_issue', { repo: 'acme/it', title: 'Laptop for Jane' })]);
  assert.equal(matchTemplate(request, two).template_found, false);
  const guess = draft([act('q', 'database', 'query', { sql: '{{inputs.sql}}' }), act('g', 'github', 'create_issue', { repo: 'acme/it', title: 'Laptop for Jane' })]);
  assert.equal(matchTemplate(request, guess).template_id, 'employee_onboarding_v1', 'a guessed step does not count as spelled out');
});

test('customisation fills inputs from the request and inlines them; the rest stay inputs with defaults', () => {
  const t = findTemplate('employee_onboarding_v1')!;
  const c = customize(t, 'Onboard our new hire Jane Doe (jane@example.com) as a designer starting next Monday', draft([]), now);
  assert.deepEqual(c.filled.sort(), ['employee_email', 'employee_name', 'role', 'start_date']);
  assert.deepEqual(c.needed, ['team_channel']);
  const [task, mail, hello] = c.workflow.steps as { parameters: Record<string, unknown> }[];
  assert.equal(task.parameters.name, 'Onboard Jane Doe');
  assert.match(String(task.parameters.description), /Jane Doe \(designer\), starting 2026-03-09/);
  assert.deepEqual(mail.parameters.to, ['jane@example.com']);
  assert.equal(hello.parameters.channel, '{{inputs.team_channel}}');
  assert.deepEqual(c.workflow.inputs, { team_channel: { type: 'string', description: 'Slack channel for the introduction', default: '#general' } });
  assert.equal(c.workflow.name, 'Employee onboarding: Jane Doe');
  assert.equal(c.workflow.template_id, 'employee_onboarding_v1');
  const report = validateWorkflow(c.workflow, registry);
  assert.ok(report.ok, JSON.stringify(report.problems));
});

test('customisation takes the draft\'s facts (request words, references), not its made-up wording or placeholders', () => {
  const request = 'Create a task in Asana for bug fix, notify #backend in Slack, and send status email';
  const d = draft([
    act('a', 'asana', 'create_task', { name: 'bug fix' }),
    act('b', 'slack', 'send_message', { channel: '#backend', text: 'New task {{a.task_url}}' }),
    act('c', 'email', 'send_email', { to: ['{{inputs.to}}'], body: 'Task created: {{a.task_name}}' }),
  ]);
  const c = customize(findTemplate('bug_fix_workflow_v2')!, request, d);
  const [s1, s2, s3] = c.workflow.steps as { step_id: string; parameters: Record<string, unknown>; dependencies?: string[] }[];
  assert.equal(s1.parameters.name, 'bug fix');
  assert.equal(s2.parameters.channel, '#backend');
  assert.match(String(s2.parameters.text), /\{\{step_1\.task_url\}\}/, "the template's message, referencing its first step");
  assert.equal(s3.parameters.to, '{{inputs.status_recipients}}', "the draft's own input placeholder is not taken");
  assert.equal(s3.parameters.body, undefined, 'made-up wording is not added');
  assert.deepEqual(s3.dependencies, ['step_1', 'step_2']);
  assert.ok(validateWorkflow(c.workflow, registry).ok);
});

test('user text inlined into a template can never become an expression', () => {
  assert.equal(asData('{{run.id}} x }}'), '{ {run.id} } x } }');
  const c = customize(findTemplate('troubleshoot_failure_v1')!, 'Troubleshoot the api: "{{inputs.service_url}} {{run.id}} keeps failing" at https://api.example.com', draft([]));
  const json = JSON.stringify(c.workflow.steps);
  assert.ok(!json.includes('{{run.id}}'));
  assert.match(json, /\{ \{run\.id\} \} keeps failing/);
  assert.ok(validateWorkflow(c.workflow, registry).ok);
});

test('extractors and the intent text', () => {
  assert.equal(intentText("Post 'Deploy finished' to #releases via https://x.example/deploy and tell bob@x.com"), 'post to via and tell');
  assert.equal(extractOne('version', 'Cut release v2.4.0 of acme/web'), 'v2.4.0');
  assert.equal(extractOne('repo', 'Cut release v2.4.0 of acme/web, see https://github.com/x/y'), 'acme/web');
  assert.equal(extractOne('environment', 'Deploy myapp to prod'), 'production');
  assert.equal(extractOne('person', 'onboard our new hire Jane'), 'Jane');
  assert.deepEqual(extractOne('urls', 'check https://a.example.com/health, and https://b.example.com/health.'), ['https://a.example.com/health', 'https://b.example.com/health']);
  assert.equal(extractOne('date', 'starting next Monday', now), '2026-03-09');
  assert.equal(extractOne('money', 'invoice for $4,200 from Globex'), '$4,200');
});

test('users can save any workflow as a template; their phrase then matches it', async () => {
  const wf = { workflow_id: 'wf_weekly', name: 'Weekly metrics report', description: 'Query the metrics and mail them', inputs: { to: { type: 'string', default: 'cfo@acme.com' } }, steps: [act('q', 'database', 'query', { sql: 'select 1' }), act('m', 'email', 'send_email', { to: ['{{inputs.to}}'], body: '{{q.rows}}' })] };
  const doc = templateFromWorkflow(wf, { version: 1, phrases: ['weekly metrics report'] });
  assert.equal(doc.template_id, 'weekly');
  assert.equal(doc.category, 'data');
  assert.ok(validateWorkflow(doc.workflow, registry).ok);
  const m = matchTemplate('Send the weekly metrics report to ceo@acme.com', draft([act('e', 'email', 'send_email', { to: ['ceo@acme.com'] })]), [doc]);
  assert.equal(m.template_id, 'weekly');
  const c = customizeTemplateDetailed(m, 'Send the weekly metrics report to ceo@acme.com', draft([act('e', 'email', 'send_email', { to: ['ceo@acme.com'] })]), [doc])!;
  assert.deepEqual((c.workflow.steps[1].parameters as Record<string, unknown>).to, ['ceo@acme.com']);
});

test('templates needing drivers that are not enabled are not matched', () => {
  assert.equal(matchTemplate('onboard our new hire Jane', draft([]), [], { enabledDrivers: ['asana', 'email'] }).template_found, false);
  assert.equal(matchTemplate('onboard our new hire Jane', draft([]), [], { enabledDrivers: ['asana', 'email', 'slack'] }).template_id, 'employee_onboarding_v1');
});
