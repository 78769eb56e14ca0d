/**
 * Test support: a minimal RFC 5322/MIME reader for the messages nodemailer produces (headers
 * with folding and encoded words, multipart bodies, quoted-printable and base64). Not used at
 * runtime.
 */

/** The parts of a message a test checks. */
export interface ParsedMessage {
  headers: Record<string, string>;
  subject: string;
  text?: string;
  html?: string;
}

function decodeWords(value: string): string {
  return value.replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=\s*(?==\?)?/g, (_, _cs: string, enc: string, data: string) => enc.toUpperCase() === 'B'
    ? Buffer.from(data, 'base64').toString('utf8')
    : decodeQuotedPrintable(data.replace(/_/g, ' ')));
}

function decodeQuotedPrintable(s: string): string {
  const src = s.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < src.length; i++) {
    const hex = src.slice(i + 1, i + 3);
    if (src[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) { bytes.push(parseInt(hex, 16)); i += 2; } else bytes.push(...Buffer.from(src[i], 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

function splitHead(raw: string): { headers: Record<string, string>; body: string } {
  const idx = raw.search(/\r?\n\r?\n/);
  const head = idx < 0 ? raw : raw.slice(0, idx);
  const body = idx < 0 ? '' : raw.slice(idx).replace(/^\r?\n\r?\n/, '');
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) headers[m[1].toLowerCase()] = m[2];
  }
  return { headers, body };
}

function decodeBody(body: string, encoding: string | undefined): string {
  const enc = (encoding ?? '').toLowerCase();
  if (enc === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (enc === 'quoted-printable') return decodeQuotedPrintable(body);
  return body;
}

function collect(raw: string, out: ParsedMessage): void {
  const { headers, body } = splitHead(raw);
  const type = headers['content-type'] ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (/^multipart\//i.test(type) && boundary) {
    for (const part of body.split(`--${boundary}`).slice(1)) {
      if (part.startsWith('--')) break;
      collect(part.replace(/^\r?\n/, ''), out);
    }
  } else if (/^text\/html/i.test(type)) out.html = decodeBody(body, headers['content-transfer-encoding']).replace(/\r\n/g, '\n');
  else if (/^text\/plain/i.test(type)) out.text = decodeBody(body, headers['content-transfer-encoding']).replace(/\r\n/g, '\n');
}

/** Parses a raw message into headers, decoded subject and text/html bodies. */
export function parseMessage(raw: string): ParsedMessage {
  const { headers } = splitHead(raw);
  const out: ParsedMessage = { headers, subject: decodeWords(headers.subject ?? '') };
  collect(raw, out);
  return out;
}
