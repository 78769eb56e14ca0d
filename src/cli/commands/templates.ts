/**
 * `autoflow templates [--json]`                      built-in and saved templates
 * `autoflow templates show ID [--json]`              one template: input/output schema, actions, workflow
 * `autoflow templates save FILE|WORKFLOW_ID [--id ID] [--name N] [--description D] [--phrase P]... [--keyword K]...`
 *                                                    save a workflow (a file, or a saved workflow's id) as a template
 * `autoflow templates delete ID`                     delete a saved template (every version)
 */
import { existsSync } from 'node:fs';
import { allTemplates, describeTemplate, findTemplate, templateFromWorkflow } from '../../planner/templates/index.ts';
import { formatProblems } from '../../workflow/problems.ts';
import { validateWorkflow } from '../../workflow/validate.ts';
import { all, flag, has, type ParsedArgs } from '../args.ts';
import type { CliContext } from '../context.ts';
import { loadWorkflowFile } from './load.ts';
import { CLI_TENANT, templateStore } from './planner-deps.ts';

const USAGE = 'usage: autoflow templates [list|show ID|save FILE|WORKFLOW_ID [--id ID] [--phrase P]... [--keyword K]...|delete ID] [--json]';

async function userTemplates(ctx: CliContext): Promise<unknown[]> {
  return (await templateStore(ctx).listTemplates(CLI_TENANT)).map((t) => t.doc);
}

export async function templatesCommand(ctx: CliContext, args: ParsedArgs): Promise<number> {
  const [sub = 'list', target] = args.positionals;
  const json = has(args, 'json');
  if (sub === 'list') {
    const list = allTemplates(await userTemplates(ctx)).map(describeTemplate);
    if (json) { ctx.out(JSON.stringify(list, null, 2)); return 0; }
    for (const t of list) ctx.out(`${String(t.template_id).padEnd(28)} v${t.version}  ${String(t.source).padEnd(7)} ${String(t.complexity).padEnd(8)} ${String(t.category).padEnd(18)} ${t.name} — ${(t.template_actions as string[]).join(', ')}`);
    ctx.out(`\n${list.length} templates. \`autoflow templates show ID\` for inputs and steps; \`autoflow templates save FILE\` to add your own.`);
    return 0;
  }
  if (sub === 'show') {
    if (!target) { ctx.err(USAGE); return 64; }
    const t = findTemplate(target, await userTemplates(ctx));
    if (!t) { ctx.err(`✗ No template '${target}'. List them with \`autoflow templates\`.`); return 1; }
    const out: Record<string, unknown> = { ...describeTemplate(t), workflow: t.workflow };
    if (json) { ctx.out(JSON.stringify(out, null, 2)); return 0; }
    ctx.out(`${t.template_id} v${t.version} (${t.source}, ${t.complexity}, ${t.category}): ${t.name}\n${t.description}\n`);
    ctx.out(`Inputs: ${JSON.stringify(out.input_schema, null, 2)}\nOutputs: ${JSON.stringify(out.output_schema, null, 2)}\nSteps: ${(out.template_actions as string[]).join(' → ')}`);
    return 0;
  }
  if (sub === 'save') {
    if (!target) { ctx.err(USAGE); return 64; }
    let raw: unknown;
    if (existsSync(target)) {
      const { raw: r, problem } = await loadWorkflowFile(target);
      if (problem) { ctx.err(formatProblems([problem])); return 1; }
      raw = r;
    } else {
      raw = (await ctx.store().getWorkflow(CLI_TENANT, target))?.doc;
      if (!raw) { ctx.err(`✗ ${target} is neither a file nor a saved workflow id.`); return 1; }
    }
    const report = validateWorkflow(raw, ctx.registry);
    if (!report.ok) { ctx.err(`${formatProblems(report.problems)}\n\n✗ Only a valid workflow can become a template.`); return 1; }
    const wf = raw as Record<string, unknown>;
    const probe = templateFromWorkflow(wf, { version: 1, template_id: flag(args, 'id') });
    const row = await templateStore(ctx).saveTemplate(CLI_TENANT, probe.template_id, (version) => {
      const doc = templateFromWorkflow(wf, { version, template_id: probe.template_id, name: flag(args, 'name'), description: flag(args, 'description'), phrases: all(args, 'phrase'), keywords: all(args, 'keyword').length ? all(args, 'keyword') : undefined, created_by: process.env.USER });
      return { name: doc.name, doc: doc as unknown as Record<string, unknown> };
    }, Date.now(), process.env.USER);
    if (json) ctx.out(JSON.stringify(row, null, 2));
    else ctx.out(`Saved template ${row.id} version ${row.version}${all(args, 'phrase').length ? '' : ' (add --phrase "…" so requests that name this process match it)'}.`);
    return 0;
  }
  if (sub === 'delete') {
    if (!target) { ctx.err(USAGE); return 64; }
    const ok = await templateStore(ctx).deleteTemplate(CLI_TENANT, target, Date.now());
    if (!ok) { ctx.err(`✗ No saved template '${target}' (built-in templates cannot be deleted).`); return 1; }
    ctx.out(`Deleted template ${target}.`);
    return 0;
  }
  ctx.err(USAGE);
  return 64;
}
