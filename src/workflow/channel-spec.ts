/**
 * Notification channel specs, as used by `error_handling.notification_channel` and the notify
 * driver: `#alerts` or `slack:#alerts` (a Slack channel), `slack:@user` / `slack:U123` (a Slack
 * DM), `email:ops@example.com` (an email).
 */

export type ChannelTarget =
  | { via: 'slack'; channel: string }
  | { via: 'slack_dm'; user: string }
  | { via: 'email'; to: string };

const emailRe = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Parses a channel spec, or explains which forms are accepted. */
export function parseChannelSpec(spec: string): ChannelTarget | { error: string; hint: string } {
  const s = spec.trim();
  const hint = 'Use "#alerts", "slack:#alerts", "slack:@user", "slack:U0123ABC" or "email:ops@example.com".';
  if (s.startsWith('#')) return s.length > 1 ? { via: 'slack', channel: s } : { error: 'Empty Slack channel name.', hint };
  const m = /^([a-z]+):(.+)$/i.exec(s);
  if (!m) {
    if (emailRe.test(s)) return { via: 'email', to: s };
    return { error: `'${spec}' is not a channel spec.`, hint };
  }
  const [, via, target] = m;
  switch (via.toLowerCase()) {
    case 'slack':
      if (target.startsWith('@')) return { via: 'slack_dm', user: target.slice(1) };
      if (/^[UW][A-Z0-9]{6,}$/.test(target)) return { via: 'slack_dm', user: target };
      return { via: 'slack', channel: target };
    case 'email':
    case 'mailto':
      return emailRe.test(target) ? { via: 'email', to: target } : { error: `'${target}' is not an email address.`, hint };
    default:
      return { error: `Unknown channel type '${via}'.`, hint };
  }
}
