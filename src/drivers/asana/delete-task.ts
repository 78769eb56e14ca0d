/**
 * asana.delete_task: DELETE /tasks/{task_gid}. Destructive (Asana keeps deleted tasks in the
 * trash for 30 days); declared as the undo of create_task. A task that is already gone (404)
 * counts as deleted, so a rollback can be repeated safely.
 */
import { z } from 'zod';
import { defineOperation } from '../define.ts';
import { AutoflowError } from '../../platform/errors.ts';
import { asanaClient } from './client.ts';
import { taskIdField } from './task-shape.ts';

const input = z.object({ task_id: taskIdField }).describe('The task to delete.');

const output = z.object({
  task_id: z.string().describe('Gid of the deleted task.'),
  deleted: z.literal(true).describe('Always true: the task no longer exists.'),
  already_deleted: z.boolean().describe('True when Asana reported the task as not found (deleted earlier).'),
  status: z.literal('deleted').describe('Always "deleted" when the step succeeds.'),
});

export const deleteTask = defineOperation({
  description:
    'Delete an Asana task. Destructive: the task, its subtasks and comments go to the trash. Use it only when the request explicitly asks to delete or remove an Asana task, ' +
    'or to roll back a task created earlier in the run (it is the undo of create_task). Idempotent: deleting a task that is already gone succeeds.',
  keywords: ['asana', 'task', 'delete', 'remove', 'trash', 'rollback', 'undo'],
  examples: [
    'Delete the Asana task we just created',
    'Remove Asana task 1204567890123456',
    'Roll back: delete the task created in step 1',
  ],
  effect: 'destructive',
  idempotent: true,
  outcomes: ['task_deleted'],
  input,
  output,
  async run(args, ctx) {
    try {
      await asanaClient(ctx).request({ method: 'DELETE', path: `tasks/${encodeURIComponent(args.task_id)}` });
      return { task_id: args.task_id, deleted: true as const, already_deleted: false, status: 'deleted' as const };
    } catch (err) {
      if (err instanceof AutoflowError && err.data.status === 404) {
        return { task_id: args.task_id, deleted: true as const, already_deleted: true, status: 'deleted' as const };
      }
      throw err;
    }
  },
});
