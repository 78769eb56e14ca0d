/** GitHub health check: GET /user proves the token works and reports the remaining rate limit. */
import type { DriverContext, HealthResult } from '../define.ts';
import { healthFailure } from '../http-client.ts';
import { githubClient } from './client.ts';

/** Calls /user and reports credentials, API status and rate-limit headroom. */
export async function githubHealth(ctx: DriverContext): Promise<HealthResult> {
  try {
    const res = await githubClient(ctx).request<{ login?: string }>({ path: 'user' });
    const remaining = res.headers.get('x-ratelimit-remaining');
    const rate_limit = remaining === null ? 'unknown' : Number(remaining) > 0 ? 'within_limits' : 'exhausted';
    const login = res.body?.login ?? 'unknown';
    return { ok: true, details: { credentials: 'valid', api_status: 'healthy', rate_limit, user: login }, message: `Authenticated to GitHub as ${login}` };
  } catch (err) {
    return healthFailure(err);
  }
}
