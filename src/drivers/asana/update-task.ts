/**
 * asana.update_task: PUT /tasks/{task_gid} with only the fields given (name, notes, assignee,
 * due date, completed). Priority cannot be changed here: Asana has no priority field.
 */
import { z } from 'zod';
import { defineOperation } from '../define.ts';
import { asanaClient } from './client.ts';
import { TASK_OPT_FIELDS, taskIdField, taskOutput, taskOutputFields, unwrapTask } from './task-shape.ts';

const input = z
  .object({
    task_id: taskIdField,
    name: z.string().min(1).max(1024).optional().describe('New task title.'),
    description: z.string().optional().describe('New task description (replaces the notes).'),
    assignee: z.string().nullable().optional().describe('New assignee: "me", an email or a user gid; null unassigns.'),
    due_date: z.iso.date().nullable().optional().describe('New due date, YYYY-MM-DD; null clears it.'),
    completed: z.boolean().optional().describe('true marks the task complete, false reopens it.'),
  })
  .refine((v) => ['name', 'description', 'assignee', 'due_date', 'completed'].some((k) => k in v && v[k as keyof typeof v] !== undefined), {
    message: 'Give at least one field to change: name, description, assignee, due_date or completed',
  })
  .describe('The task and the fields to change.');

const output = z.object({
  ...taskOutputFields,
  status: z.literal('updated').describe('Always "updated" when the step succeeds.'),
});

export const updateTask = defineOperation({
  description:
    'Change an existing Asana task: rename it, replace its description, reassign it, move its due date, or mark it complete/incomplete. ' +
    'Use it when the request refers to a task that already exists (by its task_id, often {{step_1.task_id}}). Side effect: the task changes in Asana and watchers may be notified. ' +
    'Idempotent: sending the same change twice leaves the same task.',
  keywords: ['asana', 'task', 'update', 'edit', 'change', 'rename', 'reassign', 'due date', 'reschedule', 'reopen'],
  examples: [
    'Rename the Asana task to "Fix login timeout"',
    'Reassign the Asana task to alice@example.com',
    'Move the due date of the Asana task to 2025-08-01',
  ],
  effect: 'write',
  idempotent: true,
  outcomes: ['task_updated'],
  input,
  output,
  async run(args, ctx) {
    const data: Record<string, unknown> = {};
    if (args.name !== undefined) data.name = args.name;
    if (args.description !== undefined) data.notes = args.description;
    if (args.assignee !== undefined) data.assignee = args.assignee;
    if (args.due_date !== undefined) data.due_on = args.due_date;
    if (args.completed !== undefined) data.completed = args.completed;
    const res = await asanaClient(ctx).request({
      method: 'PUT',
      path: `tasks/${encodeURIComponent(args.task_id)}`,
      query: { opt_fields: TASK_OPT_FIELDS },
      json: { data },
    });
    return { ...taskOutput(unwrapTask(res.body)), status: 'updated' as const };
  },
});
