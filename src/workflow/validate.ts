/**
 * The validator: checks a workflow document completely before anything runs and reports
 * every problem at once, each with its JSON path and a hint — schema errors, unknown step
 * kinds, drivers and operations ("did you mean"), parameters that break the operation's
 * schema, expressions that are malformed or reference unknown or later steps, duplicate ids,
 * dependency cycles (printed), and limits. On success it returns the typed workflow and its
 * step graph, which the engine runs.
 */
import type { z } from 'zod';
import { canonicalDriverName, type DriverRegistry } from '../drivers/registry.ts';
import { didYouMean } from '../platform/suggest.ts';
import { checkTemplates, findReferences } from './expressions/index.ts';
import { FORBIDDEN_NAMES } from './expressions/values.ts';
import { defaultDependencies, findCycle, type StepNode, type WorkflowGraph } from './graph.ts';
import { stepKindOf, normalizeStep } from './normalize.ts';
import { joinPath, type Problem } from './problems.ts';
import { childFields, documentLimits, StepId, stepKinds, stepSchemas, WorkflowDoc, type Step, type StepKind, type Workflow } from './schema.ts';
import { checkParameters, checkOutputField } from './validate-params.ts';
import { parseChannel } from '../drivers/notify/channel-spec.ts';
import { toErrorData } from '../platform/errors.ts';

export interface ValidationReport {
  ok: boolean;
  problems: Problem[];
  workflow?: Workflow;
  graph?: WorkflowGraph;
}

/** Names usable at the root of every expression besides step ids. */
const builtinRoots = ['inputs', 'run', 'workflow'];

