/**
 * Recipient lists: a string (comma- or semicolon-separated, display names allowed:
 * `Ann <ann@x.com>, bob@x.com`) or an array of such strings, parsed with nodemailer's
 * address parser into plain `name <address>` entries.
 */
import addressparser from 'nodemailer/lib/addressparser';
import { z } from 'zod';

/** A parsed mailbox. */
export interface Mailbox {
  name: string;
  address: string;
}

const ADDRESS = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$|^[^\s@<>(),;:"]+@localhost$/i;

/** Parses recipients; `invalid` lists the entries that are not e-mail addresses. */
export function parseRecipients(value: string | string[] | undefined): { mailboxes: Mailbox[]; invalid: string[] } {
  const parts = (value === undefined ? [] : Array.isArray(value) ? value : [value]).map((s) => s.replace(/;/g, ','));
  const mailboxes: Mailbox[] = [];
  const invalid: string[] = [];
  for (const part of parts) {
    for (const m of addressparser(part, { flatten: true })) {
      if (ADDRESS.test(m.address)) mailboxes.push({ name: m.name, address: m.address });
      else invalid.push(m.address || m.name);
    }
  }
  return { mailboxes, invalid };
}

/** Zod schema for a recipient list; invalid addresses are schema errors naming them. */
export function recipientList(description: string) {
  return z.union([z.string(), z.array(z.string())]).superRefine((v, ctx) => {
    const { invalid } = parseRecipients(v);
    if (invalid.length) ctx.addIssue({ code: 'custom', message: `Not an e-mail address: ${invalid.map((s) => JSON.stringify(s)).join(', ')}` });
  }).describe(description);
}
