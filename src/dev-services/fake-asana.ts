/**
 * A fake Asana API (under /api/1.0) following Asana's documented shapes: bodies wrapped in
 * `{data: …}`, string gids, `permalink_url`, `{errors: [{message}]}` on failure. Supports
 * tasks (create, get, update, delete), stories (comments), users/me and `GET /projects`
 * (seeded projects, see fake-asana-projects.ts). Projects are also created on first reference
 * so any project gid works in demos; assignees must be "me", an email or a gid of a known
 * user, as in Asana.
 */
import { FakeService, type FakeReply } from './fake-http.ts';
import { FakeAsanaProjects } from './fake-asana-projects.ts';

/** A user the fake knows. */
export interface FakeAsanaUser { gid: string; name: string; email: string }

interface StoredTask {
  gid: string;
  name: string;
  notes: string;
  completed: boolean;
  completed_at: string | null;
  due_on: string | null;
  assignee: string | null;
  projects: string[];
  workspace: string;
  created_at: string;
  modified_at: string;
}

/** Ids of the fake's fixed records. */
export const FAKE_ASANA_WORKSPACE = '1100000000000001';
export const FAKE_ASANA_ME: FakeAsanaUser = { gid: '1200000000000001', name: 'Dev User', email: 'dev@example.com' };
const OTHER_USERS: FakeAsanaUser[] = [{ gid: '1200000000000002', name: 'Alice Example', email: 'alice@example.com' }];

const err = (status: number, message: string): FakeReply => ({
  status,
  body: { errors: [{ message, help: 'For more information on API status codes and how to handle them, read the docs on errors: https://developers.asana.com/docs/errors' }] },
});

/** The fake Asana service plus its in-memory data (for test assertions). */
export class FakeAsana extends FakeService {
  readonly tasks = new Map<string, StoredTask>();
  readonly stories: { gid: string; task: string; text: string; created_at: string }[] = [];
  readonly users: FakeAsanaUser[] = [FAKE_ASANA_ME, ...OTHER_USERS];
  /** Projects: seeded ones plus those created on first reference. */
  readonly projects = new FakeAsanaProjects(FAKE_ASANA_WORKSPACE, err);
  private nextGid = 1300000000000001n;

  constructor(token = 'dev-asana-token') {
    super({
      name: 'asana',
      prefix: '/api/1.0',
      token,
      unauthorized: () => err(401, 'Not Authorized'),
      errorBody: (status) => err(status, status === 429 ? 'You have made too many requests recently. Please, be chill.' : status >= 500 ? 'Server Error' : `HTTP ${status}`).body,
    });
    this.route('GET', '/users/:gid', (r) => {
      const u = r.params.gid === 'me' ? FAKE_ASANA_ME : this.users.find((x) => x.gid === r.params.gid || x.email === r.params.gid);
      return u ? { body: { data: { ...this.user(u), email: u.email, workspaces: [this.workspaceRef()] } } } : err(404, `user: Unknown object: ${r.params.gid}`);
    });
    this.route('GET', '/projects', (r) => this.projects.list(r, this.baseUrl));
    this.route('POST', '/tasks', (r) => this.createTask(r.body?.data));
    this.route('GET', '/tasks/:gid', (r) => this.withTask(r.params.gid, (t) => ({ body: { data: this.view(t) } })));
    this.route('PUT', '/tasks/:gid', (r) => this.withTask(r.params.gid, (t) => this.updateTask(t, r.body?.data)));
    this.route('DELETE', '/tasks/:gid', (r) => this.withTask(r.params.gid, (t) => { this.tasks.delete(t.gid); return { body: { data: {} } }; }));
    this.route('POST', '/tasks/:gid/stories', (r) => this.withTask(r.params.gid, (t) => this.addStory(t, r.body?.data)));
  }

  private gid(): string { return String(this.nextGid++); }

  private user(u: FakeAsanaUser) { return { gid: u.gid, resource_type: 'user', name: u.name }; }

  private workspaceRef() { return { gid: FAKE_ASANA_WORKSPACE, resource_type: 'workspace', name: 'Dev Workspace' }; }

  private resolveUser(ref: string): FakeAsanaUser | undefined {
    return ref === 'me' ? FAKE_ASANA_ME : this.users.find((u) => u.gid === ref || u.email.toLowerCase() === ref.toLowerCase());
  }

