/**
 * `autoflow do "<request>" [--yes] [--input k=v]... [--json] [--dev-services] [--no-approval-gates] [--no-check] [--drivers a,b]`:
 * plans the request (every stage shown, as `plan` does), asks for confirmation on a terminal
 * (`--yes` skips it; without a terminal and without `--yes` it refuses), saves the workflow and
 * runs it with live progress. `--drivers` (or `AUTOFLOW_ENABLED_DRIVERS`) restricts the drivers planned with. Exit codes as `run`; 64 when confirmation or inputs are missing.
 */
import { createInterface } from 'node:readline/promises';
import { plan } from '../../planner/plan.ts';
import { newId } from '../../platform/ids.ts';
import { formatProblems } from '../../workflow/problems.ts';
import { validateWorkflow } from '../../workflow/validate.ts';
import { has, type ParsedArgs } from '../args.ts';
import type { CliContext } from '../context.ts';
import { checkAndRun, readInputs, useDevServices } from './execute.ts';
import { printPlan } from './plan-render.ts';
import { CLI_TENANT, enabledDriversOption, plannerDeps } from './planner-deps.ts';

const USAGE = 'usage: autoflow do "<request>" [--yes] [--input name=value]... [--json] [--dev-services] [--no-approval-gates] [--no-check] [--drivers a,b]';

/** Asks a yes/no question on the terminal. */
async function confirm(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

export async function doCommand(ctx: CliContext, args: ParsedArgs): Promise<number> {
  const request = args.positionals.join(' ').trim();
  if (!request) { ctx.err(USAGE); return 64; }
  const json = has(args, 'json');
  let inputs: Record<string, unknown>;
  let enabledDrivers: string[] | undefined;
  try { inputs = readInputs(args); enabledDrivers = enabledDriversOption(ctx.registry, args); } catch (err) { ctx.err(`✗ ${(err as Error).message}`); return 64; }
  if (has(args, 'dev-services')) await useDevServices(ctx, json);

  const p = await plan(request, await plannerDeps(ctx, { open: true }), { catalog: ctx.registry.catalog(), env: process.env, enabledDrivers, allowDestructiveWithoutApproval: has(args, 'no-approval-gates') });
  if (json) ctx.out(JSON.stringify(p, null, 2));
  else printPlan(ctx, p);

  if (!p.workflow.steps.length) { ctx.err('\n✗ Nothing to run: the request did not become any steps (see the notes above).'); return 1; }
  const report = validateWorkflow(p.workflow, ctx.registry);
  if (!report.ok || !report.workflow || !report.graph) {
    ctx.err(`\n${formatProblems(report.problems.filter((x) => x.severity === 'error'))}\n\n✗ The planned workflow is not valid; nothing was saved or run. Rephrase the request, or save it with \`autoflow plan --json\` and edit it by hand.`);
    return 1;
  }
  const missing = Object.entries(report.workflow.inputs ?? {}).filter(([name, s]) => s.default === undefined && s.required !== false && inputs[name] === undefined);
  if (missing.length) {
    ctx.err(`\n✗ The workflow needs ${missing.map(([n, s]) => `${n}${s.description ? ` (${s.description})` : ''}`).join(', ')}, which the request did not give. Run again with ${missing.map(([n]) => `--input ${n}=…`).join(' ')}.`);
    return 64;
  }

  if (!has(args, 'yes')) {
    if (!process.stdin.isTTY) {
      ctx.err('\n✗ Not running: confirmation is needed and stdin is not a terminal. Re-run with --yes to save and run the plan above without asking.');
      return 64;
    }
    if (!(await confirm('\nSave and run this workflow? [y/N] '))) { ctx.out('Not run.'); return 0; }
  }

  const id = /^[A-Za-z0-9][\w.-]{0,127}$/.test(p.workflow.workflow_id) ? p.workflow.workflow_id : newId('wf');
  const saved = await ctx.store().saveWorkflow(CLI_TENANT, id, report.workflow.name, { ...p.workflow, workflow_id: id }, Date.now());
  if (!json) ctx.out(`\nSaved workflow ${saved.id} (version ${saved.version}).`);
  return checkAndRun(ctx, { ...report.workflow, workflow_id: id }, report.graph, { json, inputs, noCheck: has(args, 'no-check'), workflowVersion: saved.version });
}
