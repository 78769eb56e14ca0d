/**
 * slack.send_dm: a direct message to one person, by user ID or email. An email is resolved
 * with users.lookupByEmail, the DM is opened with conversations.open, then chat.postMessage.
 *
 * Deviation from the vendor spec snapshot: the 2021 OpenAPI file requires the token as a
 * `token` query parameter on users.lookupByEmail, but Slack refuses query-string tokens for
 * apps created after 2021-02-24 (api.slack.com/changelog/2020-11-no-more-tokens-in-querystrings-
 * for-newly-created-apps). The driver sends it only as a Bearer header, never in a URL.
 */
import { z } from 'zod';
import { defineOperation } from '../define.ts';
import { slackCall } from './client.ts';
import { hasMessageText, messageArgs, messageFields, messageTextRequired } from './message-fields.ts';

const input = z
  .object({
    user: z.string().min(1).describe('Recipient: a Slack user ID (U0123ABCD / W0123ABCD) or the email address of their Slack account.'),
    ...messageFields,
  })
  .refine(hasMessageText, messageTextRequired)
  .describe('Who receives the direct message and what it says.');

const output = z.object({
  message_ts: z.string().describe('Slack timestamp id of the posted message.'),
  channel: z.string().describe('ID of the direct-message conversation (D…).'),
  user_id: z.string().describe('Slack user ID of the recipient.'),
  message_sent: z.literal(true).describe('Always true when the step succeeds.'),
  status: z.literal('sent').describe('Always "sent" when the step succeeds.'),
});

export const sendDm = defineOperation({
  description:
    'Send a private direct message (DM) in Slack to one person, given their Slack user ID or email. Use it to notify a specific person, the requester, an approver or an on-call engineer ' +
    'rather than a channel. Side effect: the person receives a Slack notification. Needs the im:write scope (and users:read.email for emails). Not idempotent. Undo: delete_message.',
  keywords: ['slack', 'dm', 'direct message', 'private', 'message', 'notify', 'tell', 'ping', 'person', 'user', 'email'],
  examples: [
    'DM alice@example.com on Slack that the workflow completed',
    'Send a Slack direct message to U024BE7LH with the approval link',
    'Ping the on-call engineer privately in Slack',
  ],
  effect: 'write',
  idempotent: false,
  outcomes: ['message_sent', 'dm_sent'],
  input,
  output,
  undo: { operation: 'delete_message', input: (_in, out) => ({ channel: out.channel, message_ts: out.message_ts }) },
  async run(args, ctx) {
    const subject = { user: args.user };
    let userId = args.user;
    if (args.user.includes('@')) {
      const found = await slackCall<{ user: { id: string } }>(ctx, 'users.lookupByEmail', { email: args.user }, { http: 'GET', subject });
      userId = found.user.id;
    }
    const opened = await slackCall<{ channel: { id: string } }>(ctx, 'conversations.open', { users: userId }, { subject });
    const channel = opened.channel.id;
    const posted = await slackCall<{ ts: string; channel: string }>(ctx, 'chat.postMessage', { channel, ...messageArgs(args) }, { subject: { channel } });
    return { message_ts: posted.ts, channel: posted.channel, user_id: userId, message_sent: true as const, status: 'sent' as const };
  },
});
