/**
 * `autoflow run FILE [--input k=v]... [--inputs JSON] [--dry-run] [--json] [--no-check] [--dev-services]`:
 * validates the workflow, checks its drivers (the seed's driver status shape), and — unless
 * it is a dry run — executes it durably with live progress and prints the completion summary.
 * `--dev-services` starts the local fakes in-process and points the drivers at them.
 */
import path from 'node:path';
import { formatProblems } from '../../workflow/problems.ts';
import { validateWorkflow } from '../../workflow/validate.ts';
import { flag, has, type ParsedArgs } from '../args.ts';
import type { CliContext } from '../context.ts';
import { checkAndRun, readInputs, useDevServices } from './execute.ts';
import { loadWorkflowFile } from './load.ts';

export { readInputs } from './execute.ts';

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

  let inputs: Record<string, unknown>;
  try { inputs = readInputs(args); } catch (err) { ctx.err(`✗ ${(err as Error).message}`); return 64; }
  return checkAndRun(ctx, workflow, graph, { json, noCheck: has(args, 'no-check'), dryRun: has(args, 'dry-run'), inputs, idempotencyKey: flag(args, 'idempotency-key'), workflowDir: path.dirname(path.resolve(file)) });
}
