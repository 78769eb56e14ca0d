/**
 * The planner evaluation as a test: the dev set (../shared/eval/planner-dev.jsonl, when present)
 * and our own cases (test/planner-cases.jsonl) scored with the scorer's rules on the offline
 * planner's drafts. Each set must stay ≥ 95% perfect and every draft must validate.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { devSet, loadCases, ownSet, runCases } from './planner-score.ts';

for (const [name, file] of [['dev set', devSet], ['own cases', ownSet]] as const) {
  test(`offline planner on the ${name}: ≥ 95% perfect, every plan validates`, { skip: !existsSync(file) && `${file} not found` }, async () => {
    const cases = loadCases(file);
    const results = await runCases(cases);
    const failed = results.filter((r) => !r.ok || !r.validates);
    const perfect = results.filter((r) => r.ok).length / results.length;
    const report = failed.map((r) => `${r.id}: ${r.request}\n    ${r.problems.join('\n    ')}`).join('\n');
    assert.ok(perfect >= 0.95, `${(perfect * 100).toFixed(1)}% perfect:\n${report}`);
    assert.deepEqual(results.filter((r) => !r.validates).map((r) => r.id), [], report);
  });
}

test('own cases cover the phrasings the planner supports', () => {
  const cases = loadCases(ownSet);
  assert.ok(cases.length >= 60);
  const all = cases.map((c) => c.request.toLowerCase()).join('\n');
  for (const phrase of ['ping', 'let #', 'drop a note', 'file a ticket', 'shoot an email', 'remind', 'kick off', 'should be created', 'next friday', 'tomorrow at 3pm', 'every weekday at 8:30', 'on the first of every month', 'every 15 minutes', 'hourly']) {
    assert.ok(all.includes(phrase), `a case says "${phrase}"`);
  }
  assert.ok(cases.some((c) => c.steps.length === 0), 'some requests cannot be automated');
  assert.ok(cases.some((c) => c.parallel?.length), 'parallel cases');
  assert.ok(cases.some((c) => c.trigger?.type === 'webhook') && cases.some((c) => c.trigger?.type === 'event') && cases.some((c) => c.trigger?.type === 'schedule'));
});
