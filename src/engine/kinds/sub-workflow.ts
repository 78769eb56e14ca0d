/**
 * The sub-workflow step: loads another workflow (a file path or a saved workflow id), records
 * its document (a resumed run uses the same version), and runs its steps inside this run
 * under the key prefix `step/`, with the rendered `inputs` as its inputs. Output: the child's
 * `outputs` when it declares them, else its step outputs.
 */
import { resolveInputs } from '../inputs.ts';
import { renderTemplate } from '../../workflow/expressions/index.ts';
import type { SubWorkflowStep, Workflow } from '../../workflow/schema.ts';
import type { WorkflowGraph } from '../../workflow/graph.ts';
import type { StepContext } from '../execution.ts';
import type { StepOutcome } from '../outcome.ts';
import { finishCompound, startCompound } from './compound.ts';

export async function runSubWorkflow(x: StepContext): Promise<StepOutcome> {
  const step = x.node.step as SubWorkflowStep;
  const saved = x.row?.state as { ref: string } | null | undefined;
  const { workflow, graph }: { workflow: Workflow; graph: WorkflowGraph } = await x.exec.deps.loadWorkflow(saved?.ref ?? step.workflow, x.exec.run.tenant_id);
  const inputs = resolveInputs(workflow.inputs, (renderTemplate(step.inputs ?? {}, x.env) ?? {}) as Record<string, unknown>);
  await startCompound(x, { ref: step.workflow, name: workflow.name });
  const env = { inputs, run: x.env.run, workflow: { id: workflow.workflow_id ?? step.workflow, name: workflow.name } };
  const inner = await x.exec.runScope(graph, '$', `${x.prefix}${x.node.id}/`, env);
  const output = workflow.outputs && !inner.failed && !inner.suspended ? renderTemplate(workflow.outputs, { ...env, ...inner.outputs }) : inner.outputs;
  return finishCompound(x, inner, output);
}
