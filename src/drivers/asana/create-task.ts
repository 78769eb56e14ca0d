/**
 * asana.create_task: POST /tasks. Asana has no built-in priority field (priority is a
 * per-project custom field there), so the requested priority is written as a "Priority: …"
 * line in the task notes and returned in the output. Asana assigns tasks to one user; an
 * assignee that is not "me", an email or a user gid (e.g. the seed's "developer_team") is
 * recorded in the notes and output and the task is left unassigned rather than failing.
 * `project` takes a project gid or name; a name is looked up in the workspace (find-project.ts).
 */
import { z } from 'zod';
import { defineOperation } from '../define.ts';
import { AutoflowError } from '../../platform/errors.ts';
import { asanaClient } from './client.ts';
import { resolveProject } from './find-project.ts';
import { isAsanaUserRef, TASK_OPT_FIELDS, taskOutput, taskOutputFields, unwrapTask } from './task-shape.ts';

/** Task priorities the driver records (in notes and output). */
export const PRIORITIES = ['low', 'medium', 'high', 'urgent'] as const;

const input = z
  .object({
    name: z.string().min(1).max(1024).describe('Task title, a short sentence, e.g. "Bug fix - Database connection timeout".'),
    description: z.string().optional().describe('Longer task description; stored as the task notes.'),
    priority: z.enum(PRIORITIES).optional().describe('Priority. Asana has no native priority field: it is added to the notes as "Priority: <value>" and returned in the output.'),
    project_id: z.string().optional().describe('Gid of the project to add the task to, passed to Asana as is. To name the project instead, use project.'),
    project: z.string().optional().describe('Project to add the task to: its gid (digits, e.g. "1204567890123456") or its name as shown in Asana (e.g. "Support", "Q3 Launch"; matched case-insensitively in the workspace). Ignored when project_id is given.'),
    workspace: z.string().optional().describe('Workspace gid, used when there is no project and to look up a project given by name (defaults to AUTOFLOW_ASANA_WORKSPACE).'),
    assignee: z.string().optional().describe('Who does it: "me", an email, or a user gid. Any other label (e.g. a team name) is kept in the notes and the task stays unassigned.'),
    due_date: z.iso.date().optional().describe('Due date, YYYY-MM-DD (Asana due_on).'),
  })
  .describe('The task to create.');

const output = z.object({
  ...taskOutputFields,
  priority: z.enum(PRIORITIES).nullable().describe('The requested priority (kept in the notes, as Asana has no priority field), or null.'),
  status: z.literal('created').describe('Always "created" when the step succeeds.'),
});

/** Builds the notes: description, then the fields Asana cannot hold natively. */
export function composeNotes(description: string | undefined, priority: string | undefined, unassignedLabel: string | undefined): string | undefined {
  const extra: string[] = [];
  if (priority) extra.push(`Priority: ${priority}`);
  if (unassignedLabel) extra.push(`Requested assignee: ${unassignedLabel} (not an Asana user; task left unassigned)`);
  const parts = [description?.trim(), extra.join('\n')].filter((p) => p);
  return parts.length ? parts.join('\n\n') : undefined;
}

export const createTask = defineOperation({
  description:
    'Create a new task in Asana, in a project (project_id, or project: a project gid or name) or a workspace. Use it when the request asks to create, add, open or log a task, to-do, ticket or work item in Asana. ' +
    'Side effect: a task appears in Asana and its assignee and followers may be notified. Outputs task_id, task_name, task_url, assignee and priority for later steps ({{step_1.task_url}}). ' +
    'Not idempotent: a retry after an unclear failure can create a second task. Undo: delete_task.',
  keywords: ['asana', 'task', 'create', 'new', 'add', 'todo', 'to-do', 'ticket', 'work item', 'assign', 'project', 'bug', 'due'],
  examples: [
    'Create a task in Asana for the bug fix',
    'Add an Asana task "Update onboarding docs" assigned to me due next Friday',
    'Open a high priority Asana task in project 1204 to investigate the database timeout',
    'Log a to-do in Asana for reviewing the Q3 invoices',
  ],
  effect: 'write',
  idempotent: false,
  outcomes: ['task_created'],
  input,
  output,
  undo: { operation: 'delete_task', input: (_in, out) => ({ task_id: out.task_id }) },
  async run(args, ctx) {
    const projectId = args.project_id ?? (args.project ? await resolveProject(args.project, args.workspace ?? ctx.settings.workspace, ctx) : undefined);
    const workspace = args.workspace ?? (projectId ? undefined : ctx.settings.workspace);
    if (!projectId && !workspace) {
      throw new AutoflowError({
        code: 'invalid_input',
        message: 'Asana needs a project or a workspace to create a task in',
        hint: 'Pass project_id (or project), pass workspace, or set AUTOFLOW_ASANA_WORKSPACE.',
        path: 'parameters.project_id',
      });
    }
    const assignUser = args.assignee && isAsanaUserRef(args.assignee) ? args.assignee : undefined;
    const label = args.assignee && !assignUser ? args.assignee : undefined;
    if (label) ctx.log.warn('asana: assignee is not an Asana user; task left unassigned', { assignee: label });
    const data = {
      name: args.name,
      notes: composeNotes(args.description, args.priority, label),
      projects: projectId ? [projectId] : undefined,
      workspace,
      assignee: assignUser,
      due_on: args.due_date,
    };
    const res = await asanaClient(ctx).request({ method: 'POST', path: 'tasks', query: { opt_fields: TASK_OPT_FIELDS }, json: { data } });
    const task = unwrapTask(res.body);
    return { ...taskOutput(task, label), priority: args.priority ?? null, status: 'created' as const };
  },
});
