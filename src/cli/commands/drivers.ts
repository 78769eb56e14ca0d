/** `autoflow drivers [NAME] [--json]`: the driver catalogue (operations, parameters, credentials). */
import { has, type ParsedArgs } from '../args.ts';
import type { CliContext } from '../context.ts';

export async function driversCommand(ctx: CliContext, args: ParsedArgs): Promise<number> {
  const name = args.positionals[0];
  let catalog = ctx.registry.catalog();
  if (name) {
    const def = ctx.registry.get(name);
    if (!def) { ctx.err(`No driver '${name}'. Drivers: ${catalog.map((d) => d.name).join(', ')}`); return 1; }
    catalog = catalog.filter((d) => d.name === def.name);
  }
  if (has(args, 'json')) { ctx.out(JSON.stringify(name ? catalog[0] : catalog, null, 2)); return 0; }
  for (const d of catalog) {
    const creds = d.credentials.fields.map((f) => f.env).join(', ');
    ctx.out(`${d.name} — ${d.title}${creds ? `  [${d.credentials.required ? 'needs' : 'optional'}: ${creds}]` : ''}`);
    for (const op of d.operations) {
      const props = (op.input_schema as { properties?: Record<string, unknown>; required?: string[] }) ?? {};
      const params = Object.keys(props.properties ?? {}).map((p) => (props.required?.includes(p) ? p : `${p}?`)).join(', ');
      ctx.out(`  ${op.name}(${params})  ${op.effect}${op.undo ? `, undo: ${op.undo}` : ''}`);
      if (name) ctx.out(`      ${op.description}`);
    }
  }
  return 0;
}
