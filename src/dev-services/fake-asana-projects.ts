/**
 * The fake Asana's projects: a few seeded ones ("Support", "Q3 Launch", "Website Redesign",
 * an archived "Q2 Launch"), ones created on first reference by a task, and
 * `GET /projects` in the vendor's shape: `{data: [{gid, name, resource_type}], next_page}`,
 * filtered by `workspace` and `archived`, paginated with `limit` (1–100) and an opaque `offset`.
 */
import type { FakeReply, FakeRequest } from './fake-http.ts';

/** A project the fake knows. */
export interface FakeAsanaProject { gid: string; name: string; workspace: string; archived: boolean }

/** Projects every fresh fake starts with (gids are digits, as in Asana). */
export const FAKE_ASANA_PROJECTS: readonly Omit<FakeAsanaProject, 'workspace'>[] = [
  { gid: '1400000000000001', name: 'Support', archived: false },
  { gid: '1400000000000002', name: 'Q3 Launch', archived: false },
  { gid: '1400000000000003', name: 'Website Redesign', archived: false },
  { gid: '1400000000000004', name: 'Q2 Launch', archived: true },
];

type ErrorReply = (status: number, message: string) => FakeReply;

/** The project store plus the `GET /projects` handler. */
export class FakeAsanaProjects {
  readonly byGid = new Map<string, FakeAsanaProject>();
  private nextGid = 1400000000000101n;
  private readonly workspace: string;
  private readonly err: ErrorReply;

  constructor(workspace: string, err: ErrorReply) {
    this.workspace = workspace;
    this.err = err;
    for (const p of FAKE_ASANA_PROJECTS) this.byGid.set(p.gid, { ...p, workspace });
  }

  /** Adds a project (tests use it for duplicates or many pages); returns it. */
  add(name: string, opts: { archived?: boolean; gid?: string } = {}): FakeAsanaProject {
    const p = { gid: opts.gid ?? String(this.nextGid++), name, workspace: this.workspace, archived: opts.archived ?? false };
    this.byGid.set(p.gid, p);
    return p;
  }

  /** A project referenced by a task: created on first reference so any gid works in demos. */
  ensure(gid: string): FakeAsanaProject {
    return this.byGid.get(gid) ?? this.add(`Project ${gid}`, { gid });
  }

  name(gid: string): string {
    return this.byGid.get(gid)?.name ?? `Project ${gid}`;
  }

  /** `GET /projects`: compact records, optionally filtered and paginated. */
  list(r: FakeRequest, baseUrl: string): FakeReply {
    const { workspace, archived, limit, offset } = r.query;
    if (workspace !== undefined && workspace !== this.workspace) return this.err(400, `workspace: Not a recognized ID: ${workspace}`);
    if (archived !== undefined && archived !== 'true' && archived !== 'false') return this.err(400, `archived: Value is not a boolean: ${archived}`);
    const all = [...this.byGid.values()].filter((p) => archived === undefined || p.archived === (archived === 'true'));
    const view = (p: FakeAsanaProject) => ({ gid: p.gid, name: p.name, resource_type: 'project' });
    if (limit === undefined) return { body: { data: all.map(view) } };
    const size = Number(limit);
    if (!Number.isInteger(size) || size < 1 || size > 100) return this.err(400, 'limit: Must be between 1 and 100');
    let start = 0;
    if (offset !== undefined) {
      start = Number(Buffer.from(offset, 'base64url').toString('utf8').replace(/^page:/, '') || NaN);
      if (!Number.isInteger(start) || start < 0) return this.err(400, 'offset: Your pagination token is invalid.');
    }
    const page = all.slice(start, start + size);
    let next_page: { offset: string; path: string; uri: string } | null = null;
    if (all.length > start + size) {
      const token = Buffer.from(`page:${start + size}`).toString('base64url');
      const q = new URLSearchParams({ ...r.query, offset: token });
      const path = `/projects?${q}`;
      next_page = { offset: token, path, uri: `${baseUrl}${path}` };
    }
    return { body: { data: page.map(view), next_page } };
  }
}
