/** The dispatcher: workflow type, complexity, estimate (defaults and history), token budget, strategy. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workflowTypeOf } from './classify.ts';
import { complexityOf } from './complexity.ts';
import { DEFAULT_DRIVER_MS, dispatch, estimate } from './dispatch.ts';
import type { Customization } from './templates/customize.ts';
import type { Draft, TemplateMatch } from './types.ts';

const act = (id: string, driver: string, operation: string, extra: Record<string, unknown> = {}) => ({ step_id: id, driver, operation, parameters: {}, ...extra });
const draft: Draft = { intent: 'x', actions: [], steps: [], name: 'x', notes: [] };
const none: TemplateMatch = { template_found: false, template_id: null, match_confidence: 0.4, template_actions: [], customization_needed: [] };
const found: TemplateMatch = { template_found: true, template_id: 'employee_onboarding_v1', match_confidence: 0.85, template_actions: ['a'], customization_needed: ['team_channel'] };
const seq = [act('a', 'asana', 'create_task'), act('b', 'slack', 'send_message'), act('c', 'email', 'send_email')];

test('complexity from steps, branches, gates and systems', () => {
  assert.equal(complexityOf(seq), 'simple');
  assert.equal(complexityOf([...seq, { step_id: 'g', kind: 'approval' }]), 'moderate');
  assert.equal(complexityOf([act('a', 'http', 'request'), { step_id: 'c', kind: 'condition', condition: 'a.ok', then: [act('b', 'slack', 'send_message')] }]), 'moderate');
  assert.equal(complexityOf([{ step_id: 'c1', kind: 'condition', condition: 'x', then: [] }, { step_id: 'l', kind: 'loop', items: [], steps: [act('e', 'email', 'send_email')] }]), 'complex');
  assert.equal(complexityOf(Array.from({ length: 8 }, (_, i) => act(`s${i}`, 'slack', 'send_message'))), 'complex');
  assert.equal(complexityOf(['asana', 'slack', 'email', 'github', 'http'].map((d, i) => act(`s${i}`, d, 'x'))), 'complex');
});

test('workflow type from the request words, else from the drivers', () => {
  const cases: [string, Record<string, unknown>[], string][] = [
    ['We have an outage on checkout, page the on-call', [], 'incident'],
    ['Run a security audit of the login service', [], 'security_audit'],
    ['Deploy myapp to production', [], 'deployment'],
    ['Open a GitHub issue for the login bug', [act('g', 'github', 'create_issue')], 'development'],
    ['Research the market for AI code assistants', [act('l', 'llm', 'generate')], 'research'],
    ['Create an Asana task for the sprint review', [act('a', 'asana', 'create_task')], 'project_management'],
    ['Run the query on the database and email the result', [act('d', 'database', 'query')], 'data'],
    ["Post 'hello' to #general", [act('s', 'slack', 'send_message')], 'notification'],
    ['Bake me a chocolate cake', [], 'custom'],
  ];
  for (const [req, steps, type] of cases) assert.equal(workflowTypeOf(req, steps), type, req);
});

test('estimate with documented defaults: the critical path, parallel branches, waits, gates and loops', () => {
  const e = estimate(seq);
  assert.equal(e.basis, 'defaults');
  assert.equal(e.duration_ms, DEFAULT_DRIVER_MS.asana + DEFAULT_DRIVER_MS.slack + DEFAULT_DRIVER_MS.email);
  assert.deepEqual(e.per_step.map((p) => [p.step_id, p.operation, p.basis]), [['a', 'asana.create_task', 'default'], ['b', 'slack.send_message', 'default'], ['c', 'email.send_email', 'default']]);
  assert.equal(e.llm_tokens, undefined);
  // slack and email both right after asana: the longer of the two counts
  const par = estimate([seq[0], { ...seq[1], dependencies: ['a'] }, { ...seq[2], dependencies: ['a'] }]);
  assert.equal(par.duration_ms, DEFAULT_DRIVER_MS.asana + DEFAULT_DRIVER_MS.email);
  assert.equal(estimate([{ step_id: 'w', kind: 'wait', duration: '10m' }, { step_id: 'g', kind: 'approval' }, seq[1]]).duration_ms, 600_000 + DEFAULT_DRIVER_MS.slack);
  const loop = estimate([{ step_id: 'l', kind: 'loop', items: [1, 2, 3, 4], concurrency: 2, steps: [act('e', 'email', 'send_email')] }]);
  assert.equal(loop.duration_ms, 2 * DEFAULT_DRIVER_MS.email);
  const refs = estimate([act('a', 'http', 'request', { dependencies: [] }), act('b', 'slack', 'send_message', { dependencies: [], parameters: { text: '{{a.status}}' } })]);
  assert.equal(refs.duration_ms, DEFAULT_DRIVER_MS.http + DEFAULT_DRIVER_MS.slack, 'a reference orders the steps');
});

test('estimate from this installation\'s history (median per operation), mixed with defaults', () => {
  const h = { 'asana.create_task': { count: 12, p50_ms: 420 }, 'slack.send_message': { count: 3, p50_ms: 95 }, 'email.send_email': { count: 5, p50_ms: 610 } };
  const e = estimate(seq, h);
  assert.equal(e.basis, 'history');
  assert.equal(e.duration_ms, 420 + 95 + 610);
  const mixed = estimate([...seq, act('d', 'github', 'create_issue')], h);
  assert.equal(mixed.basis, 'mixed');
  assert.equal(mixed.duration_ms, 420 + 95 + 610 + DEFAULT_DRIVER_MS.github);
  assert.deepEqual(mixed.per_step.map((p) => p.basis), ['history', 'history', 'history', 'default']);
});

test('LLM token budget: llm steps (prompt + max_tokens, per loop item) and the planner\'s own tokens', () => {
  const steps = [act('s', 'llm', 'generate', { parameters: { prompt: 'x'.repeat(400), max_tokens: 100 } })];
  assert.equal(estimate(steps).llm_tokens, 100 + 100);
  assert.equal(estimate(steps, {}, { llmPlannerTokens: 1500 }).llm_tokens, 1700);
  assert.equal(estimate([{ step_id: 'l', kind: 'loop', items: [1, 2], steps }]).llm_tokens, 400);
  assert.equal(estimate(seq, {}, { llmPlannerTokens: 900 }).llm_tokens, 900);
});

test('strategy and a one-sentence reasoning', () => {
  const c = (over: Partial<Customization>): Customization => ({ workflow: { workflow_id: 'w', name: 'w', steps: seq }, filled: [], needed: [], appended: [], merged: 0, ...over });
  const cases: [TemplateMatch, Customization | undefined, string][] = [
    [none, undefined, 'generate'],
    [found, c({ filled: ['employee_name'], needed: ['team_channel'] }), 'customize_template'],
    [found, c({ needed: ['employee_name'] }), 'use_template'],
    [found, c({ filled: ['employee_name'], appended: ['step_9'] }), 'hybrid'],
  ];
  for (const [m, custom, strategy] of cases) {
    const d = dispatch({ steps: seq }, draft, m, undefined, 'offline', { request: 'Onboard Jane', customization: custom, templateCategory: 'project_management' });
    assert.equal(d.strategy, strategy);
    assert.ok(!d.reasoning.includes('\n') && /\.$/.test(d.reasoning) && d.reasoning.length < 400, d.reasoning);
    assert.equal(d.complexity, 'simple');
    assert.equal(d.workflow_type, m.template_found ? 'project_management' : 'project_management');
  }
  const empty = dispatch({ steps: [] }, draft, none, undefined, 'offline', { request: 'Bake me a cake' });
  assert.equal(empty.strategy, 'generate');
  assert.equal(empty.estimate.duration_ms, 0);
});
