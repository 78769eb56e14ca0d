/**
 * email.send_email: sends one message over SMTP, from explicit subject/body/html or from a
 * named template filled with variables (an explicit subject overrides the template's).
 */
import { z } from 'zod';
import { defineOperation } from '../define.ts';
import { AutoflowError } from '../../platform/errors.ts';
import { emailTemplates, renderTemplate, unknownTemplateMessage } from './templates/index.ts';
import { parseRecipients, recipientList, type Mailbox } from './recipients.ts';
import { createSmtpTransport, smtpConfig, smtpError } from './smtp.ts';

const input = z.object({
  to: recipientList('Recipients: an address, a comma-separated list, or an array (display names allowed: "Ann <ann@x.com>").'),
  cc: recipientList('Copy recipients (same forms as to).').optional(),
  bcc: recipientList('Blind-copy recipients (same forms as to).').optional(),
  subject: z.string().optional().describe('Subject line; overrides the template subject when both are given.'),
  body: z.string().optional().describe('Plain-text body (overrides the template text).'),
  html: z.string().optional().describe('HTML body (overrides the template HTML).'),
  template: z.string().refine((n) => Object.hasOwn(emailTemplates, n), { error: (iss) => unknownTemplateMessage(String(iss.input)) }).optional()
    .describe(`Named template filled with variables: ${Object.values(emailTemplates).map((t) => `${t.name} (${Object.keys(t.variables).join(', ')})`).join('; ')}.`),
  variables: z.record(z.string(), z.unknown()).default({}).describe('Values for the template placeholders, e.g. {"task_name": "...", "task_url": "..."}.'),
  reply_to: z.string().optional().describe('Reply-To address.'),
}).superRefine((v, ctx) => {
  if (!v.template && v.body === undefined && v.html === undefined) ctx.addIssue({ code: 'custom', message: 'Give body, html or template', path: ['body'] });
  if (!v.template && !v.subject) ctx.addIssue({ code: 'custom', message: 'Give subject (or a template, which has one)', path: ['subject'] });
  if (parseRecipients(v.to).mailboxes.length === 0) ctx.addIssue({ code: 'custom', message: 'Give at least one recipient', path: ['to'] });
});

const output = z.object({
  message_id: z.string().describe('The Message-ID of the sent message.'),
  recipients: z.array(z.string()).describe('Addresses the SMTP server accepted.'),
  rejected: z.array(z.string()).describe('Addresses the SMTP server refused (the others were still sent).'),
  status: z.enum(['delivered', 'partially_delivered']).describe('delivered when every recipient was accepted.'),
  subject: z.string().describe('The subject as sent.'),
});

const asAddressList = (m: Mailbox[]) => m.map((x) => (x.name ? { name: x.name, address: x.address } : x.address));

/** Sends one email over SMTP. */
export const sendEmail = defineOperation({
  description: 'Sends an email over SMTP to one or more people: a status update, a notification or a report. '
    + 'Give subject and body (text and/or HTML), or a named template with variables '
    + `(${Object.keys(emailTemplates).join(', ')}). Side effect: the email is delivered and cannot be recalled.`,
  keywords: ['email', 'e-mail', 'mail', 'smtp', 'send', 'notify', 'status email', 'message', 'inbox', 'report'],
  examples: [
    'Send a status email to team@company.com',
    'Email the manager that the bug fix task was created, with the Asana link',
    'Mail the daily report to ops@example.com and cc the lead',
  ],
  effect: 'write',
  idempotent: false,
  outcomes: ['email_sent'],
  input,
  output,
  async run(inp, ctx) {
    const cfg = smtpConfig(ctx);
    const rendered = inp.template ? renderTemplate(inp.template, inp.variables) : undefined;
    const subject = inp.subject ?? rendered?.subject ?? '';
    const text = inp.body ?? rendered?.text;
    const html = inp.html ?? rendered?.html;
    const domain = /@([^>\s]+)>?\s*$/.exec(cfg.from)?.[1] ?? 'autoflow.local';
    const transport = createSmtpTransport(cfg);
    try {
      const info = await transport.sendMail({
        from: cfg.from,
        to: asAddressList(parseRecipients(inp.to).mailboxes),
        cc: inp.cc ? asAddressList(parseRecipients(inp.cc).mailboxes) : undefined,
        bcc: inp.bcc ? asAddressList(parseRecipients(inp.bcc).mailboxes) : undefined,
        replyTo: inp.reply_to,
        subject,
        text,
        html,
        // Stable per attempt, so a duplicate caused by a crash-retry is recognisable.
        messageId: `<${ctx.idempotencyKey.replace(/[^\w.-]/g, '-')}@${domain}>`,
        signal: ctx.signal,
      });
      const accepted = (info.accepted ?? []).map(String);
      const rejected = (info.rejected ?? []).map(String);
      if (accepted.length === 0) {
        throw new AutoflowError({ code: 'smtp_rejected', message: `SMTP server ${cfg.label} accepted none of the recipients: ${rejected.join(', ')}`, hint: 'Check the recipient addresses.' });
      }
      ctx.log.info('email sent', { message_id: info.messageId, accepted: accepted.length, rejected: rejected.length });
      return { message_id: info.messageId, recipients: accepted, rejected, status: rejected.length ? 'partially_delivered' as const : 'delivered' as const, subject };
    } catch (err) {
      throw smtpError(err, cfg.label, ctx.signal);
    } finally {
      transport.close();
    }
  },
});
