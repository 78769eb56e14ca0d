/**
 * The Asana driver: create, update, complete, comment on and delete tasks through the Asana
 * REST API (https://app.asana.com/api/1.0, or AUTOFLOW_ASANA_BASE_URL), authenticated with a
 * personal access token. Requests follow Asana's OpenAPI description (bodies wrapped in
 * `{data: …}`, Bearer auth).
 */
import { defineDriver } from '../define.ts';
import { asanaSettings, asanaTokenField } from './client.ts';
import { createTask } from './create-task.ts';
import { updateTask } from './update-task.ts';
import { completeTask } from './complete-task.ts';
import { addComment } from './add-comment.ts';
import { deleteTask } from './delete-task.ts';
import { asanaHealth } from './health.ts';

/** The `asana` driver (also accepted as `asana_driver`). */
export const asanaDriver = defineDriver({
  name: 'asana',
  aliases: ['asana_driver'],
  title: 'Asana',
  description: 'Project management in Asana: create tasks (with assignee, due date and priority noted), update or complete them, comment on them, delete them.',
  keywords: ['asana', 'task', 'project', 'todo', 'ticket', 'work item', 'project management', 'assign'],
  settings: asanaSettings,
  credentials: { kind: 'bearer_token', fields: [asanaTokenField], required: true },
  // Asana's free tier allows 150 requests per minute per token (paid tiers 1500).
  rateLimit: { requests: 150, perMs: 60_000 },
  operations: {
    create_task: createTask,
    update_task: updateTask,
    complete_task: completeTask,
    add_comment: addComment,
    delete_task: deleteTask,
  },
  health: asanaHealth,
});
