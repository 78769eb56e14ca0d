/**
 * A small structured logger: JSON lines to stderr (or a sink in tests), level-filtered,
 * every message and field passed through secret redaction before it is written.
 */
import { redact, redactDeep } from './secrets.ts';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

/** Creates a logger writing JSON lines to `sink` (stderr by default) at `level` and above. */
export function createLogger(opts: { level?: LogLevel; sink?: (line: string) => void; base?: Record<string, unknown>; pretty?: boolean } = {}): Logger {
  const level = opts.level ?? ((process.env.AUTOFLOW_LOG_LEVEL as LogLevel) || 'warn');
  const sink = opts.sink ?? ((line: string) => process.stderr.write(`${line}\n`));
  const base = opts.base ?? {};
  const write = (lvl: LogLevel, msg: string, fields?: Record<string, unknown>) => {
    if (order[lvl] < (order[level] ?? 30)) return;
    const all = redactDeep({ ...base, ...fields });
    if (opts.pretty) {
      const extra = Object.entries(all).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join(' ');
      sink(`  ${lvl === 'error' ? '✗' : lvl === 'warn' ? '!' : '·'} ${redact(msg)}${extra ? `  (${extra})` : ''}`);
      return;
    }
    sink(JSON.stringify({ level: lvl, time: new Date().toISOString(), msg: redact(msg), ...all }));
  };
  return {
    debug: (m, f) => write('debug', m, f),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
    child: (fields) => createLogger({ level, sink, pretty: opts.pretty, base: { ...base, ...fields } }),
  };
}

/** A logger that discards everything. */
export const silentLogger: Logger = createLogger({ sink: () => {} });
