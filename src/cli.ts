/**
 * The `autoflow` command line: dispatches to one module per command. Exit codes: 0 success (or
 * waiting for approval), 1 failure, 2 drivers not ready, 64 usage error.
 */
import { parseArgs, type ParsedArgs } from './cli/args.ts';
import { createCliContext, type CliContext } from './cli/context.ts';
import { approveCommand } from './cli/commands/approve.ts';
import { cancelCommand } from './cli/commands/cancel.ts';
import { devServicesCommand } from './cli/commands/dev-services.ts';
import { doCommand } from './cli/commands/do.ts';
import { driversCommand } from './cli/commands/drivers.ts';
import { logsCommand } from './cli/commands/logs.ts';
import { planCommand } from './cli/commands/plan.ts';
import { resumeCommand } from './cli/commands/resume.ts';
import { runCommand } from './cli/commands/run.ts';
import { runsCommand } from './cli/commands/runs.ts';
import { serveCommand } from './cli/commands/serve.ts';
import { showCommand } from './cli/commands/show.ts';
import { templatesCommand } from './cli/commands/templates.ts';
import { validateCommand } from './cli/commands/validate.ts';
import { didYouMean } from './platform/suggest.ts';
import { toErrorData } from './platform/errors.ts';

type Command = { run: (ctx: CliContext, args: ParsedArgs) => Promise<number>; usage: string; booleans?: string[] };

const commands: Record<string, Command> = {
  run: { run: runCommand, usage: 'run FILE [--input k=v]... [--dry-run] [--json] [--no-check] [--dev-services]   validate, check drivers, run with live progress', booleans: ['dry-run', 'json', 'no-check', 'dev-services'] },
  plan: { run: planCommand, usage: 'plan "<request>" [--json] [--catalog FILE]   understand a request and show the workflow it becomes', booleans: ['json', 'no-approval-gates'] },
  do: { run: doCommand, usage: 'do "<request>" [--yes] [--input k=v]... [--dev-services]   plan, confirm, save and run with live progress', booleans: ['yes', 'json', 'dev-services', 'no-approval-gates', 'no-check'] },
  templates: { run: templatesCommand, usage: 'templates [show ID|save FILE|delete ID] [--json]   built-in and saved templates', booleans: ['json'] },
  validate: { run: validateCommand, usage: 'validate FILE [--json]                 report every problem with its JSON path', booleans: ['json'] },
  runs: { run: runsCommand, usage: 'runs [--status S] [--workflow ID] [--json]   list recent runs', booleans: ['json'] },
  show: { run: showCommand, usage: 'show RUN [--summary]                    a run in the monitoring (or completion) shape', booleans: ['summary'] },
  logs: { run: logsCommand, usage: 'logs RUN [--follow] [--json]            a run\'s events', booleans: ['follow', 'json'] },
  approve: { run: approveCommand, usage: 'approve RUN STEP [--reject] [--comment TEXT]   decide an approval gate and continue', booleans: ['reject', 'json', 'no-resume'] },
  cancel: { run: cancelCommand, usage: 'cancel RUN                              cancel a run' },
  resume: { run: resumeCommand, usage: 'resume [RUN]                            finish runs interrupted by a crash', booleans: ['json'] },
  drivers: { run: driversCommand, usage: 'drivers [NAME] [--json]                 the driver catalogue', booleans: ['json'] },
  serve: { run: serveCommand, usage: 'serve [--host H] [--port N]                the HTTP API and the engine in one process (127.0.0.1:8080)' },
  'dev-services': { run: devServicesCommand, usage: 'dev-services [--port-base N]            start fake Asana, Slack, GitHub and an SMTP sink on loopback' },
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
  const ctx = createCliContext();
  try {
    return await cmd.run(ctx, args);
  } catch (err) {
    const e = toErrorData(err);
    process.stderr.write(`✗ ${e.message}${e.hint ? `\n  hint: ${e.hint}` : ''}\n`);
    return 1;
  } finally {
    await ctx.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
