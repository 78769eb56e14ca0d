/**
 * Message input fields shared by send_message and send_dm: `text` (or the seed's `message`)
 * and `parse_mode`, and their translation to chat.postMessage arguments.
 */
import { z } from 'zod';
import { markdownToMrkdwn } from './mrkdwn.ts';

/** Zod fields for the message body. */
export const messageFields = {
  text: z.string().max(40_000).optional().describe('Message text. Slack mrkdwn (*bold*, _italic_, <url|label>) is rendered unless parse_mode is "plain".'),
  message: z.string().max(40_000).optional().describe('Same as text (the seed writes "message"); used when text is absent.'),
  parse_mode: z
    .enum(['markdown', 'mrkdwn', 'plain'])
    .optional()
    .describe('"markdown": convert standard Markdown (**bold**, [label](url), # headings) to Slack mrkdwn; "mrkdwn": text is already Slack mrkdwn; "plain": no formatting.'),
};

/** Refinement: text or message must be present and non-empty. */
export const hasMessageText = (v: { text?: string; message?: string }): boolean => Boolean((v.text || v.message)?.trim());
export const messageTextRequired = { message: 'Give the message in "text" (or "message")', path: ['text'] };

/** chat.postMessage arguments for the message body. */
export function messageArgs(v: { text?: string; message?: string; parse_mode?: 'markdown' | 'mrkdwn' | 'plain' }): { text: string; mrkdwn?: boolean } {
  const text = v.text || v.message || '';
  if (v.parse_mode === 'markdown') return { text: markdownToMrkdwn(text), mrkdwn: true };
  if (v.parse_mode === 'mrkdwn') return { text, mrkdwn: true };
  if (v.parse_mode === 'plain') return { text, mrkdwn: false };
  return { text };
}
