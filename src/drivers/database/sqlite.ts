/**
 * Runs one statement on a SQLite file with node:sqlite. Without allow_write the database is
 * opened read-only (so even a statement slipping past the keyword check cannot write).
 * Parameters are always bound, never spliced into the SQL.
 */
import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import { existsSync } from 'node:fs';
import { AutoflowError } from '../../platform/errors.ts';
import { jsonRow, type QueryResult } from './result.ts';

/** A bindable parameter as accepted by the query operation. */
export type SqlParam = string | number | boolean | null;

function bindable(p: SqlParam): SQLInputValue {
  return typeof p === 'boolean' ? (p ? 1 : 0) : p;
}

/** Runs `sql` with `params` on the SQLite database at `path`. */
export function runSqlite(path: string, sql: string, params: SqlParam[], opts: { allowWrite: boolean; maxRows: number }): QueryResult {
  if (path !== ':memory:' && !opts.allowWrite && !existsSync(path)) {
    throw new AutoflowError({ code: 'database_not_found', message: `No SQLite database file at ${path}`, hint: 'Check the url (relative paths are resolved against the Autoflow data directory).' });
  }
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(path, { readOnly: !opts.allowWrite, timeout: 5000 });
  } catch (err) {
    throw sqliteError(err, path);
  }
  try {
    const stmt = db.prepare(sql);
    const values = params.map(bindable);
    const columns = stmt.columns().map((c) => c.name);
    if (columns.length === 0) {
      const r = stmt.run(...values);
      return { rows: [], columns, row_count: 0, truncated: false, changes: Number(r.changes) };
    }
    const rows: Record<string, unknown>[] = [];
    let truncated = false;
    for (const row of stmt.iterate(...values)) {
      if (rows.length >= opts.maxRows) { truncated = true; break; }
      rows.push(jsonRow(row as Record<string, unknown>));
    }
    return { rows, columns, row_count: rows.length, truncated, changes: 0 };
  } catch (err) {
    throw sqliteError(err, path);
  } finally {
    db.close();
  }
}

function sqliteError(err: unknown, path: string): AutoflowError {
  const e = err as Error & { errcode?: number; errstr?: string };
  const primary = (e.errcode ?? 0) & 0xff;
  const busy = primary === 5 || primary === 6; // SQLITE_BUSY, SQLITE_LOCKED
  const readonly = primary === 8; // SQLITE_READONLY
  return new AutoflowError({
    code: busy ? 'database_busy' : readonly ? 'write_not_allowed' : 'query_failed',
    message: `SQLite ${path}: ${e.message}`,
    hint: busy ? 'The database is locked by another writer; the step is retried.'
      : readonly ? 'Set allow_write: true on this step if it is meant to change data.'
      : 'Check the SQL, the table and column names and the number of params.',
    retryable: busy,
  });
}
