/** `autoflow validate FILE [--json]`: every problem at once, with JSON paths and hints. */
import type { CliContext } from '../context.ts';
import { flag, has, type ParsedArgs } from '../args.ts';
import { formatProblems } from '../../workflow/problems.ts';
import { validateWorkflow } from '../../workflow/validate.ts';
import { loadWorkflowFile } from './load.ts';

export async function validateCommand(ctx: CliContext, args: ParsedArgs): Promise<number> {
  const file = args.positionals[0] ?? flag(args, 'file');
  if (!file) { ctx.err('usage: autoflow validate FILE [--json]'); return 64; }
  const { raw, problem } = await loadWorkflowFile(file);
  const report = problem ? { ok: false, problems: [problem] } : validateWorkflow(raw, ctx.registry);
  if (has(args, 'json')) {
    const order = 'graph' in report && report.graph ? [...report.graph.nodes.values()].map((n) => ({ step_id: n.id, kind: n.kind, scope: n.scope, dependencies: n.deps })) : undefined;
    ctx.out(JSON.stringify({ valid: report.ok, problems: report.problems, steps: order }, null, 2));
    return report.ok ? 0 : 1;
  }
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  const warnings = report.problems.length - errors;
  if (report.problems.length) ctx.out(formatProblems(report.problems));
  if (!report.ok) { ctx.out(`\n${file}: ${errors} error${errors === 1 ? '' : 's'}${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}`); return 1; }
  const graph = 'graph' in report ? report.graph! : undefined;
  ctx.out(`✓ ${file} is valid${warnings ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : ''}: ${graph?.nodes.size ?? 0} steps`);
  for (const id of graph?.scopes.get('$') ?? []) {
    const n = graph!.nodes.get(id)!;
    ctx.out(`  ${id}${n.deps.length ? ` ← ${n.deps.join(', ')}` : ''}  (${n.kind === 'action' ? `${(n.step as { driver: string }).driver}.${(n.step as { operation: string }).operation}` : n.kind})`);
  }
  return 0;
}
