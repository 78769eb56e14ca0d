/**
 * The email driver: SMTP sending with nodemailer (AUTOFLOW_SMTP_URL, AUTOFLOW_SMTP_FROM) and
 * a small registry of named templates.
 */
import { defineDriver } from '../define.ts';
import { sendEmail } from './send-email.ts';
import { emailHealth } from './health.ts';

/** Email over SMTP. */
export const emailDriver = defineDriver({
  name: 'email',
  aliases: ['email_driver', 'mail', 'smtp', 'e-mail'],
  title: 'Email (SMTP)',
  description: 'Sends email over SMTP, from a subject and body or from a named template (task_creation_notification, status_update).',
  keywords: ['email', 'mail', 'smtp', 'send', 'notify', 'inbox'],
  settings: [
    { name: 'from', env: 'AUTOFLOW_SMTP_FROM', description: 'Sender address, e.g. "Autoflow <autoflow@example.com>" (default: the SMTP user if it is an address).' },
  ],
  credentials: {
    kind: 'url',
    fields: [{ name: 'smtp_url', env: 'AUTOFLOW_SMTP_URL', description: 'SMTP server URL with credentials, e.g. smtp://user:password@smtp.example.com:587 (smtps:// for TLS on connect).' }],
    required: true,
  },
  rateLimit: { requests: 10, perMs: 1000 },
  operations: { send_email: sendEmail },
  health: emailHealth,
});
