/** Prints a plan for a person: each stage's product in order. */
import type { Plan } from '../../planner/types.ts';
import type { CliContext } from '../context.ts';

export function printPlan(ctx: CliContext, p: Plan): void {
  ctx.out(`Request: ${p.request}`);
  ctx.out(`\n1. Intent (${p.planner} planner): ${p.intent}`);
  for (const a of p.actions) ctx.out(`   - ${a.driver}.${a.operation} ${JSON.stringify(a.parameters)}`);
  const m = p.template_match;
  ctx.out(`\n2. Template: ${m.template_found ? `${m.template_id} (confidence ${m.match_confidence.toFixed(2)}; customise: ${m.customization_needed.join(', ') || 'nothing'})` : `none matched (best confidence ${m.match_confidence.toFixed(2)})`}`);
  const d = p.dispatch;
  ctx.out(`\n3. Dispatch: ${d.strategy} — ${d.workflow_type}, ${d.complexity}, about ${Math.round(d.estimate.duration_ms / 100) / 10}s (${d.estimate.basis})\n   ${d.reasoning}`);
  ctx.out(`\n4. Workflow "${p.workflow.name}" (${p.workflow.steps.length} steps)${p.trigger ? `, trigger: ${p.trigger.type}${p.trigger.cron ? ` ${p.trigger.cron}` : ''}` : ''}`);
  const walk = (steps: Record<string, unknown>[], indent: string) => {
    for (const s of steps) {
      const what = s.driver ? `${s.driver}.${s.operation}` : String(s.kind);
      const deps = Array.isArray(s.dependencies) && s.dependencies.length ? ` ← ${s.dependencies.join(', ')}` : '';
      ctx.out(`${indent}${s.step_id}  ${what}${deps}${s.parameters ? `  ${JSON.stringify(s.parameters)}` : ''}`);
      for (const k of ['then', 'else', 'steps']) if (Array.isArray(s[k])) { ctx.out(`${indent}  ${k}:`); walk(s[k] as Record<string, unknown>[], `${indent}    `); }
    }
  };
  walk(p.workflow.steps, '   ');
  ctx.out(`\n5. Drivers: ${p.driver_check.required_drivers.map((r) => `${r.name} ${r.status === 'available' ? '✓' : `✗ (${r.message ?? r.status})`}`).join('  ') || 'none'}${p.driver_check.execution_ready ? '' : '  — not ready to run'}`);
  if (p.notes.length) ctx.out(`\nNotes:\n${p.notes.map((n) => `   ${n}`).join('\n')}`);
}
