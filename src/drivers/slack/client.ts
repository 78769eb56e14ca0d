/**
 * Slack Web API connection: the settings and credential the driver reads and `slackCall`,
 * which calls one method the way Slack's OpenAPI description declares it (form-encoded POST
 * or GET with query, Bearer token, plus the `token` header parameter the spec requires) and
 * turns Slack's HTTP-200 `{ok: false, error}` answers into AutoflowErrors.
 */
import type { DriverContext, FieldSpec } from '../define.ts';
import { createHttpClient } from '../http-client.ts';
import { slackError, type SlackErrorSubject } from './errors.ts';

export const SLACK_DEFAULT_BASE_URL = 'https://slack.com/api';

/** Non-secret settings: the API base URL. */
export const slackSettings: FieldSpec[] = [
  { name: 'base_url', env: 'AUTOFLOW_SLACK_BASE_URL', description: 'Slack Web API base URL (point it at a local fake for tests).', default: SLACK_DEFAULT_BASE_URL },
];

/** The bot (xoxb-) or user (xoxp-) token. */
export const slackTokenField: FieldSpec = {
  name: 'token',
  env: 'AUTOFLOW_SLACK_TOKEN',
  description: 'Slack bot token (xoxb-…) with chat:write; im:write and users:read.email for direct messages by email.',
};

/** A Web API method's arguments (undefined values are not sent). */
export type SlackParams = Record<string, string | number | boolean | undefined>;

/** Calls a Slack Web API method and returns its `{ok: true, …}` body, or throws. */
export async function slackCall<T extends object>(
  ctx: Pick<DriverContext, 'fetch' | 'signal' | 'settings' | 'credentials'>,
  method: string,
  params: SlackParams,
  opts: { http?: 'GET' | 'POST'; subject?: SlackErrorSubject } = {},
): Promise<T & { ok: true }> {
  const token = ctx.credentials.token;
  const client = createHttpClient(ctx, {
    service: 'Slack',
    baseUrl: ctx.settings.base_url || SLACK_DEFAULT_BASE_URL,
    baseUrlEnv: 'AUTOFLOW_SLACK_BASE_URL',
    token,
    tokenEnv: slackTokenField.env,
    // Slack's OpenAPI description declares a `token` header parameter besides OAuth; Slack ignores it.
    headers: token ? { token } : {},
    errorText: (body) => (body as { error?: string } | undefined)?.error,
  });
  const res = (opts.http ?? 'POST') === 'GET'
    ? await client.request({ method: 'GET', path: method, query: params })
    : await client.request({ method: 'POST', path: method, form: params });
  const body = res.body as ({ ok?: boolean; error?: string } & Record<string, unknown>) | undefined;
  if (!body || body.ok !== true) throw slackError(method, body, res.headers, opts.subject, client.scrub);
  return body as T & { ok: true };
}
