/**
 * The notify driver: one "send a notification to <channel spec>" operation on top of the
 * slack and email drivers. Used by the engine for rollback_and_notify notifications.
 */
import { defineDriver } from '../define.ts';
import { send } from './send.ts';

/** Channel-spec notifications via Slack or email. */
export const notifyDriver = defineDriver({
  name: 'notify',
  aliases: ['notify_driver', 'notification', 'notifications', 'alert'],
  title: 'Notification',
  description: 'Sends a notification to a channel spec (#alerts, slack:@user, email:ops@example.com) through the Slack or email driver.',
  keywords: ['notify', 'notification', 'alert', 'slack', 'email'],
  credentials: { kind: 'none', fields: [], required: false },
  operations: { send },
});
