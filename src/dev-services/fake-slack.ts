/**
 * A fake Slack Web API (under /api) following Slack's documented shapes: HTTP 200 with
 * `{ok: true, …}` or `{ok: false, error}`, form-encoded or JSON arguments, the token as a
 * Bearer header, `token` form field or `token` header. Methods: chat.postMessage, chat.delete,
 * conversations.open, users.lookupByEmail, auth.test. Channel names ("#dev-team") are created on
 * first use; unknown channel IDs answer `channel_not_found`.
 */
import { FakeService, bearer, type FakeReply, type FakeRequest } from './fake-http.ts';

/** A user the fake knows. */
export interface FakeSlackUser { id: string; name: string; real_name: string; email: string }

/** A message the fake stored. */
export interface FakeSlackMessage { channel: string; ts: string; text: string; thread_ts?: string; mrkdwn?: string }

export const FAKE_SLACK_USERS: FakeSlackUser[] = [
  { id: 'U0DEV00001', name: 'dev', real_name: 'Dev User', email: 'dev@example.com' },
  { id: 'U0ALICE001', name: 'alice', real_name: 'Alice Example', email: 'alice@example.com' },
];

const fail = (error: string, extra: Record<string, unknown> = {}): FakeReply => ({ body: { ok: false, error, ...extra } });

/** The fake Slack service plus its in-memory data (for test assertions). */
export class FakeSlack extends FakeService {
  readonly messages: FakeSlackMessage[] = [];
  readonly users: FakeSlackUser[] = [...FAKE_SLACK_USERS];
  /** Channel name (without #) → channel ID. */
  private readonly channelsByName = new Map<string, string>([['general', 'C0GENERAL1']]);
  private readonly channelIds = new Set<string>(['C0GENERAL1']);
  private seq = 0;

  constructor(token = 'xoxb-dev-slack-token') {
    super({
      name: 'slack',
      prefix: '/api',
      token,
      readToken: (r) => bearer(r) ?? (typeof r.body?.token === 'string' ? r.body.token : undefined) ?? r.headers.token ?? r.query.token,
      unauthorized: (presented) => fail(presented ? 'invalid_auth' : 'not_authed'),
      errorBody: (status) => ({ ok: false, error: status === 429 ? 'ratelimited' : status >= 500 ? 'internal_error' : `http_${status}` }),
    });
    const args = (r: FakeRequest): Record<string, string> => ({ ...r.query, ...(r.body && typeof r.body === 'object' ? r.body : {}) });
    this.route('POST', '/chat.postMessage', (r) => this.post(args(r)));
    this.route('POST', '/chat.delete', (r) => this.remove(args(r)));
    this.route('POST', '/conversations.open', (r) => this.open(args(r)));
    this.route('GET', '/users.lookupByEmail', (r) => this.lookup(args(r)));
    this.route('POST', '/users.lookupByEmail', (r) => this.lookup(args(r)));
    for (const m of ['GET', 'POST']) {
      this.route(m, '/auth.test', () => ({ body: { ok: true, url: 'https://dev-workspace.slack.com/', team: 'Dev Workspace', user: 'autoflow', team_id: 'T0DEV00001', user_id: 'U0BOT00001', bot_id: 'B0BOT00001' } }));
    }
  }

  /** Resolves a channel argument to an ID; names are created on first use. */
  private channel(ref: string | undefined): string | undefined {
    if (!ref) return undefined;
    if (ref.startsWith('#') || !/^[CGD][A-Z0-9]{6,}$/.test(ref)) {
      const name = ref.replace(/^#/, '').toLowerCase();
      let id = this.channelsByName.get(name);
      if (!id) {
        id = `C0${name.replace(/[^a-z0-9]/g, '').toUpperCase().slice(0, 6).padEnd(6, 'X')}${(this.channelsByName.size + 1).toString().padStart(2, '0')}`;
        this.channelsByName.set(name, id);
        this.channelIds.add(id);
      }
      return id;
    }
    return this.channelIds.has(ref) ? ref : undefined;
  }

  private ts(): string {
    this.seq++;
    return `${Math.floor(Date.now() / 1000)}.${String(this.seq).padStart(6, '0')}`;
  }

  private post(a: Record<string, string>): FakeReply {
    if (!a.channel) return fail('channel_not_found');
    const channel = this.channel(a.channel);
    if (!channel) return fail('channel_not_found');
    if (!a.text && !a.blocks && !a.attachments) return fail('no_text');
    if ((a.text ?? '').length > 40_000) return fail('msg_too_long');
    const msg: FakeSlackMessage = { channel, ts: this.ts(), text: a.text ?? '', thread_ts: a.thread_ts || undefined, mrkdwn: a.mrkdwn };
    this.messages.push(msg);
    return { body: { ok: true, channel, ts: msg.ts, message: { type: 'message', subtype: 'bot_message', text: msg.text, ts: msg.ts, bot_id: 'B0BOT00001', ...(msg.thread_ts ? { thread_ts: msg.thread_ts } : {}) } } };
  }

  private remove(a: Record<string, string>): FakeReply {
    const channel = this.channel(a.channel);
    if (!channel) return fail('channel_not_found');
    const i = this.messages.findIndex((m) => m.channel === channel && m.ts === String(a.ts));
    if (i < 0) return fail('message_not_found');
    this.messages.splice(i, 1);
    return { body: { ok: true, channel, ts: String(a.ts) } };
  }

  private open(a: Record<string, string>): FakeReply {
    const ids = String(a.users ?? '').split(',').filter(Boolean);
    if (!ids.length) return fail('users_list_not_supplied');
    if (ids.length > 1) return fail('method_not_supported_for_channel_type');
    if (!this.users.some((u) => u.id === ids[0])) return fail('user_not_found');
    const id = `D${ids[0].slice(1)}`;
    const already = this.channelIds.has(id);
    this.channelIds.add(id);
    return { body: { ok: true, ...(already ? { already_open: true } : {}), channel: { id } } };
  }

  private lookup(a: Record<string, string>): FakeReply {
    const u = this.users.find((x) => x.email.toLowerCase() === String(a.email ?? '').toLowerCase());
    if (!u) return fail('users_not_found');
    return { body: { ok: true, user: { id: u.id, team_id: 'T0DEV00001', name: u.name, real_name: u.real_name, deleted: false, is_bot: false, profile: { email: u.email, real_name: u.real_name, display_name: u.name } } } };
  }
}
