/**
 * `autoflow dev-services [--port-base N] [--host H]`: starts fake Asana, Slack and GitHub HTTP servers and an SMTP sink on
 * loopback, prints the environment to point Autoflow at them, and runs until interrupted.
 */
import { flag, type ParsedArgs } from '../args.ts';
import type { CliContext } from '../context.ts';

export async function devServicesCommand(ctx: CliContext, args: ParsedArgs): Promise<number> {
  const { startDevServices, formatEnv } = await import('../../dev-services/index.ts');
  const base = flag(args, 'port-base');
  const b = base ? Number(base) : undefined;
  const ports = b ? { asana: b, slack: b + 1, github: b + 2, smtp: b + 3 } : undefined;
  const services = await startDevServices({ host: flag(args, 'host') ?? '127.0.0.1', ports, onMail: (m) => ctx.out(`✉ mail from ${m.from} to ${m.to.join(', ')}: ${m.subject}`) });
  ctx.out('# Local fake services are running. In another shell:');
  ctx.out(formatEnv(services.env));
  ctx.out('# Mail received by the SMTP sink is printed here. Ctrl-C stops everything.');
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await services.close();
  return 0;
}
