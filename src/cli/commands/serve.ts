/**
 * `autoflow serve [--host H] [--port N] [--data-dir D] [--max-body-bytes N] [--rate-limit N]`:
 * the HTTP API with the engine in one process (see src/server/serve.ts). Runs until SIGTERM or
 * SIGINT, then drains and exits 0.
 */
import { loadServerConfig } from '../../server/config.ts';
import { startServer } from '../../server/serve.ts';
import { flag, type ParsedArgs } from '../args.ts';
import type { CliContext } from '../context.ts';

export async function serveCommand(ctx: CliContext, args: ParsedArgs): Promise<number> {
  const config = loadServerConfig(process.env, { host: flag(args, 'host'), port: flag(args, 'port'), 'data-dir': flag(args, 'data-dir') ?? ctx.dataDir, 'max-body-bytes': flag(args, 'max-body-bytes'), 'rate-limit': flag(args, 'rate-limit') });
  const server = await startServer(config, { out: ctx.out });
  await new Promise<void>((resolve) => {
    const stop = (sig: string) => { void server.shutdown(sig).then(resolve, resolve); };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  return 0;
}