/** Validates a parsed document against the schema and the driver registry. */
export function validateWorkflow(raw: unknown, registry: DriverRegistry): ValidationReport {
  const problems: Problem[] = [];
  const err = (path: string, code: string, message: string, hint?: string) => problems.push({ path, code, message, hint, severity: 'error' });
  const warn = (path: string, code: string, message: string, hint?: string) => problems.push({ path, code, message, hint, severity: 'warning' });

  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    err('$', 'not_an_object', 'A workflow document must be a JSON object.', 'Start from examples/bug-fix.json.');
    return { ok: false, problems };
  }
  const top = WorkflowDoc.safeParse(raw);
  if (!top.success) addZodIssues(top.error, '$', problems);
  const rawSteps = (raw as { steps?: unknown }).steps;
  if (!Array.isArray(rawSteps)) return { ok: false, problems };

  // Walk the step tree: kinds, per-kind schemas, ids, limits.
  const nodes = new Map<string, StepNode>();
  const scopes = new Map<string, string[]>();
  let count = 0;
  let tooMany = false;
  /** Steps that broke their schema, with the fields dropped to check the rest ('*': only id and kind kept). */
  const dropped = new Map<string, Set<string>>();
  const walk = (list: unknown[], path: string, scope: string, ancestors: string[], depth: number): Step[] => {
    const typed: Step[] = [];
    scopes.set(scope, []);
    list.forEach((rawStep, index) => {
      const p = joinPath(path, index);
      if (++count > documentLimits.maxSteps) {
        if (!tooMany) err('$.steps', 'too_many_steps', `The workflow has more than ${documentLimits.maxSteps} steps.`, 'Split it into sub-workflows (kind "sub_workflow") or use a loop over items instead of repeating steps.');
        tooMany = true;
        return;
      }
      if (!rawStep || typeof rawStep !== 'object' || Array.isArray(rawStep)) return err(p, 'invalid_step', 'A step must be a JSON object.');
      const obj = rawStep as Record<string, unknown>;
      const kind = stepKindOf(obj);
      if (typeof kind === 'object') return err(joinPath(p, 'kind'), 'unknown_kind', `Unknown step kind '${kind.unknown}'.${didYouMean(kind.unknown, stepKinds)}`, `Use one of: ${stepKinds.join(', ')}.`);
      const parsed = stepSchemas[kind].safeParse(normalizeStep(obj, kind));
      let step: Step;
      let salvaged: Set<string> | undefined;
      if (parsed.success) step = parsed.data as Step;
      else {
        addZodIssues(parsed.error, p, problems);
        const s = salvageStep(normalizeStep(obj, kind), kind, parsed.error);
        if (!s) return;
        ({ step, dropped: salvaged } = s);
      }
      if (nodes.has(step.step_id)) {
        err(joinPath(p, 'step_id'), 'duplicate_step_id', `Step id '${step.step_id}' is used twice (first at ${nodes.get(step.step_id)!.path}).`, 'Give every step, nested ones included, a unique step_id.');
        return;
      }
      const node: StepNode = { id: step.step_id, kind, step, path: p, scope, index: scopes.get(scope)!.length, ancestors, deps: [] };
      nodes.set(step.step_id, node);
      if (salvaged) dropped.set(step.step_id, salvaged);
      scopes.get(scope)!.push(step.step_id);
      for (const field of childFields[kind]) {
        const kids = (obj as Record<string, unknown>)[field];
        if (!Array.isArray(kids)) continue;
        if (depth + 1 > documentLimits.maxDepth) { err(joinPath(p, field), 'too_deep', `Steps are nested more than ${documentLimits.maxDepth} levels deep.`, 'Move the inner part into a sub-workflow.'); continue; }
        (step as unknown as Record<string, unknown>)[field] = walk(kids, joinPath(p, field), `${step.step_id}.${field}`, [...ancestors, step.step_id], depth + 1);
      }
      typed.push(step);
    });
    return typed;
  };
  const steps = walk(rawSteps, '$.steps', '$', [], 0);
  if (tooMany) return { ok: false, problems };

  const inputNames = Object.keys((top.success ? top.data.inputs : undefined) ?? {});
  const implicit = new Map<string, Set<string>>();

  // Per-step checks: drivers, parameters, expressions and references.
  for (const node of nodes.values()) {
    const { step, path } = node;
    if (dropped.get(node.id)?.has('*')) continue;
    if (node.kind === 'action') {
      const a = step as Extract<Step, { driver: string }>;
      const driver = registry.get(a.driver);
      if (!driver) {
        err(joinPath(path, 'driver'), 'unknown_driver', `Unknown driver '${a.driver}'.${didYouMean(canonicalDriverName(a.driver), registry.drivers.map((d) => d.name))}`, `Available drivers: ${registry.drivers.map((d) => d.name).join(', ')} (run \`autoflow drivers\`).`);
      } else if (!driver.operations[a.operation]) {
        const ops = Object.keys(driver.operations);
        err(joinPath(path, 'operation'), 'unknown_operation', `Driver '${driver.name}' has no operation '${a.operation}'.${didYouMean(a.operation, ops)}`, `Its operations: ${ops.join(', ')}.`);
      } else {
        const op = driver.operations[a.operation];
        if (!dropped.get(node.id)?.has('parameters')) problems.push(...checkParameters(op.input, a.parameters, joinPath(path, 'parameters'), `${driver.name}.${a.operation}`));
        if (a.success_condition && /^[A-Za-z_][A-Za-z0-9_]*$/.test(a.success_condition.trim())) {
          const name = a.success_condition.trim();
          const known = [...(op.outcomes ?? []), ...Object.keys(shapeOf(op.output) ?? {})];
          if (!known.includes(name)) warn(joinPath(path, 'success_condition'), 'unknown_outcome', `'${name}' is not an outcome of ${driver.name}.${a.operation}.${didYouMean(name, known)}`, `Known outcomes: ${known.join(', ') || 'none'}; or write an expression over output, e.g. "output.status == 'ok'".`);
        }
      }
    }
    for (const [field, value] of expressionFields(step)) {
      const fp = joinPath(path, field);
      problems.push(...checkTemplates(value, fp).map((t) => ({ ...t, code: 'invalid_expression', severity: 'error' as const })));
      for (const ref of safeRefs(value, fp)) {
        if (FORBIDDEN_NAMES.has(ref.root)) continue; // already reported by checkTemplates
        const extraRoots = loopVariables(node, nodes, field);
        if (builtinRoots.includes(ref.root) || extraRoots.includes(ref.root) || (field === 'success_condition' && ref.root === 'output')) {
          if (ref.root === 'inputs' && typeof ref.path[0] === 'string' && !inputNames.includes(ref.path[0])) {
            warn(ref.jsonPath, 'unknown_input', `Input '${ref.path[0]}' is not declared in the workflow's inputs.${didYouMean(String(ref.path[0]), inputNames)}`, 'Declare it under "inputs" so runs are checked, or fix the name.');
          }
          continue;
        }
        const target = nodes.get(ref.root);
        if (!target) {
          err(ref.jsonPath, 'unknown_reference', `'{{${ref.expression}}}' refers to '${ref.root}', which is not a step, input or variable.${didYouMean(ref.root, [...nodes.keys(), ...builtinRoots, ...extraRoots])}`, 'References name an earlier step\'s step_id (e.g. {{step_1.task_url}}) or inputs.<name>.');
          continue;
        }
        const holder = [...node.ancestors, node.id].map((id) => nodes.get(id)!).find((n) => n.scope === target.scope);
        if (!holder) {
          err(ref.jsonPath, 'reference_not_visible', `'${ref.root}' sits inside '${target.ancestors.at(-1)}', so its output is not visible here.`, 'Reference the enclosing step instead, or move this step into the same branch.');
        } else if (holder.id === target.id) {
          err(ref.jsonPath, 'self_reference', `Step '${node.id}' refers to ${target.id === node.id ? 'its own output' : `its enclosing step '${target.id}'`}, which is not finished while it runs.`, 'Reference an earlier step.');
        } else if (target.index > holder.index) {
          err(ref.jsonPath, 'forward_reference', `'${ref.root}' comes after '${holder.id}' in the workflow, so its output is not available yet.`, `Move '${ref.root}' before '${holder.id}' or reference an earlier step.`);
        } else {
          if (!implicit.has(holder.id)) implicit.set(holder.id, new Set());
          implicit.get(holder.id)!.add(target.id);
          const outField = ref.path[0];
          if (target.kind === 'action' && typeof outField === 'string' && !dropped.get(target.id)?.has('*')) {
            const t = target.step as Extract<Step, { driver: string }>;
            const op = registry.operation(t.driver, t.operation);
            const w = op ? checkOutputField(op.output, outField) : undefined;
            if (w) warn(ref.jsonPath, 'unknown_output_field', `${t.step_id} (${registry.get(t.driver)!.name}.${t.operation}) has no output '${outField}'.${didYouMean(outField, w)}`, `Its outputs: ${w.join(', ')}.`);
          }
        }
      }
    }
  }

  // Dependencies per scope: unknown ids, other scopes, cycles.
  for (const [scope, ids] of scopes) {
    const list = ids.map((id) => nodes.get(id)!.step);
    const owner = scope === '$' ? undefined : nodes.get(scope.slice(0, scope.lastIndexOf('.')));
    const defaults = defaultDependencies(list, owner?.kind === 'parallel');
    ids.forEach((id, i) => {
      const node = nodes.get(id)!;
      for (const [j, d] of (node.step.dependencies ?? []).entries()) {
        const dp = joinPath(joinPath(node.path, 'dependencies'), j);
        if (!nodes.has(d)) err(dp, 'unknown_dependency', `Dependency '${d}' is not a step.${didYouMean(d, ids)}`, `Steps in this list: ${ids.join(', ')}.`);
        else if (d === id) err(dp, 'self_dependency', `Step '${id}' depends on itself.`, 'Remove it from its own dependencies.');
        else if (nodes.get(d)!.scope !== scope) err(dp, 'dependency_other_scope', `Dependency '${d}' is in another branch or loop body.`, 'Depend on steps of the same list; the enclosing step orders whole branches.');
      }
      if (node.step.next_step && !ids.includes(node.step.next_step)) {
        err(joinPath(node.path, 'next_step'), 'unknown_next_step', `next_step '${node.step.next_step}' is not a step of this list.${didYouMean(node.step.next_step, ids)}`);
      }
      node.deps = [...new Set([...defaults[i].filter((d) => ids.includes(d) && d !== id), ...(implicit.get(id) ?? [])])];
    });
    const cycle = findCycle(ids, (id) => nodes.get(id)!.deps);
    if (cycle) err(nodes.get(cycle[0])!.path, 'dependency_cycle', `Dependency cycle: ${cycle.join(' → ')}.`, 'Remove one of these dependencies (or a next_step) so the steps can be ordered.');
  }

  if (top.success) checkErrorHandling(top.data, problems);
  const ok = !problems.some((p) => p.severity === 'error');
  if (!ok || !top.success) return { ok: false, problems };
  return { ok, problems, workflow: { ...top.data, steps }, graph: { nodes, scopes } };
}

