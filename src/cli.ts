/**
 * The `autoflow` command line: dispatches to one module per command. Exit codes: 0 success (or
 * waiting for approval), 1 failure, 2 drivers not ready, 64 usage error.
 */
import module from 'node:module';
import { parseArgs, type ParsedArgs } from './cli/args.ts';
import type { CliContext } from './cli/context.ts';
import { didYouMean } from './platform/suggest.ts';
import { errorText } from './cli/error-text.ts';

// Cache compiled (and type-stripped) modules between runs: every command below is imported lazily, after this.
module.enableCompileCache?.();

type Run = (ctx: CliContext, args: ParsedArgs) => Promise<number>;
/** Each command's module is imported only when that command runs, so `autoflow plan` does not load the server or the engine's commands. */
type Command = { load: () => Promise<Run>; usage: string; booleans?: string[] };

const commands: Record<string, Command> = {
  run: { load: async () => (await import('./cli/commands/run.ts')).runCommand, usage: 'run FILE [--input k=v]... [--dry-run] [--json] [--no-check] [--dev-services]   validate, check drivers, run with live progress', booleans: ['dry-run', 'json', 'no-check', 'dev-services'] },
  plan: { load: async () => (await import('./cli/commands/plan.ts')).planCommand, usage: 'plan "<request>" [--json] [--catalog FILE] [--drivers a,b]   understand a request and show the workflow it becomes', booleans: ['json', 'no-approval-gates'] },
  do: { load: async () => (await import('./cli/commands/do.ts')).doCommand, usage: 'do "<request>" [--yes] [--input k=v]... [--dev-services] [--drivers a,b]   plan, confirm, save and run with live progress', booleans: ['yes', 'json', 'dev-services', 'no-approval-gates', 'no-check'] },
  templates: { load: async () => (await import('./cli/commands/templates.ts')).templatesCommand, usage: 'templates [show ID|save FILE|delete ID] [--json]   built-in and saved templates', booleans: ['json'] },
  validate: { load: async () => (await import('./cli/commands/validate.ts')).validateCommand, usage: 'validate FILE [--json]                 report every problem with its JSON path', booleans: ['json'] },
  runs: { load: async () => (await import('./cli/commands/runs.ts')).runsCommand, usage: 'runs [--status S] [--workflow ID] [--json]   list recent runs', booleans: ['json'] },
  show: { load: async () => (await import('./cli/commands/show.ts')).showCommand, usage: 'show RUN [--summary]                    a run in the monitoring (or completion) shape', booleans: ['summary'] },
  logs: { load: async () => (await import('./cli/commands/logs.ts')).logsCommand, usage: 'logs RUN [--follow] [--json]            a run\'s events', booleans: ['follow', 'json'] },
  approve: { load: async () => (await import('./cli/commands/approve.ts')).approveCommand, usage: 'approve RUN STEP [--reject] [--comment TEXT]   decide an approval gate and continue', booleans: ['reject', 'json', 'no-resume'] },
  cancel: { load: async () => (await import('./cli/commands/cancel.ts')).cancelCommand, usage: 'cancel RUN                              cancel a run' },
  resume: { load: async () => (await import('./cli/commands/resume.ts')).resumeCommand, usage: 'resume [RUN]                            finish runs interrupted by a crash', booleans: ['json'] },
  drivers: { load: async () => (await import('./cli/commands/drivers.ts')).driversCommand, usage: 'drivers [NAME] [--json]                 the driver catalogue', booleans: ['json'] },
  serve: { load: async () => (await import('./cli/commands/serve.ts')).serveCommand, usage: 'serve [--host H] [--port N]                the HTTP API and the engine in one process (127.0.0.1:8080)' },
  'dev-services': { load: async () => (await import('./cli/commands/dev-services.ts')).devServicesCommand, usage: 'dev-services [--port-base N]            start fake Asana, Slack, GitHub and an SMTP sink on loopback' },
};

function help(): string {
  return `autoflow — durable workflow automation\n\nUsage: autoflow <command> [options]\n\n${Object.values(commands).map((c) => `  autoflow ${c.usage}`).join('\n')}\n\nData is kept in AUTOFLOW_DATA_DIR (default ./data).`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') { process.stdout.write(`${help()}\n`); return name ? 0 : 64; }
  const cmd = commands[name];
  if (!cmd) { process.stderr.write(`Unknown command '${name}'.${didYouMean(name, Object.keys(commands))}\n\n${help()}\n`); return 64; }
  const args = parseArgs(rest, cmd.booleans);
  const [run, { createCliContext }] = await Promise.all([cmd.load(), import('./cli/context.ts')]);
  const ctx = createCliContext();
  try {
    return await run(ctx, args);
  } catch (err) {
    process.stderr.write(`${errorText(err)}\n`);
    return 1;
  } finally {
    await ctx.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
