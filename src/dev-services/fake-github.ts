/**
 * A fake GitHub REST API following GitHub's documented shapes: issues (create, get, update),
 * issue comments, /user and /rate_limit, `{message, documentation_url}` errors, 422
 * "Validation Failed" for a missing title, and x-ratelimit-* headers. Any owner/repo exists.
 */
import { FakeService, type FakeReply } from './fake-http.ts';

interface StoredIssue {
  id: number;
  number: number;
  repo: string;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: string[];
  assignees: string[];
  comments: { id: number; body: string; created_at: string }[];
  created_at: string;
  updated_at: string;
}

const DOCS = 'https://docs.github.com/rest';
const message = (status: number, text: string, extra: Record<string, unknown> = {}): FakeReply => ({ status, body: { message: text, documentation_url: DOCS, status: String(status), ...extra } });

/** The fake GitHub service plus its in-memory data (for test assertions). */
export class FakeGithub extends FakeService {
  readonly issues: StoredIssue[] = [];
  private nextId = 2_000_000_001;
  /** Value of x-ratelimit-remaining on answers (tests may lower it). */
  rateRemaining = 4999;

  constructor(token = 'dev-github-token') {
    super({
      name: 'github',
      token,
      unauthorized: () => message(401, 'Bad credentials'),
      errorBody: (status) => ({ message: status === 429 || status === 403 ? 'API rate limit exceeded' : status >= 500 ? 'Server Error' : 'Not Found', documentation_url: DOCS, status: String(status) }),
    });
    this.route('GET', '/user', () => this.rated({ body: { login: 'autoflow-dev', id: 1001, type: 'User', name: 'Autoflow Dev', html_url: 'https://github.com/autoflow-dev' } }));
    this.route('GET', '/rate_limit', () => this.rated({ body: { resources: { core: { limit: 5000, remaining: this.rateRemaining, reset: this.resetAt(), used: 5000 - this.rateRemaining } } } }));
    this.route('POST', '/repos/:owner/:repo/issues', (r) => this.create(`${r.params.owner}/${r.params.repo}`, r.body ?? {}));
    this.route('GET', '/repos/:owner/:repo/issues/:number', (r) => this.withIssue(r.params, (i) => ({ body: this.view(i) })));
    this.route('PATCH', '/repos/:owner/:repo/issues/:number', (r) => this.withIssue(r.params, (i) => this.update(i, r.body ?? {})));
    this.route('POST', '/repos/:owner/:repo/issues/:number/comments', (r) => this.withIssue(r.params, (i) => this.comment(i, r.body ?? {})));
  }

  private resetAt(): number { return Math.floor(Date.now() / 1000) + 3600; }

  private rated(reply: FakeReply): FakeReply {
    return { ...reply, headers: { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': String(this.rateRemaining), 'x-ratelimit-reset': String(this.resetAt()), 'x-ratelimit-resource': 'core', ...reply.headers } };
  }

  private withIssue(p: Record<string, string>, fn: (i: StoredIssue) => FakeReply): FakeReply {
    const repo = `${p.owner}/${p.repo}`;
    const issue = this.issues.find((i) => i.repo === repo && i.number === Number(p.number));
    return this.rated(issue ? fn(issue) : message(404, 'Not Found'));
  }

  private view(i: StoredIssue) {
    return {
      id: i.id,
      node_id: `I_${i.id}`,
      number: i.number,
      title: i.title,
      body: i.body,
      state: i.state,
      state_reason: i.state_reason,
      labels: i.labels.map((name, k) => ({ id: k + 1, name, color: 'ededed' })),
      assignees: i.assignees.map((login, k) => ({ login, id: 3000 + k, type: 'User' })),
      comments: i.comments.length,
      user: { login: 'autoflow-dev', id: 1001, type: 'User' },
      url: `https://api.github.com/repos/${i.repo}/issues/${i.number}`,
      html_url: `https://github.com/${i.repo}/issues/${i.number}`,
      created_at: i.created_at,
      updated_at: i.updated_at,
      closed_at: i.state === 'closed' ? i.updated_at : null,
    };
  }

  private create(repo: string, b: Record<string, unknown>): FakeReply {
    if (typeof b.title !== 'string' || !b.title) {
      return this.rated(message(422, 'Validation Failed', { errors: [{ resource: 'Issue', code: 'missing_field', field: 'title' }] }));
    }
    const now = new Date().toISOString();
    const issue: StoredIssue = {
      id: this.nextId++, number: this.issues.filter((i) => i.repo === repo).length + 1, repo, title: b.title, body: typeof b.body === 'string' ? b.body : null,
      state: 'open', state_reason: null, labels: Array.isArray(b.labels) ? b.labels.map(String) : [], assignees: Array.isArray(b.assignees) ? b.assignees.map(String) : [],
      comments: [], created_at: now, updated_at: now,
    };
    this.issues.push(issue);
    return this.rated({ status: 201, headers: { location: `https://api.github.com/repos/${repo}/issues/${issue.number}` }, body: this.view(issue) });
  }

  private update(i: StoredIssue, b: Record<string, unknown>): FakeReply {
    if (b.state !== undefined && b.state !== 'open' && b.state !== 'closed') return message(422, 'Validation Failed', { errors: [{ resource: 'Issue', code: 'invalid', field: 'state' }] });
    if (typeof b.title === 'string') i.title = b.title;
    if (typeof b.body === 'string') i.body = b.body;
    if (b.state) {
      i.state = b.state as 'open' | 'closed';
      i.state_reason = i.state === 'closed' ? String(b.state_reason ?? 'completed') : 'reopened';
    }
    i.updated_at = new Date().toISOString();
    return { body: this.view(i) };
  }

  private comment(i: StoredIssue, b: Record<string, unknown>): FakeReply {
    if (typeof b.body !== 'string' || !b.body) return message(422, 'Validation Failed', { errors: [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }] });
    const c = { id: this.nextId++, body: b.body, created_at: new Date().toISOString() };
    i.comments.push(c);
    return {
      status: 201,
      body: { id: c.id, node_id: `IC_${c.id}`, body: c.body, user: { login: 'autoflow-dev', id: 1001 }, html_url: `https://github.com/${i.repo}/issues/${i.number}#issuecomment-${c.id}`, issue_url: `https://api.github.com/repos/${i.repo}/issues/${i.number}`, created_at: c.created_at, updated_at: c.created_at },
    };
  }
}
