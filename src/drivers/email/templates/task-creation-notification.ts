/**
 * `task_creation_notification` (seed 000): tells a team that a task was created, with its
 * link, priority and assignee.
 */
import type { EmailTemplate } from './types.ts';

/** Task-created notification. */
export const taskCreationNotification: EmailTemplate = {
  name: 'task_creation_notification',
  description: 'Announces a newly created task (e.g. in Asana) with its link, priority and assignee.',
  variables: {
    task_name: { description: 'Name of the task.', required: true },
    task_url: { description: 'Link to the task.' },
    priority: { description: 'Priority, e.g. high.' },
    assignee: { description: 'Who the task is assigned to.' },
    due_date: { description: 'Due date, if any.' },
  },
  subject: 'Task created: {{task_name}}',
  text: [
    'A new task has been created.',
    '',
    'Task: {{task_name}}',
    'Priority: {{priority}}',
    'Assigned to: {{assignee}}',
    'Due: {{due_date}}',
    'Link: {{task_url}}',
    '',
    '-- Sent by Autoflow',
    '',
  ].join('\n'),
  html: [
    '<!doctype html>',
    '<html><body style="font-family: sans-serif">',
    '<p>A new task has been created.</p>',
    '<table>',
    '<tr><th align="left">Task</th><td>{{task_name}}</td></tr>',
    '<tr><th align="left">Priority</th><td>{{priority}}</td></tr>',
    '<tr><th align="left">Assigned to</th><td>{{assignee}}</td></tr>',
    '<tr><th align="left">Due</th><td>{{due_date}}</td></tr>',
    '</table>',
    '<p><a href="{{task_url}}">Open the task</a></p>',
    '<p style="color: #888">Sent by Autoflow</p>',
    '</body></html>',
    '',
  ].join('\n'),
};
