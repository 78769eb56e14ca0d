/**
 * Slack's error answers: Slack reports most failures as HTTP 200 with `{ok: false, error}`.
 * This maps the error strings to AutoflowErrors with retry intent and a hint that names
 * the fix (token, scope, channel membership, …).
 */
import { AutoflowError, type ErrorData } from '../../platform/errors.ts';

/** What the failed call was about, for readable messages. */
export interface SlackErrorSubject {
  channel?: string;
  user?: string;
  ts?: string;
}

const credentialErrors = new Set(['not_authed', 'invalid_auth', 'account_inactive', 'token_revoked', 'token_expired', 'not_allowed_token_type']);
const transientErrors = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'ekm_access_denied']);

/** Builds the AutoflowError for a Slack `{ok: false}` answer (or an unreadable one). */
export function slackError(
  method: string,
  body: ({ error?: string; needed?: unknown } & Record<string, unknown>) | undefined,
  headers: Headers,
  subject: SlackErrorSubject = {},
  scrub: (text: string) => string = (t) => t,
): AutoflowError {
  const error = typeof body?.error === 'string' ? body.error : 'invalid_response';
  const data = describe(method, error, body, headers, subject);
  return new AutoflowError({ ...data, message: scrub(data.message), details: { slack_error: error, method } });
}

function describe(method: string, error: string, body: { needed?: unknown } | undefined, headers: Headers, s: SlackErrorSubject): ErrorData {
  const base = { message: `Slack ${method} failed: ${error}`, retryable: false };
  if (error === 'ratelimited' || error === 'rate_limited') {
    const secs = Number(headers.get('retry-after'));
    return { ...base, code: 'rate_limited', retryable: true, retryAfterMs: Number.isFinite(secs) && secs > 0 ? secs * 1000 : undefined, hint: 'Slack is rate limiting; the step is retried after the requested delay.' };
  }
  if (credentialErrors.has(error)) {
    return { ...base, code: 'credentials_invalid', hint: 'Slack rejected the token: set AUTOFLOW_SLACK_TOKEN to a valid bot token (xoxb-…) for an installed app.' };
  }
  if (error === 'missing_scope' || error === 'no_permission') {
    const needed = typeof body?.needed === 'string' ? ` (needs ${body.needed})` : '';
    return { ...base, code: 'permission_denied', hint: `Add the missing OAuth scope to the Slack app${needed} and reinstall it.` };
  }
  if (error === 'channel_not_found') {
    return { ...base, code: 'not_found', message: `Slack channel ${s.channel ? `"${s.channel}" ` : ''}was not found`, hint: 'Use the channel ID (C…) or check the name; private channels are only visible after the app is invited (/invite @yourapp).' };
  }
  if (error === 'not_in_channel') {
    return { ...base, code: 'permission_denied', message: `The Slack app is not a member of channel ${s.channel ?? ''}`.trim(), hint: 'Invite the app to the channel (/invite @yourapp) or give it the chat:write.public scope.' };
  }
  if (error === 'is_archived') return { ...base, code: 'upstream_rejected', message: `Slack channel ${s.channel ?? ''} is archived`.trim(), hint: 'Unarchive the channel or post to another one.' };
  if (error === 'users_not_found' || error === 'user_not_found') {
    return { ...base, code: 'not_found', message: `No Slack user ${s.user ? `"${s.user}" ` : ''}was found`, hint: 'Check the email address or user ID (U…); looking up by email needs the users:read.email scope.' };
  }
  if (error === 'message_not_found') return { ...base, code: 'not_found', message: `Slack message ${s.ts ?? ''} was not found`.trim(), hint: 'Check channel (an ID, not a name) and message_ts.' };
  if (error === 'msg_too_long' || error === 'no_text') return { ...base, code: 'invalid_input', hint: 'Send a non-empty message of at most 40,000 characters.' };
  if (transientErrors.has(error)) return { ...base, code: 'upstream_error', retryable: true, hint: 'Slack had a temporary problem; the step is retried per its retry policy.' };
  if (error === 'invalid_response') return { ...base, code: 'upstream_invalid_response', message: `Slack ${method} answered without {ok: true}` };
  return { ...base, code: 'upstream_rejected', hint: `See https://api.slack.com/methods/${method} for the meaning of "${error}".` };
}
