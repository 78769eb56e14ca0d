/**
 * Workflow type (seed 003): what kind of work a request is, from its words first and the
 * drivers its workflow uses second. Rules are tried in this order; the first that fires wins:
 *
 * | type               | words in the request (intent text)                                            | or drivers                         |
 * |--------------------|--------------------------------------------------------------------------------|------------------------------------|
 * | incident           | incident, outage, on-call, page, sev1-4, postmortem, rollback, downtime, troubleshoot | —                          |
 * | security_audit     | security, audit, vulnerability, compliance, penetration, CVE, secrets scan    | —                                  |
 * | deployment         | deploy, release, rollout, roll out, ship, production, staging, agent           | —                                  |
 * | research           | research, analyse, investigate, study, compare, summarise, competitive, market | llm (with no write steps)          |
 * | development        | bug, fix, code, pull request, repo, api, backend, frontend, build, test        | github                             |
 * | project_management | task, project, sprint, milestone, plan, onboard, assign, backlog               | asana                              |
 * | data               | database, query, report, csv, export, import, file, sync, backup               | database, file                     |
 * | notification       | —                                                                              | only slack, email, notify steps    |
 * | custom             | anything else                                                                  |                                    |
 */
import { canonicalDriverName } from '../drivers/registry.ts';
import { intentText } from './templates/extract.ts';
import { kindOf, walkSteps, type RawStep } from './steps.ts';
import type { WorkflowType } from './types.ts';

const WORD_RULES: [WorkflowType, RegExp][] = [
  ['incident', /\b(incidents?|outages?|on-?call|page the|paging|sev ?[1-4]|postmortem|post-mortem|roll ?back|downtime|troubleshoot\w*)\b/],
  ['security_audit', /\b(security|audit\w*|vulnerabilit\w+|compliance|penetration|pentest|cves?|secrets? scan)\b/],
  ['deployment', /\b(deploy\w*|releases?|releasing|rollouts?|roll out|ship|shipping|production|staging|agents?)\b/],
  ['research', /\b(research\w*|analy[sz]\w*|investigat\w*|study|compare|comparison|summari[sz]\w*|competitive|market)\b/],
  ['development', /\b(bugs?|bugfix|fix|fixes|code|pull requests?|prs?|repos?|repository|api|backend|frontend|builds?|tests?|refactor\w*)\b/],
  ['project_management', /\b(tasks?|projects?|sprints?|milestones?|plan|planning|onboard\w*|assign\w*|backlog|to-?dos?)\b/],
  ['data', /\b(database|db|query|queries|reports?|csv|export|import|files?|sync|backups?|spreadsheet|rows?)\b/],
];

const DRIVER_RULES: [WorkflowType, (drivers: Set<string>) => boolean][] = [
  ['development', (d) => d.has('github')],
  ['project_management', (d) => d.has('asana')],
  ['data', (d) => d.has('database') || d.has('file')],
  ['research', (d) => d.has('llm') && [...d].every((x) => x === 'llm' || x === 'transform')],
  ['notification', (d) => d.size > 0 && [...d].every((x) => ['slack', 'email', 'notify'].includes(x))],
];

/** The workflow type of a request and its planned steps. */
export function workflowTypeOf(request: string, steps: RawStep[]): WorkflowType {
  const text = intentText(request);
  for (const [type, re] of WORD_RULES) if (re.test(text)) return type;
  const drivers = new Set(walkSteps(steps).filter((w) => kindOf(w.step) === 'action' && typeof w.step.driver === 'string').map((w) => canonicalDriverName(String(w.step.driver))));
  for (const [type, test] of DRIVER_RULES) if (test(drivers)) return type;
  return 'custom';
}
