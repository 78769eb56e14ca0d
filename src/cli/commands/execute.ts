/**
 * Running a validated workflow from the CLI, shared by `run` and `do`: `--input`/`--inputs`
 * parsing, the in-process local fakes (`--dev-services`), the live driver check (the seed's
 * driver status shape; exit 2 when not ready), creating the run and following it with live
 * progress to the completion summary.
 */
import { checkDrivers } from '../../drivers/check.ts';
import type { WorkflowGraph } from '../../workflow/graph.ts';
import type { Workflow } from '../../workflow/schema.ts';
import { all, flag, type ParsedArgs } from '../args.ts';
import type { CliContext } from '../context.ts';
import { errorText } from '../error-text.ts';
import { followRun } from './follow.ts';

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
export async function useDevServices(ctx: CliContext, quiet: boolean): Promise<void> {
  const { startDevServices } = await import('../../dev-services/index.ts');
  const services = await startDevServices({ host: '127.0.0.1', onMail: (m) => { if (!quiet) ctx.out(`  ✉ SMTP sink received "${m.subject}" for ${m.to.join(', ')}`); } });
  Object.assign(process.env, services.env);
  ctx.onClose(() => services.close());
  if (!quiet) ctx.out('Using local fake services (Asana, Slack, GitHub, SMTP sink on 127.0.0.1) — nothing leaves this machine.');
}

export interface ExecuteOptions {
  json?: boolean;
  /** Skip the driver check (`--no-check`). */
  noCheck?: boolean;
  /** Stop after the driver check and print it (`--dry-run`). */
  dryRun?: boolean;
  inputs?: Record<string, unknown>;
  idempotencyKey?: string;
  /** Where relative sub-workflow paths are resolved. */
  workflowDir?: string;
  /** The saved workflow version the run executes. */
  workflowVersion?: number | null;
}

/** Checks drivers, creates the run and follows it; returns the exit code. */
export async function checkAndRun(ctx: CliContext, workflow: Workflow, graph: WorkflowGraph, o: ExecuteOptions = {}): Promise<number> {
  const check = o.noCheck ? null : await checkDrivers(ctx.registry, workflow, graph, { live: true, dataDir: ctx.dataDir, timeoutMs: 5000 });
  if (o.dryRun) {
    ctx.out(JSON.stringify({ workflow_id: workflow.workflow_id ?? null, name: workflow.name, valid: true, steps: [...graph.nodes.values()].map((n) => ({ step_id: n.id, kind: n.kind, dependencies: n.deps })), driver_check: check }, null, 2));
    return check && !check.execution_ready ? 2 : 0;
  }
  if (check && !check.execution_ready) {
    ctx.err(JSON.stringify(check, null, 2));
    const bad = check.required_drivers.filter((d) => d.status !== 'available');
    ctx.err(`\n✗ Not running: ${bad.map((d) => `${d.name}: ${d.message ?? d.status}`).join('\n  ')}\n  Nothing was run. Point the drivers at real services (see README) or start local fakes with \`autoflow dev-services\`.`);
    return 2;
  }
  const engine = ctx.engine({ workflowDir: o.workflowDir });
  engine.startBackground();
  let runId: string;
  try {
    const run = await engine.createRun({ workflow, graph }, { inputs: o.inputs ?? {}, idempotencyKey: o.idempotencyKey, ...(o.workflowVersion !== undefined ? { workflowVersion: o.workflowVersion } : {}) });
    runId = run.id;
  } catch (err) {
    ctx.err(errorText(err));
    return 1;
  }
  if (!o.json) {
    ctx.out(`Workflow: ${workflow.name}${workflow.description ? ` — ${workflow.description}` : ''}`);
    if (check) ctx.out(`Drivers: ${check.required_drivers.map((d) => `${d.name} ✓`).join('  ')}`);
  }
  return followRun(ctx, engine, runId, { json: o.json });
}
