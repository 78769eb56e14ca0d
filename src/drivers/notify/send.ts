/**
 * notify.send: delivers a short notification to a channel spec by calling the slack or email
 * driver (ctx.call), so delivery, credentials and retries stay in those drivers.
 */
import { z } from 'zod';
import { defineOperation } from '../define.ts';
import { ACCEPTED_FORMS, parseChannel } from './channel-spec.ts';

const input = z.object({
  channel: z.string().min(1).describe(`Where to send it: ${ACCEPTED_FORMS.join(', ')}. A bare #name is a Slack channel.`),
  message: z.string().min(1).describe('The notification text.'),
  subject: z.string().optional().describe('Optional subject: the email subject, or a bold first line in Slack. Defaults to the first line of the message for email.'),
});

const output = z.object({
  delivered_via: z.enum(['slack', 'email']).describe('Which service delivered it.'),
  target: z.string().describe('The channel, user or addresses it went to.'),
  operation: z.string().describe('The driver operation used, e.g. slack.send_message.'),
  result: z.record(z.string(), z.unknown()).describe('The result of that operation (e.g. message_ts, or message_id and recipients).'),
});

/** The email subject when none is given: the first line of the message, shortened. */
function defaultSubject(message: string): string {
  const first = message.trim().split('\n')[0].trim();
  return first.length > 78 ? `${first.slice(0, 77)}…` : first;
}

/** Sends a notification through Slack or email. */
export const send = defineOperation({
  description: 'Sends a short notification to a team channel or person, choosing Slack or email from the channel spec '
    + '("#alerts", "slack:@alice", "email:ops@example.com"). Use it for alerts, completion notices and failure reports when the '
    + 'destination is given as one channel string (e.g. a workflow\'s notification_channel). Side effect: people are notified.',
  keywords: ['notify', 'notification', 'alert', 'tell', 'inform', 'announce', 'channel', 'slack', 'email', 'page'],
  examples: [
    'Notify #alerts that the deployment failed',
    'Send a notification to email:ops@example.com that the backup finished',
    'Alert slack:@oncall about the failed health check',
  ],
  effect: 'write',
  idempotent: false,
  outcomes: ['notification_sent'],
  input,
  output,
  async run({ channel, message, subject }, ctx) {
    const target = parseChannel(channel);
    if (target.via === 'email') {
      const result = await ctx.call('email', 'send_email', { to: target.to, subject: subject || defaultSubject(message), body: message });
      return { delivered_via: 'email' as const, target: target.to, operation: 'email.send_email', result };
    }
    const text = subject ? `*${subject}*\n${message}` : message;
    if (target.operation === 'send_message') {
      const result = await ctx.call('slack', 'send_message', { channel: target.channel, text });
      return { delivered_via: 'slack' as const, target: target.channel, operation: 'slack.send_message', result };
    }
    const result = await ctx.call('slack', 'send_dm', { user: target.user, text });
    return { delivered_via: 'slack' as const, target: target.user, operation: 'slack.send_dm', result };
  },
});
