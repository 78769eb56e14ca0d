/**
 * `autoflow run FILE [--input k=v]... [--inputs JSON] [--dry-run] [--json] [--no-check] [--dev-services]`:
 * validates the workflow, checks its drivers (the seed's driver status shape), and — unless
 * it is a dry run — executes it durably with live progress and prints the completion summary.
 * `--dev-services` starts the local fakes in-process and points the drivers at them.
 */
import path from 'node:path';
import { checkDrivers } from '../../drivers/check.ts';
import { toErrorData } from '../../platform/errors.ts';
import { formatProblems } from '../../workflow/problems.ts';
import { validateWorkflow } from '../../workflow/validate.ts';
import { all, flag, has, type ParsedArgs } from '../args.ts';
import type { CliContext } from '../context.ts';
import { followRun } from './follow.ts';
import { loadWorkflowFile } from './load.ts';

/** Collects `--input k=v` pairs and a `--inputs '{json}'` object. */
export function readInputs(args: ParsedArgs): Record<string, unknown> {
  const inputs: Record<string, unknown> = {};
  const json = flag(args, 'inputs');
  if (json) Object.assign(inputs, JSON.parse(json));
  for (const pair of all(args, 'input')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new Error(`--input expects name=value, got "${pair}"`);
    inputs[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return inputs;
}

/** Starts the local fakes in this process and points every driver at them (for trying things out). */
async function useDevServices(ctx: CliContext, quiet: boolean): Promise<void> {
  const { startDevServices } = await import('../../dev-services/index.ts');
  const services = await startDevServices({ host: '127.0.0.1', onMail: (m) => { if (!quiet) ctx.out(`  ✉ SMTP sink received "${m.subject}" for ${m.to.join(', ')}`); } });
  Object.assign(process.env, services.env);
  ctx.onClose(() => services.close());
  if (!quiet) ctx.out('Using local fake services (Asana, Slack, GitHub, SMTP sink on 127.0.0.1) — nothing leaves this machine.');
}

export async function runCommand(ctx: CliContext, args: ParsedArgs): Promise<number> {
  const file = args.positionals[0];
  if (!file) { ctx.err('usage: autoflow run FILE [--input name=value]... [--dry-run] [--json] [--no-check] [--dev-services]'); return 64; }
  const json = has(args, 'json');
  const { raw, problem } = await loadWorkflowFile(file);
  const report = problem ? { ok: false as const, problems: [problem] } : validateWorkflow(raw, ctx.registry);
  if (!report.ok || !('workflow' in report) || !report.workflow) {
    ctx.err(`${formatProblems(report.problems)}\n\n✗ ${file} is not valid; nothing was run. (\`autoflow validate ${file}\` shows this report.)`);
    return 1;
  }
  if (has(args, 'dev-services')) await useDevServices(ctx, json);
  const warnings = report.problems.filter((p) => p.severity === 'warning');
  if (warnings.length && !json) ctx.err(formatProblems(warnings));
  const { workflow, graph } = report as Required<typeof report>;

  const check = has(args, 'no-check') ? null : await checkDrivers(ctx.registry, workflow, graph, { live: true, dataDir: ctx.dataDir, timeoutMs: 5000 });
  if (has(args, 'dry-run')) {
    ctx.out(JSON.stringify({ workflow_id: workflow.workflow_id ?? null, name: workflow.name, valid: true, steps: [...graph.nodes.values()].map((n) => ({ step_id: n.id, kind: n.kind, dependencies: n.deps })), driver_check: check }, null, 2));
    return check && !check.execution_ready ? 2 : 0;
  }
  if (check && !check.execution_ready) {
    ctx.err(JSON.stringify(check, null, 2));
    const bad = check.required_drivers.filter((d) => d.status !== 'available');
    ctx.err(`\n✗ Not running: ${bad.map((d) => `${d.name}: ${d.message ?? d.status}`).join('\n  ')}\n  Nothing was run. Point the drivers at real services (see README) or start local fakes with \`autoflow dev-services\`.`);
    return 2;
  }
  let inputs: Record<string, unknown>;
  try { inputs = readInputs(args); } catch (err) { ctx.err(`✗ ${(err as Error).message}`); return 64; }
  const engine = ctx.engine({ workflowDir: path.dirname(path.resolve(file)) });
  engine.startBackground();
  let runId: string;
  try {
    const run = await engine.createRun({ workflow, graph }, { inputs, idempotencyKey: flag(args, 'idempotency-key') });
    runId = run.id;
  } catch (err) {
    const e = toErrorData(err);
    ctx.err(`✗ ${e.message}${e.hint ? `\n  hint: ${e.hint}` : ''}`);
    return 1;
  }
  if (!json) {
    ctx.out(`Workflow: ${workflow.name}${workflow.description ? ` — ${workflow.description}` : ''}`);
    if (check) ctx.out(`Drivers: ${check.required_drivers.map((d) => `${d.name} ✓`).join('  ')}`);
  }
  return followRun(ctx, engine, runId, { json });
}
