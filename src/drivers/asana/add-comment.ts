/**
 * asana.add_comment: POST /tasks/{task_gid}/stories with `{data: {text}}`, i.e. a comment
 * on the task's activity feed.
 */
import { z } from 'zod';
import { defineOperation } from '../define.ts';
import { AutoflowError } from '../../platform/errors.ts';
import { asanaClient } from './client.ts';
import { taskIdField } from './task-shape.ts';

const input = z
  .object({
    task_id: taskIdField,
    text: z.string().min(1).describe('Comment text (plain text; @-mentions are not resolved).'),
  })
  .describe('The task and the comment to add.');

const output = z.object({
  comment_id: z.string().describe('Gid of the new story (comment).'),
  task_id: z.string().describe('Gid of the task commented on.'),
  text: z.string().describe('The comment text as stored.'),
  created_at: z.string().nullable().describe('When Asana recorded the comment (ISO 8601), when returned.'),
  status: z.literal('commented').describe('Always "commented" when the step succeeds.'),
});

export const addComment = defineOperation({
  description:
    'Add a comment to an existing Asana task (a story in its activity feed). Use it to post a status update, note, link or result on a task, e.g. "deployed in {{step_3.url}}". ' +
    'Side effect: the comment is visible to everyone on the task and followers are notified. Not idempotent: a retry can post the comment twice.',
  keywords: ['asana', 'comment', 'note', 'reply', 'update', 'story', 'status', 'task'],
  examples: [
    'Comment on the Asana task that the fix is deployed',
    'Add a note to Asana task 1204567890123456 with the incident link',
    'Post the test results as a comment on the Asana task',
  ],
  effect: 'write',
  idempotent: false,
  outcomes: ['comment_added'],
  input,
  output,
  async run(args, ctx) {
    const res = await asanaClient(ctx).request({
      method: 'POST',
      path: `tasks/${encodeURIComponent(args.task_id)}/stories`,
      query: { opt_fields: ['text', 'created_at'] },
      json: { data: { text: args.text } },
    });
    const story = (res.body as { data?: { gid?: string; text?: string; created_at?: string } } | undefined)?.data;
    if (!story?.gid) throw new AutoflowError({ code: 'upstream_invalid_response', message: 'Asana answered without a story record (`data.gid` missing)' });
    return { comment_id: story.gid, task_id: args.task_id, text: story.text ?? args.text, created_at: story.created_at ?? null, status: 'commented' as const };
  },
});
