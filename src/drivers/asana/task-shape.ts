/**
 * The task record as Asana returns it, the `opt_fields` the driver asks for, and the
 * conversion to the output names the seed uses (`task_id`, `task_name`, `task_url`,
 * `assignee`, …), shared by every task operation.
 */
import { z } from 'zod';
import { AutoflowError } from '../../platform/errors.ts';

/** Fields requested with `opt_fields` (all listed in the spec's enum for task endpoints). */
export const TASK_OPT_FIELDS = ['name', 'notes', 'completed', 'due_on', 'permalink_url', 'assignee', 'assignee.name', 'projects', 'projects.name', 'workspace'] as const;

/** The subset of Asana's TaskResponse the driver reads. */
export interface AsanaTask {
  gid: string;
  name?: string;
  notes?: string;
  completed?: boolean;
  due_on?: string | null;
  permalink_url?: string;
  assignee?: { gid: string; name?: string } | null;
  projects?: { gid: string; name?: string }[];
}

/** Asana wraps every answer in `{data: …}`; this unwraps it or fails with a clear error. */
export function unwrapTask(body: unknown): AsanaTask {
  const data = (body as { data?: AsanaTask } | undefined)?.data;
  if (!data || typeof data.gid !== 'string') {
    throw new AutoflowError({ code: 'upstream_invalid_response', message: 'Asana answered without a task record (`data.gid` missing)', retryable: false });
  }
  return data;
}

/** The task link in the seed's form: https://app.asana.com/0/{project_gid}/{task_gid}. */
export function taskUrl(task: AsanaTask): string {
  const project = task.projects?.[0]?.gid;
  if (project) return `https://app.asana.com/0/${project}/${task.gid}`;
  return task.permalink_url || `https://app.asana.com/0/0/${task.gid}`;
}

/** Output fields shared by create/update/complete. */
export const taskOutputFields = {
  task_id: z.string().describe('Asana task gid; pass it to update_task, complete_task, add_comment or delete_task.'),
  task_name: z.string().describe('The task name as stored in Asana.'),
  task_url: z.string().describe('Link to the task: https://app.asana.com/0/{project_gid}/{task_gid}.'),
  permalink_url: z.string().nullable().describe('Asana\'s own permalink for the task, when returned.'),
  project_id: z.string().nullable().describe('Gid of the first project the task belongs to.'),
  assignee: z.string().describe('Assignee name as Asana reports it; otherwise the requested assignee label; "unassigned" when none.'),
  assignee_gid: z.string().nullable().describe('Gid of the Asana user the task is assigned to, or null.'),
  due_date: z.string().nullable().describe('Due date (YYYY-MM-DD) or null.'),
  completed: z.boolean().describe('Whether the task is marked complete.'),
};

/** Converts an Asana task to the shared output fields. */
export function taskOutput(task: AsanaTask, fallbackAssignee?: string) {
  return {
    task_id: task.gid,
    task_name: task.name ?? '',
    task_url: taskUrl(task),
    permalink_url: task.permalink_url ?? null,
    project_id: task.projects?.[0]?.gid ?? null,
    assignee: task.assignee?.name || fallbackAssignee || (task.assignee ? task.assignee.gid : 'unassigned'),
    assignee_gid: task.assignee?.gid ?? null,
    due_date: task.due_on ?? null,
    completed: task.completed ?? false,
  };
}

/** Shared input field: the task gid. */
export const taskIdField = z.string().min(1).describe('Asana task gid (the task_id output of create_task, e.g. "1204567890123456").');

/** True when Asana can resolve the value as a user: "me", an email or a numeric gid. */
export function isAsanaUserRef(value: string): boolean {
  return value === 'me' || /^[^@\s]+@[^@\s]+$/.test(value) || /^\d+$/.test(value);
}
