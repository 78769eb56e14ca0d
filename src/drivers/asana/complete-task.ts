/**
 * asana.complete_task: marks a task done (PUT /tasks/{task_gid} with `completed: true`).
 * Undo reopens it through update_task.
 */
import { z } from 'zod';
import { defineOperation } from '../define.ts';
import { asanaClient } from './client.ts';
import { TASK_OPT_FIELDS, taskIdField, taskOutput, taskOutputFields, unwrapTask } from './task-shape.ts';

const input = z.object({ task_id: taskIdField }).describe('The task to mark complete.');

const output = z.object({
  ...taskOutputFields,
  status: z.literal('completed').describe('Always "completed" when the step succeeds.'),
});

export const completeTask = defineOperation({
  description:
    'Mark an existing Asana task as complete (done). Use it when the request says to complete, close, finish, resolve or check off an Asana task. ' +
    'Side effect: the task shows as completed and followers may be notified. Idempotent. Undo: update_task with completed=false.',
  keywords: ['asana', 'task', 'complete', 'done', 'finish', 'close', 'resolve', 'check off', 'mark'],
  examples: [
    'Mark the Asana task as done',
    'Complete Asana task 1204567890123456',
    'Close the bug fix task in Asana once the deploy succeeded',
  ],
  effect: 'write',
  idempotent: true,
  outcomes: ['task_completed'],
  input,
  output,
  undo: { operation: 'update_task', input: (_in, out) => ({ task_id: out.task_id, completed: false }) },
  async run(args, ctx) {
    const res = await asanaClient(ctx).request({
      method: 'PUT',
      path: `tasks/${encodeURIComponent(args.task_id)}`,
      query: { opt_fields: TASK_OPT_FIELDS },
      json: { data: { completed: true } },
    });
    return { ...taskOutput(unwrapTask(res.body)), status: 'completed' as const };
  },
});
