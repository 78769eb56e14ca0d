/**
 * Runs one statement on PostgreSQL with `pg`: a fresh connection per call, inside
 * `BEGIN READ ONLY` unless allow_write, with statement and connect timeouts, ended when the
 * step is cancelled. Parameters are bound ($1, $2, ...), never spliced into the SQL.
 */
import { createRequire } from 'node:module';
import type * as Pg from 'pg';
import { AutoflowError } from '../../platform/errors.ts';
import { jsonRow, type QueryResult } from './result.ts';
import type { SqlParam } from './sqlite.ts';

/** SQLSTATE classes/codes worth retrying: connection trouble, serialization, deadlock, shutdown, too many connections. */
const RETRYABLE = /^(08|40001|40P01|57P0[123]|53300)/;

/** Runs `sql` with `params` on the PostgreSQL database at `url`. */
export async function runPostgres(url: string, label: string, sql: string, params: SqlParam[], opts: { allowWrite: boolean; maxRows: number; signal: AbortSignal }): Promise<QueryResult> {
  const pg = createRequire(import.meta.url)('pg') as typeof Pg; // loaded on first use
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000, statement_timeout: 60_000, query_timeout: 65_000 });
  client.on('error', () => {}); // a dropped connection surfaces through the pending query
  const onAbort = () => { client.end().catch(() => {}); };
  opts.signal.addEventListener('abort', onAbort, { once: true });
  try {
    await client.connect();
    await client.query(opts.allowWrite ? 'BEGIN' : 'BEGIN READ ONLY');
    // The extended protocol runs exactly one statement, so nothing can COMMIT its way out of READ ONLY.
    const r = await client.query({ text: sql, values: params, queryMode: 'extended' } as Pg.QueryConfig);
    await client.query('COMMIT');
    const rows = (r.rows ?? []).slice(0, opts.maxRows).map((row) => jsonRow(row as Record<string, unknown>));
    const isRead = (r.fields ?? []).length > 0;
    return {
      rows,
      columns: (r.fields ?? []).map((f) => f.name),
      row_count: rows.length,
      truncated: (r.rows ?? []).length > opts.maxRows,
      changes: isRead ? 0 : r.rowCount ?? 0,
    };
  } catch (err) {
    if (opts.signal.aborted) throw err;
    const e = err as Error & { code?: string };
    const code = e.code ?? '';
    const network = /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EAI_AGAIN)$/.test(code) || /timeout|terminated/i.test(e.message);
    throw new AutoflowError({
      code: code === '25006' ? 'write_not_allowed' : network ? 'network_error' : 'query_failed',
      message: `${label}: ${e.message}`,
      hint: code === '25006' ? 'Set allow_write: true on this step if it is meant to change data.'
        : network ? 'Check that PostgreSQL is running and reachable.' : 'Check the SQL, the table and column names and the params.',
      retryable: network || RETRYABLE.test(code),
      details: code ? { sqlstate: code } : undefined,
    });
  } finally {
    opts.signal.removeEventListener('abort', onAbort);
    await client.end().catch(() => {});
  }
}
