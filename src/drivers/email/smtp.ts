/**
 * SMTP plumbing for the email driver: the transport built from AUTOFLOW_SMTP_URL (password
 * registered for redaction, never shown: labels are `host:port`), and the mapping of
 * nodemailer errors to AutoflowError: 4xx and connection trouble retryable, 5xx permanent.
 */
import { createRequire } from 'node:module';
import type * as Nodemailer from 'nodemailer';
import type { DriverContext } from '../define.ts';
import { AutoflowError } from '../../platform/errors.ts';
import { maskUrlPassword, redact, registerSecret } from '../../platform/secrets.ts';

/** Where and as whom mail is sent. `label` is safe to show. */
export interface SmtpConfig {
  url: string;
  label: string;
  from: string;
}

/** Reads the SMTP settings of this context; fails clearly when AUTOFLOW_SMTP_URL is unset or invalid. */
export function smtpConfig(ctx: DriverContext): SmtpConfig {
  const url = ctx.credentials.smtp_url;
  if (!url) {
    throw new AutoflowError({ code: 'smtp_not_configured', message: 'No SMTP server configured (AUTOFLOW_SMTP_URL is not set)', hint: 'Set AUTOFLOW_SMTP_URL, e.g. smtp://user:password@smtp.example.com:587.' });
  }
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new AutoflowError({ code: 'smtp_not_configured', message: `AUTOFLOW_SMTP_URL is not a valid URL: ${maskUrlPassword(url)}`, hint: 'Use smtp://user:password@host:port or smtps://...' });
  }
  if (u.protocol !== 'smtp:' && u.protocol !== 'smtps:') {
    throw new AutoflowError({ code: 'smtp_not_configured', message: `AUTOFLOW_SMTP_URL must start with smtp:// or smtps://, not ${u.protocol}//`, hint: 'Use smtp://user:password@host:port.' });
  }
  registerSecret(decodeURIComponent(u.password));
  const user = decodeURIComponent(u.username);
  const from = ctx.settings.from || (user.includes('@') ? user : 'Autoflow <autoflow@localhost>');
  return { url, label: `${u.hostname}:${u.port || (u.protocol === 'smtps:' ? 465 : 587)}`, from };
}

/** A nodemailer SMTP transport with short timeouts and no file/URL access from message content. */
export function createSmtpTransport(cfg: SmtpConfig) {
  // Loaded on first send: nodemailer costs ~65 ms at start-up of every CLI command otherwise.
  const nodemailer = createRequire(import.meta.url)('nodemailer') as typeof Nodemailer;
  return nodemailer.createTransport({
    url: cfg.url,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 60_000,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
}

interface SmtpFailure extends Error {
  code?: string;
  responseCode?: number;
  rejectedErrors?: SmtpFailure[];
}

const CONNECTION_CODES = new Set(['ECONNECTION', 'ESOCKET', 'ETIMEDOUT', 'EDNS', 'ECONNREFUSED', 'ECONNRESET', 'EPROXY']);

/** Maps a nodemailer error to an AutoflowError (the run's own abort is passed through). */
export function smtpError(err: unknown, label: string, signal?: AbortSignal): unknown {
  if (err instanceof AutoflowError || signal?.aborted) return err;
  const e = err as SmtpFailure;
  const responseCode = e.responseCode ?? e.rejectedErrors?.[0]?.responseCode;
  const message = `SMTP server ${label}: ${redact(String(e.message ?? err))}`;
  if (e.code === 'EAUTH' || e.code === 'ENOAUTH') {
    return new AutoflowError({ code: 'smtp_auth_failed', message, hint: 'Check the user and password in AUTOFLOW_SMTP_URL.', retryable: responseCode !== undefined && responseCode >= 400 && responseCode < 500, status: responseCode });
  }
  if (responseCode !== undefined && responseCode >= 400 && responseCode < 500) {
    return new AutoflowError({ code: 'smtp_temporary_failure', message, hint: 'The server deferred the message; the step is retried.', retryable: true, status: responseCode });
  }
  if (responseCode !== undefined && responseCode >= 500) {
    return new AutoflowError({
      code: 'smtp_rejected', message, status: responseCode, retryable: responseCode === 503,
      hint: e.code === 'EENVELOPE' ? 'Check the recipient and sender addresses.' : 'The server refused the message permanently; check addresses and content.',
    });
  }
  if (e.code && CONNECTION_CODES.has(e.code)) {
    return new AutoflowError({ code: 'smtp_unavailable', message, hint: 'Check that the SMTP server is running and reachable; the step is retried.', retryable: true });
  }
  return new AutoflowError({ code: 'smtp_error', message, hint: 'Check AUTOFLOW_SMTP_URL and the message fields.', retryable: false });
}