/**
 * A step that breaks its schema still counts, so its id is known to duplicates and references
 * (no false "unknown step" elsewhere) and the rest of it is checked: the offending fields are
 * dropped and it is parsed again; when a required field is the problem, only its id and kind stand.
 */
function salvageStep(obj: Record<string, unknown>, kind: StepKind, error: z.ZodError): { step: Step; dropped: Set<string> } | undefined {
  const bad = new Set<string>();
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys' && issue.path.length === 0) for (const k of issue.keys) bad.add(k);
    else if (typeof issue.path[0] === 'string') bad.add(issue.path[0]);
  }
  const again = stepSchemas[kind].safeParse(Object.fromEntries(Object.entries(obj).filter(([k]) => !bad.has(k))));
  if (again.success) return { step: again.data as Step, dropped: bad };
  const id = StepId.safeParse(obj.step_id);
  return id.success ? { step: { step_id: id.data, kind } as Step, dropped: new Set(['*']) } : undefined;
}

function checkErrorHandling(doc: z.output<typeof WorkflowDoc>, problems: Problem[]): void {
  const eh = doc.error_handling;
  if (!eh) return;
  if (eh.on_failure === 'rollback_and_notify' && !eh.notification_channel) {
    problems.push({ path: '$.error_handling', code: 'missing_channel', severity: 'warning', message: 'rollback_and_notify has no notification_channel, so the failure is only recorded.', hint: 'Add "notification_channel": "#alerts" or "email:ops@example.com".' });
  }
  if (eh.notification_channel) {
    try { parseChannel(eh.notification_channel); } catch (err) {
      const e = toErrorData(err);
      problems.push({ path: '$.error_handling.notification_channel', code: 'invalid_channel', severity: 'error', message: e.message, hint: e.hint });
    }
  }
}

