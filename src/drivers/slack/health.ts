/** Slack health check: auth.test proves the base URL answers and the token is valid. */
import type { DriverContext, HealthResult } from '../define.ts';
import { healthFailure } from '../http-client.ts';
import { slackCall } from './client.ts';

/** Calls auth.test and reports credentials and API status. */
export async function slackHealth(ctx: DriverContext): Promise<HealthResult> {
  try {
    const res = await slackCall<{ team?: string; user?: string }>(ctx, 'auth.test', {}, { http: 'GET' });
    return {
      ok: true,
      details: { credentials: 'valid', api_status: 'healthy', rate_limit: 'within_limits', team: res.team ?? 'unknown', user: res.user ?? 'unknown' },
      message: `Authenticated to Slack workspace ${res.team ?? '?'} as ${res.user ?? '?'}`,
    };
  } catch (err) {
    return healthFailure(err);
  }
}
