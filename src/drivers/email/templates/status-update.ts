/**
 * `status_update`: a generic status email (what, its status, details and a link).
 */
import type { EmailTemplate } from './types.ts';

/** Generic status update. */
export const statusUpdate: EmailTemplate = {
  name: 'status_update',
  description: 'A generic status update: a title, its status, free-text details and an optional link.',
  variables: {
    title: { description: 'What the update is about, e.g. "Release 2.3".', required: true },
    status: { description: 'Current status, e.g. completed, failed, in progress.', required: true },
    details: { description: 'Free-text details.' },
    link: { description: 'A link for more information.' },
  },
  subject: 'Status update: {{title}} ({{status}})',
  text: [
    '{{title}}',
    'Status: {{status}}',
    '',
    '{{details}}',
    '',
    'More: {{link}}',
    '',
    '-- Sent by Autoflow',
    '',
  ].join('\n'),
  html: [
    '<!doctype html>',
    '<html><body style="font-family: sans-serif">',
    '<h2>{{title}}</h2>',
    '<p><strong>Status:</strong> {{status}}</p>',
    '<p style="white-space: pre-wrap">{{details}}</p>',
    '<p><a href="{{link}}">More information</a></p>',
    '<p style="color: #888">Sent by Autoflow</p>',
    '</body></html>',
    '',
  ].join('\n'),
};