/** The string-valued places of a step where `{{ }}` is evaluated. */
function expressionFields(step: Step): [string, unknown][] {
  const s = step as unknown as Record<string, unknown>;
  const out: [string, unknown][] = [];
  for (const f of ['parameters', 'items', 'inputs', 'message', 'until']) if (s[f] !== undefined) out.push([f, s[f]]);
  for (const f of ['condition', 'when', 'success_condition']) {
    const v = s[f];
    if (typeof v === 'string' && !(f === 'success_condition' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(v.trim()))) out.push([f, v.includes('{{') ? v : `{{${v}}}`]);
  }
  return out;
}

/** Loop variables visible to a step: `as` (default item) and `loop` of each enclosing loop. */
function loopVariables(node: StepNode, nodes: Map<string, StepNode>, field: string): string[] {
  const vars: string[] = [];
  for (const id of node.ancestors) {
    const a = nodes.get(id)!;
    if (a.kind === 'loop') vars.push((a.step as { as?: string }).as ?? 'item', 'loop');
  }
  if (node.kind === 'loop' && field !== 'items') vars.push((node.step as { as?: string }).as ?? 'item', 'loop');
  return vars;
}

function safeRefs(value: unknown, path: string) {
  try { return findReferences(value, path); } catch { return []; }
}

function shapeOf(schema: z.ZodType): Record<string, unknown> | undefined {
  const s = schema as unknown as { shape?: Record<string, unknown> };
  return s.shape && typeof s.shape === 'object' ? s.shape : undefined;
}

/** Converts zod issues into problems under a base path. */
export function addZodIssues(error: z.ZodError, base: string, problems: Problem[]): void {
  for (const issue of error.issues) {
    const path = issue.path.reduce<string>((p, k) => joinPath(p, typeof k === 'number' ? k : String(k)), base);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) problems.push({ path: joinPath(path, key), code: 'unknown_field', severity: 'error', message: `Unknown field '${key}'.`, hint: 'Remove it or check its spelling against the documentation.' });
      continue;
    }
    problems.push({ path, code: 'schema', severity: 'error', message: issue.message, hint: schemaHint(issue) });
  }
}

function schemaHint(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code === 'invalid_type') return `Expected ${issue.expected}.`;
  if (issue.code === 'invalid_value' && 'values' in issue) return `Use one of: ${(issue.values as unknown[]).map(String).join(', ')}.`;
  return undefined;
}
