/**
 * The Slack driver: channel messages, direct messages and message deletion through the Slack
 * Web API (https://slack.com/api, or AUTOFLOW_SLACK_BASE_URL) with a bot token. Requests follow
 * Slack's OpenAPI description: form-encoded POSTs, Bearer auth.
 */
import { defineDriver } from '../define.ts';
import { slackSettings, slackTokenField } from './client.ts';
import { sendMessage } from './send-message.ts';
import { sendDm } from './send-dm.ts';
import { deleteMessage } from './delete-message.ts';
import { slackHealth } from './health.ts';

/** The `slack` driver (also accepted as `slack_driver`). */
export const slackDriver = defineDriver({
  name: 'slack',
  aliases: ['slack_driver'],
  title: 'Slack',
  description: 'Team chat in Slack: post messages to channels and threads, send direct messages to people, delete messages.',
  keywords: ['slack', 'message', 'chat', 'channel', 'notify', 'notification', 'team', 'dm', 'alert'],
  settings: slackSettings,
  credentials: { kind: 'bearer_token', fields: [slackTokenField], required: true },
  // chat.postMessage allows about 1 message per second per channel; Tier 3 methods ~50/min.
  // 50 per minute per token keeps every method used here within its limit.
  rateLimit: { requests: 50, perMs: 60_000 },
  operations: {
    send_message: sendMessage,
    send_dm: sendDm,
    delete_message: deleteMessage,
  },
  health: slackHealth,
});
