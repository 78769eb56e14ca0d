/**
 * The registry of named email templates and rendering by name. Adding a template means adding
 * its file and listing it here.
 */
import { AutoflowError } from '../../../platform/errors.ts';
import { fillPlaceholders, valueText } from './render.ts';
import type { EmailTemplate } from './types.ts';
import { taskCreationNotification } from './task-creation-notification.ts';
import { statusUpdate } from './status-update.ts';

/** All named templates, by name. */
export const emailTemplates: Record<string, EmailTemplate> = Object.fromEntries(
  [taskCreationNotification, statusUpdate].map((t) => [t.name, t]),
);

/** The message for an unknown template name, listing the available ones. */
export function unknownTemplateMessage(name: string): string {
  return `Unknown email template "${name}"; available templates: ${Object.keys(emailTemplates).join(', ')}`;
}

/** A rendered template. */
export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** Renders template `name` with `variables`; fails clearly on an unknown name or missing required variables. */
export function renderTemplate(name: string, variables: Record<string, unknown>): RenderedEmail {
  const t = emailTemplates[name];
  if (!Object.hasOwn(emailTemplates, name) || !t) {
    throw new AutoflowError({ code: 'unknown_template', message: unknownTemplateMessage(name), hint: 'Use one of the listed template names, or give subject and body instead.' });
  }
  const missing = Object.entries(t.variables).filter(([k, v]) => v.required && valueText(variables[k]).trim() === '').map(([k]) => k);
  if (missing.length) {
    throw new AutoflowError({
      code: 'missing_template_variables',
      message: `Email template "${name}" needs the variable${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
      hint: `Pass them in variables. The template reads: ${Object.keys(t.variables).join(', ')}.`,
    });
  }
  return {
    subject: fillPlaceholders(t.subject, variables).replace(/\s+/g, ' ').trim(),
    text: fillPlaceholders(t.text, variables),
    html: fillPlaceholders(t.html, variables, true),
  };
}
