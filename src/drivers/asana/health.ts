/** Asana health check: GET /users/me proves the base URL answers and the token is accepted. */
import type { DriverContext, HealthResult } from '../define.ts';
import { healthFailure } from '../http-client.ts';
import { asanaClient } from './client.ts';

/** Calls /users/me and reports credentials and API status. */
export async function asanaHealth(ctx: DriverContext): Promise<HealthResult> {
  try {
    const res = await asanaClient(ctx).request<{ data?: { name?: string } }>({ path: 'users/me', query: { opt_fields: ['name', 'email'] } });
    const user = res.body?.data?.name ?? 'unknown';
    return { ok: true, details: { credentials: 'valid', api_status: 'healthy', rate_limit: 'within_limits', user }, message: `Authenticated to Asana as ${user}` };
  } catch (err) {
    return healthFailure(err);
  }
}
