/**
 * Notification channel specs: `slack:#alerts` / `#alerts` (a Slack channel), `slack:C0123ABCD`
 * (a channel ID), `slack:@name` / `slack:U0123ABCD` / `slack:alice@x.com` (a Slack DM),
 * `email:ops@x.com[,more]` or a bare e-mail address (an email). Anything else is refused with
 * the accepted forms.
 */
import { AutoflowError } from '../../platform/errors.ts';

/** Where a notification goes and through which driver operation. */
export type ChannelTarget =
  | { via: 'slack'; driver: 'slack'; operation: 'send_message'; channel: string }
  | { via: 'slack'; driver: 'slack'; operation: 'send_dm'; user: string }
  | { via: 'email'; driver: 'email'; operation: 'send_email'; to: string };

/** The accepted forms, for error messages and descriptions. */
export const ACCEPTED_FORMS = ['#channel', 'slack:#channel', 'slack:C0123ABCD', 'slack:@user', 'slack:U0123ABCD', 'slack:person@example.com', 'email:ops@example.com', 'ops@example.com'];

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;
const EMAIL_LIST = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+(\s*[,;]\s*[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+)*$/;

function invalid(spec: string, why: string): AutoflowError {
  return new AutoflowError({
    code: 'invalid_channel',
    message: `Invalid notification channel "${spec}": ${why}. Accepted forms: ${ACCEPTED_FORMS.join(', ')}`,
    hint: 'Use e.g. "#alerts" for a Slack channel or "email:ops@example.com" for an email.',
  });
}

/** Parses a channel spec; throws `invalid_channel` listing the accepted forms. */
export function parseChannel(spec: string): ChannelTarget {
  const s = spec.trim();
  const m = /^([a-z][\w+.-]*):(.*)$/i.exec(s);
  const scheme = m?.[1].toLowerCase();
  const rest = m ? m[2].trim() : s;
  if (!scheme) {
    if (/^#[\w.-]+$/.test(rest)) return { via: 'slack', driver: 'slack', operation: 'send_message', channel: rest };
    if (EMAIL_LIST.test(rest)) return { via: 'email', driver: 'email', operation: 'send_email', to: rest };
    throw invalid(spec, rest ? 'not a recognised channel' : 'it is empty');
  }
  if (scheme === 'slack') {
    if (/^#[\w.-]+$/.test(rest)) return { via: 'slack', driver: 'slack', operation: 'send_message', channel: rest };
    if (/^[CG][A-Z0-9]{6,}$/.test(rest)) return { via: 'slack', driver: 'slack', operation: 'send_message', channel: rest };
    if (/^[UW][A-Z0-9]{6,}$/.test(rest) || EMAIL.test(rest)) return { via: 'slack', driver: 'slack', operation: 'send_dm', user: rest };
    if (/^@[\w.-]+$/.test(rest)) return { via: 'slack', driver: 'slack', operation: 'send_dm', user: rest.slice(1) };
    throw invalid(spec, 'after "slack:" give #channel, a channel ID, @user, a user ID or an e-mail address');
  }
  if (scheme === 'email' || scheme === 'mail') {
    if (EMAIL_LIST.test(rest)) return { via: 'email', driver: 'email', operation: 'send_email', to: rest };
    throw invalid(spec, 'after "email:" give one or more e-mail addresses');
  }
  throw invalid(spec, `unknown channel type "${scheme}"`);
}