  private withTask(gid: string, fn: (t: StoredTask) => FakeReply): FakeReply {
    const t = this.tasks.get(gid);
    return t ? fn(t) : err(404, `task: Unknown object: ${gid}`);
  }

  private view(t: StoredTask) {
    const assignee = t.assignee ? this.resolveUser(t.assignee) : undefined;
    return {
      gid: t.gid,
      resource_type: 'task',
      resource_subtype: 'default_task',
      name: t.name,
      notes: t.notes,
      completed: t.completed,
      completed_at: t.completed_at,
      due_on: t.due_on,
      assignee: assignee ? this.user(assignee) : null,
      projects: t.projects.map((p) => ({ gid: p, resource_type: 'project', name: this.projects.name(p) })),
      workspace: this.workspaceRef(),
      permalink_url: `https://app.asana.com/0/${t.projects[0] ?? 0}/${t.gid}`,
      created_at: t.created_at,
      modified_at: t.modified_at,
    };
  }

  /** Validates the writable fields shared by create and update; returns an error reply or undefined. */
  private check(d: Record<string, unknown>): FakeReply | undefined {
    if (d.name !== undefined && typeof d.name !== 'string') return err(400, 'name: Value is not a string');
    if (d.due_on != null && !/^\d{4}-\d{2}-\d{2}$/.test(String(d.due_on))) return err(400, `due_on: Invalid date: ${String(d.due_on)}`);
    if (d.assignee != null && !this.resolveUser(String(d.assignee))) return err(400, `assignee: Not a recognized ID: ${String(d.assignee)}`);
    if (d.completed !== undefined && typeof d.completed !== 'boolean') return err(400, 'completed: Value is not a boolean');
    return undefined;
  }

  private createTask(d: Record<string, unknown> | undefined): FakeReply {
    if (!d || typeof d !== 'object') return err(400, 'data: Missing input');
    const projects = Array.isArray(d.projects) ? d.projects.map(String) : [];
    if (!projects.length && !d.workspace && !d.parent) return err(400, 'workspace: Missing input');
    const bad = this.check(d);
    if (bad) return bad;
    for (const p of projects) this.projects.ensure(p);
    const now = new Date().toISOString();
    const assignee = d.assignee != null ? this.resolveUser(String(d.assignee))!.gid : null;
    const t: StoredTask = {
      gid: this.gid(), name: String(d.name ?? ''), notes: String(d.notes ?? ''), completed: d.completed === true, completed_at: d.completed === true ? now : null,
      due_on: d.due_on ? String(d.due_on) : null, assignee, projects, workspace: String(d.workspace ?? FAKE_ASANA_WORKSPACE), created_at: now, modified_at: now,
    };
    this.tasks.set(t.gid, t);
    return { status: 201, body: { data: this.view(t) } };
  }

  private updateTask(t: StoredTask, d: Record<string, unknown> | undefined): FakeReply {
    if (!d || typeof d !== 'object') return err(400, 'data: Missing input');
    const bad = this.check(d);
    if (bad) return bad;
    if (d.name !== undefined) t.name = String(d.name);
    if (d.notes !== undefined) t.notes = String(d.notes);
    if (d.due_on !== undefined) t.due_on = d.due_on === null ? null : String(d.due_on);
    if (d.assignee !== undefined) t.assignee = d.assignee === null ? null : this.resolveUser(String(d.assignee))!.gid;
    if (d.completed !== undefined) {
      t.completed = d.completed === true;
      t.completed_at = t.completed ? new Date().toISOString() : null;
    }
    t.modified_at = new Date().toISOString();
    return { body: { data: this.view(t) } };
  }

  private addStory(t: StoredTask, d: Record<string, unknown> | undefined): FakeReply {
    if (!d || (typeof d.text !== 'string' && typeof d.html_text !== 'string')) return err(400, 'text: Missing input');
    const story = { gid: this.gid(), task: t.gid, text: String(d.text ?? d.html_text), created_at: new Date().toISOString() };
    this.stories.push(story);
    return {
      status: 201,
      body: { data: { gid: story.gid, resource_type: 'story', type: 'comment', resource_subtype: 'comment_added', text: story.text, created_at: story.created_at, created_by: this.user(FAKE_ASANA_ME), target: { gid: t.gid, resource_type: 'task', name: t.name } } },
    };
  }
}
