/**
 * Interprets the `url` of a database step: SQLite (a file path, `sqlite:` / `file:` URL or
 * `:memory:`) or PostgreSQL (`postgres://`, `postgresql://`). Relative SQLite paths are
 * resolved against the data directory. PostgreSQL passwords are registered for redaction.
 */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AutoflowError } from '../../platform/errors.ts';
import { maskUrlPassword, registerSecret } from '../../platform/secrets.ts';

/** Where a query goes. `label` is safe to show (no password). */
export type DatabaseTarget =
  | { kind: 'sqlite'; path: string; label: string }
  | { kind: 'postgres'; url: string; label: string };

/** Resolves a database URL or path to a target. */
export function parseDatabaseUrl(raw: string, dataDir: string): DatabaseTarget {
  const url = raw.trim();
  if (/^postgres(ql)?:\/\//i.test(url)) {
    let label = maskUrlPassword(url);
    try {
      const u = new URL(url);
      registerSecret(decodeURIComponent(u.password));
      label = `PostgreSQL ${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
    } catch {
      throw new AutoflowError({ code: 'invalid_database_url', message: `Not a valid PostgreSQL URL: ${maskUrlPassword(url)}`, hint: 'Use postgres://user:password@host:5432/dbname.' });
    }
    return { kind: 'postgres', url, label };
  }
  let path: string;
  if (url === ':memory:' || /^sqlite::memory:$/i.test(url)) path = ':memory:';
  else if (/^file:/i.test(url)) path = fileURLToPath(url);
  else if (/^sqlite:/i.test(url)) path = url.replace(/^sqlite:(\/\/)?/i, '');
  else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    throw new AutoflowError({ code: 'unsupported_database', message: `Unsupported database URL ${maskUrlPassword(url)}`, hint: 'Use a SQLite file path (or sqlite:/path.db) or a postgres:// URL.' });
  } else path = url;
  if (!path) throw new AutoflowError({ code: 'invalid_database_url', message: `No SQLite file path in "${url}"`, hint: 'Use e.g. sqlite:/data/app.db or a plain file path.' });
  if (path !== ':memory:' && !isAbsolute(path)) path = resolve(dataDir, path);
  return { kind: 'sqlite', path, label: `SQLite ${path}` };
}
