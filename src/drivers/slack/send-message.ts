/**
 * slack.send_message: chat.postMessage to a channel (ID or #name), optionally in a thread.
 * Slack has no idempotency key for chat.postMessage, so a retry after an unclear failure can
 * post twice; undo is delete_message.
 */
import { z } from 'zod';
import { defineOperation } from '../define.ts';
import { slackCall } from './client.ts';
import { hasMessageText, messageArgs, messageFields, messageTextRequired } from './message-fields.ts';

const input = z
  .object({
    channel: z.string().min(1).describe('Channel to post in: an ID (C0123ABCD) or a name ("#dev-team"). The app must be a member of private channels.'),
    ...messageFields,
    thread_ts: z.string().optional().describe('Reply in the thread of this message (its message_ts).'),
  })
  .refine(hasMessageText, messageTextRequired)
  .describe('Where to post and what.');

const output = z.object({
  message_ts: z.string().describe('Slack timestamp id of the posted message; with channel it identifies the message (for threads and delete_message).'),
  channel: z.string().describe('ID of the channel the message was posted in (Slack resolves #names to IDs).'),
  requested_channel: z.string().describe('The channel as given in the input, e.g. "#dev-team".'),
  thread_ts: z.string().nullable().describe('Thread parent ts when posted as a reply, else null.'),
  message_sent: z.literal(true).describe('Always true when the step succeeds.'),
  status: z.literal('sent').describe('Always "sent" when the step succeeds.'),
});

export const sendMessage = defineOperation({
  description:
    'Post a message to a Slack channel (by #name or channel ID), optionally as a thread reply. Use it to notify, alert, tell or update a team or channel in Slack, e.g. ' +
    '"New bug fix task created: {{step_1.task_url}}". parse_mode "markdown" converts Markdown to Slack formatting. Side effect: everyone in the channel sees the message. ' +
    'Not idempotent (Slack has no idempotency key). Undo: delete_message.',
  keywords: ['slack', 'message', 'post', 'send', 'notify', 'notification', 'alert', 'announce', 'channel', 'team', 'chat', 'thread', 'reply'],
  examples: [
    'Notify the team in Slack',
    'Post "Deploy finished" to #dev-team on Slack',
    'Send a Slack message to #alerts with the Asana task link',
    'Reply in the Slack thread with the test results',
  ],
  effect: 'write',
  idempotent: false,
  outcomes: ['message_sent'],
  input,
  output,
  undo: { operation: 'delete_message', input: (_in, out) => ({ channel: out.channel, message_ts: out.message_ts }) },
  async run(args, ctx) {
    const res = await slackCall<{ ts: string; channel: string }>(
      ctx,
      'chat.postMessage',
      { channel: args.channel, ...messageArgs(args), thread_ts: args.thread_ts },
      { subject: { channel: args.channel } },
    );
    return {
      message_ts: res.ts,
      channel: res.channel,
      requested_channel: args.channel,
      thread_ts: args.thread_ts ?? null,
      message_sent: true as const,
      status: 'sent' as const,
    };
  },
});
