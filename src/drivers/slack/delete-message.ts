/**
 * slack.delete_message: chat.delete. Destructive; the undo of send_message and send_dm.
 * A message that is already gone counts as deleted, so a rollback can be repeated.
 */
import { z } from 'zod';
import { defineOperation } from '../define.ts';
import { AutoflowError } from '../../platform/errors.ts';
import { slackCall } from './client.ts';

const input = z
  .object({
    channel: z.string().min(1).describe('ID of the channel holding the message (the channel output of send_message; an ID, not a #name).'),
    message_ts: z.string().min(1).describe('The message_ts output of send_message / send_dm.'),
  })
  .describe('The message to delete.');

const output = z.object({
  channel: z.string().describe('Channel ID.'),
  message_ts: z.string().describe('Timestamp id of the deleted message.'),
  deleted: z.literal(true).describe('Always true: the message no longer exists.'),
  already_deleted: z.boolean().describe('True when Slack reported the message as not found.'),
  status: z.literal('deleted').describe('Always "deleted" when the step succeeds.'),
});

export const deleteMessage = defineOperation({
  description:
    'Delete a Slack message the app posted earlier (by channel ID and message_ts). Destructive: the message disappears for everyone. Use it only when the request asks to delete, remove or ' +
    'retract a Slack message, or to roll back a message sent earlier in the run (it is the undo of send_message and send_dm). Idempotent.',
  keywords: ['slack', 'delete', 'remove', 'retract', 'unsend', 'message', 'rollback', 'undo'],
  examples: [
    'Delete the Slack message we just posted',
    'Retract the announcement in #general',
    'Roll back: remove the Slack notification from step 2',
  ],
  effect: 'destructive',
  idempotent: true,
  outcomes: ['message_deleted'],
  input,
  output,
  async run(args, ctx) {
    const done = { channel: args.channel, message_ts: args.message_ts, deleted: true as const, status: 'deleted' as const };
    try {
      await slackCall(ctx, 'chat.delete', { channel: args.channel, ts: args.message_ts }, { subject: { channel: args.channel, ts: args.message_ts } });
      return { ...done, already_deleted: false };
    } catch (err) {
      if (err instanceof AutoflowError && (err.data.details as { slack_error?: string } | undefined)?.slack_error === 'message_not_found') {
        return { ...done, already_deleted: true };
      }
      throw err;
    }
  },
});
