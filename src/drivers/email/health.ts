/**
 * Health check of the email driver: nodemailer `verify()` connects and authenticates.
 */
import type { DriverContext, HealthResult } from '../define.ts';
import { toErrorData } from '../../platform/errors.ts';
import { createSmtpTransport, smtpConfig, smtpError } from './smtp.ts';

/** Connects to the SMTP server and logs in, then disconnects. */
export async function emailHealth(ctx: DriverContext): Promise<HealthResult> {
  let label = 'SMTP';
  try {
    const cfg = smtpConfig(ctx);
    label = cfg.label;
    const transport = createSmtpTransport(cfg);
    try {
      await transport.verify();
    } finally {
      transport.close();
    }
    return { ok: true, details: { smtp_connection: 'established' } };
  } catch (err) {
    const data = toErrorData(smtpError(err, label));
    const state = data.code === 'smtp_not_configured' ? 'not_configured' : data.code === 'smtp_auth_failed' ? 'auth_failed' : 'failed';
    return { ok: false, details: { smtp_connection: state }, message: data.message };
  }
}
