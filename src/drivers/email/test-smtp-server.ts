/**
 * Test support: a real SMTP server (the `smtp-server` package) on a free loopback port that
 * requires AUTH, records every message, and can be told to answer RCPT/DATA with an error
 * code. Not used at runtime.
 */
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';

/** A message as received: envelope and raw RFC 5322 source. */
export interface ReceivedMessage {
  from: string;
  to: string[];
  raw: string;
  user: string | undefined;
}

/** A running test SMTP server and the knobs a test turns. */
export interface TestSmtpServer {
  port: number;
  /** smtp://user:pass@127.0.0.1:port */
  url: string;
  messages: ReceivedMessage[];
  /** Answer DATA with this SMTP code (e.g. 451 or 554) until set back to undefined. */
  failData: number | undefined;
  /** Recipients answered with 550 at RCPT TO. */
  rejectRecipients: Set<string>;
  close(): Promise<void>;
}

function smtpFailure(code: number, text: string): Error {
  return Object.assign(new Error(text), { responseCode: code });
}

/** Starts the server accepting `user`/`pass` (PLAIN/LOGIN, no TLS: loopback only). */
export async function startTestSmtpServer(user: string, pass: string): Promise<TestSmtpServer> {
  const state: TestSmtpServer = {
    port: 0, url: '', messages: [], failData: undefined, rejectRecipients: new Set(),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authMethods: ['PLAIN', 'LOGIN'],
    allowInsecureAuth: true,
    hideSTARTTLS: true,
    logger: false,
    onAuth(auth, _session, cb) {
      if (auth.username === user && auth.password === pass) cb(null, { user: auth.username });
      else cb(smtpFailure(535, 'Authentication failed'));
    },
    onRcptTo(address, _session, cb) {
      if (state.rejectRecipients.has(address.address)) cb(smtpFailure(550, `No such user ${address.address}`));
      else cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (state.failData) return cb(smtpFailure(state.failData, state.failData < 500 ? 'Try again later' : 'Message refused'));
        state.messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
          user: session.user as string | undefined,
        });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.port = ((server as unknown as { server: { address(): AddressInfo } }).server.address()).port;
  state.url = `smtp://${encodeURIComponent(user)}:${encodeURIComponent(pass)}@127.0.0.1:${state.port}`;
  return state;
}
