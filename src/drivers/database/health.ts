/**
 * Health check of the database driver: `SELECT 1` on AUTOFLOW_DATABASE_URL when it is set.
 */
import type { DriverContext, HealthResult } from '../define.ts';
import { toErrorData } from '../../platform/errors.ts';
import { query } from './query.ts';

/** Connects to the default database, if one is configured. */
export async function databaseHealth(ctx: DriverContext): Promise<HealthResult> {
  if (!ctx.credentials.url) return { ok: true, details: { database_connection: 'not_configured' }, message: 'No AUTOFLOW_DATABASE_URL; each step must give its url.' };
  try {
    await query.run({ sql: 'SELECT 1', params: [], allow_write: false, max_rows: 1 }, ctx);
    return { ok: true, details: { database_connection: 'established' } };
  } catch (err) {
    return { ok: false, details: { database_connection: 'failed' }, message: toErrorData(err).message };
  }
}
