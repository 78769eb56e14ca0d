/**
 * A local SMTP sink for development and tests (built on `smtp-server`): accepts mail on
 * loopback with AUTH PLAIN/LOGIN dev:dev over plain text (no STARTTLS, so nodemailer needs no
 * certificate), keeps every message in memory and reports it through `onMessage`.
 */
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';

/** A message the sink received. */
export interface SinkMessage {
  from: string;
  to: string[];
  subject: string;
  /** The full RFC 5322 source. */
  raw: string;
  receivedAt: string;
}

export interface SmtpSinkOptions {
  user?: string;
  password?: string;
  /** Called for every accepted message (the CLI prints a one-line summary). */
  onMessage?(message: SinkMessage): void;
}

/** The running sink. */
export interface SmtpSink {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password: string;
  readonly messages: SinkMessage[];
  /** `smtp://user:password@host:port`. */
  readonly url: string;
  close(): Promise<void>;
}

/** Starts the sink on `host:port` (port 0 = any free port). */
export async function startSmtpSink(host = '127.0.0.1', port = 0, opts: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const user = opts.user ?? 'dev';
  const password = opts.password ?? 'dev';
  const messages: SinkMessage[] = [];
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: true,
    size: 25 * 1024 * 1024,
    closeTimeout: 1000,
    onAuth(auth, _session, cb) {
      if (auth.username === user && auth.password === password) cb(null, { user: auth.username });
      else cb(new Error('Invalid username or password'));
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('error', cb);
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const mailFrom = session.envelope.mailFrom;
        const message: SinkMessage = {
          from: mailFrom ? mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: headerValue(raw, 'subject'),
          raw,
          receivedAt: new Date().toISOString(),
        };
        messages.push(message);
        opts.onMessage?.(message);
        cb();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  server.on('error', () => {});
  const bound = (server as unknown as { server: { address(): AddressInfo } }).server.address();
  return {
    host,
    port: bound.port,
    user,
    password,
    messages,
    url: `smtp://${encodeURIComponent(user)}:${encodeURIComponent(password)}@${host}:${bound.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Reads one (unfolded) header from a raw message, decoding RFC 2047 UTF-8 encoded words. */
function headerValue(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/, 1)[0].replace(/\r?\n[ \t]+/g, ' ');
  const m = new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(head);
  if (!m) return '';
  return m[1]
    .trim()
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_all, enc: string, text: string) =>
      enc.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_h, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'));
}
