/**
 * `autoflow dev-services`: starts the fake Asana, Slack and GitHub APIs and the SMTP sink on
 * loopback and returns the environment that points the drivers at them. The CLI prints
 * `formatEnv(env)` so a shell can `eval` it; tests use the returned fakes directly.
 */
import { FakeAsana, FAKE_ASANA_WORKSPACE } from './fake-asana.ts';
import { FakeSlack } from './fake-slack.ts';
import { FakeGithub } from './fake-github.ts';
import { startSmtpSink, type SinkMessage, type SmtpSink } from './smtp-sink.ts';

export { FakeAsana } from './fake-asana.ts';
export { FakeSlack } from './fake-slack.ts';
export { FakeGithub } from './fake-github.ts';
export { FakeService } from './fake-http.ts';
export { startSmtpSink } from './smtp-sink.ts';
export type { SinkMessage, SmtpSink } from './smtp-sink.ts';

/** Where to listen; a port of 0 or absent means any free port. */
export interface DevServicesOptions {
  host?: string;
  ports?: { asana?: number; slack?: number; github?: number; smtp?: number };
  /** Called for every mail the SMTP sink accepts. */
  onMail?(message: SinkMessage): void;
}

/** The running services and the env vars that point Autoflow at them. */
export interface DevServices {
  env: Record<string, string>;
  asana: FakeAsana;
  slack: FakeSlack;
  github: FakeGithub;
  smtp: SmtpSink;
  close(): Promise<void>;
}

/** Starts every fake (all or nothing: if one cannot start, the others are stopped again). */
export async function startDevServices(opts: DevServicesOptions = {}): Promise<DevServices> {
  const host = opts.host ?? '127.0.0.1';
  const ports = opts.ports ?? {};
  const asana = new FakeAsana();
  const slack = new FakeSlack();
  const github = new FakeGithub();
  let smtp: SmtpSink | undefined;
  const closeAll = async () => {
    await Promise.allSettled([asana.close(), slack.close(), github.close(), smtp?.close()]);
  };
  try {
    await asana.listen(ports.asana ?? 0, host);
    await slack.listen(ports.slack ?? 0, host);
    await github.listen(ports.github ?? 0, host);
    smtp = await startSmtpSink(host, ports.smtp ?? 0, { onMessage: opts.onMail });
  } catch (err) {
    await closeAll();
    throw err;
  }
  const env: Record<string, string> = {
    AUTOFLOW_ASANA_BASE_URL: asana.baseUrl,
    AUTOFLOW_ASANA_TOKEN: asana.token,
    AUTOFLOW_ASANA_WORKSPACE: FAKE_ASANA_WORKSPACE,
    AUTOFLOW_SLACK_BASE_URL: slack.baseUrl,
    AUTOFLOW_SLACK_TOKEN: slack.token,
    AUTOFLOW_GITHUB_BASE_URL: github.baseUrl,
    AUTOFLOW_GITHUB_TOKEN: github.token,
    AUTOFLOW_SMTP_URL: smtp.url,
    AUTOFLOW_SMTP_FROM: 'Autoflow Dev <autoflow@localhost>',
  };
  return { env, asana, slack, github, smtp, close: closeAll };
}

/** `export K=V` lines (values shell-quoted when needed), ready for `eval "$(autoflow dev-services)"`. */
export function formatEnv(env: Record<string, string>): string {
  return Object.entries(env)
    .map(([k, v]) => `export ${k}=${/^[\w@%+=:,./-]*$/.test(v) ? v : `'${v.replace(/'/g, `'\\''`)}'`}`)
    .join('\n');
}
