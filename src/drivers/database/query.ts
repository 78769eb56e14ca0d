/**
 * database.query: runs one parameterised SQL statement on SQLite or PostgreSQL and returns the
 * rows. Read-only unless allow_write (enforced by the database itself, plus a keyword check).
 */
import { z } from 'zod';
import { defineOperation } from '../define.ts';
import { AutoflowError } from '../../platform/errors.ts';
import { checkSql } from './sql-guard.ts';
import { parseDatabaseUrl } from './connection-url.ts';
import { runSqlite } from './sqlite.ts';
import { runPostgres } from './postgres.ts';
import { MAX_ROWS } from './result.ts';

const input = z.object({
  sql: z.string().min(1).describe('One SQL statement; use ? (SQLite) or $1, $2 (PostgreSQL) placeholders for values.'),
  params: z.array(z.union([z.string(), z.number(), z.boolean(), z.null()])).default([])
    .describe('Values bound to the placeholders in order (never spliced into the SQL).'),
  url: z.string().min(1).optional()
    .describe('Database: a SQLite file path or sqlite:/path.db URL, or a postgres:// URL. Defaults to AUTOFLOW_DATABASE_URL.'),
  allow_write: z.boolean().default(false)
    .describe('Allow INSERT/UPDATE/DELETE/DDL. When false the database is opened read-only and only SELECT/WITH/EXPLAIN/VALUES run.'),
  max_rows: z.number().int().min(1).max(MAX_ROWS).default(MAX_ROWS).describe('Most rows to return; more set truncated.'),
});

const output = z.object({
  rows: z.array(z.record(z.string(), z.unknown())).describe('Result rows as objects keyed by column name.'),
  row_count: z.number().int().describe('Number of rows returned.'),
  columns: z.array(z.string()).describe('Column names in order.'),
  truncated: z.boolean().describe('True when more rows existed than max_rows.'),
  changes: z.number().int().describe('Rows inserted, updated or deleted by a write statement (0 for reads).'),
});

/** Runs one SQL statement. */
export const query = defineOperation({
  description: 'Runs a SQL query against a SQLite or PostgreSQL database and returns the rows. Use it to look up records, count things, '
    + 'or check data before deciding what to do. Read-only by default (SELECT/WITH/EXPLAIN); with allow_write: true it can insert, '
    + `update or delete data, which changes the database. Values go in params, bound safely. At most ${MAX_ROWS} rows are returned.`,
  keywords: ['database', 'sql', 'query', 'select', 'sqlite', 'postgres', 'postgresql', 'db', 'table', 'records', 'rows', 'lookup', 'count', 'insert'],
  examples: [
    'Query the orders table for orders placed today',
    'Count open tickets in the support database',
    'Look up the customer with email jane@example.com in PostgreSQL',
  ],
  effect: 'write',
  idempotent: false,
  outcomes: ['query_executed'],
  input,
  output,
  async run(inp, ctx) {
    const raw = inp.url ?? ctx.credentials.url;
    if (!raw) {
      throw new AutoflowError({ code: 'missing_database_url', message: 'No database given: the step has no url and AUTOFLOW_DATABASE_URL is not set', hint: 'Set url on the step or AUTOFLOW_DATABASE_URL.' });
    }
    const target = parseDatabaseUrl(raw, ctx.dataDir);
    checkSql(inp.sql, inp.allow_write);
    const opts = { allowWrite: inp.allow_write, maxRows: inp.max_rows };
    return target.kind === 'sqlite'
      ? runSqlite(target.path, inp.sql, inp.params, opts)
      : runPostgres(target.url, target.label, inp.sql, inp.params, { ...opts, signal: ctx.signal });
  },
});
