/**
 * Project references for create_task: a gid (Asana gids are all digits) is used as is; any
 * other value is a project name, looked up in the workspace with
 * `GET /projects?workspace=…&archived=false&limit=100&opt_fields=name` (following
 * `next_page.offset`). Names match case-insensitively, an exact spelling winning; no match,
 * several matches or no known workspace fail with an AutoflowError whose hint says what to do.
 */
import type { DriverContext } from '../define.ts';
import { AutoflowError } from '../../platform/errors.ts';
import { asanaClient } from './client.ts';

/** A project as `GET /projects` returns it with `opt_fields=name`. */
export interface ProjectRef { gid: string; name: string }

/** Page size (the spec's maximum) and a cap on pages read (5,000 projects), so a runaway cursor cannot loop. */
const PAGE_SIZE = 100;
const MAX_PAGES = 50;

/** True for an Asana gid: a string of digits. */
export function isGid(value: string): boolean {
  return /^\d+$/.test(value);
}

/** Every unarchived project of the workspace, page by page. */
export async function listProjects(workspace: string, ctx: Pick<DriverContext, 'fetch' | 'signal' | 'settings' | 'credentials'>): Promise<ProjectRef[]> {
  const client = asanaClient(ctx);
  const projects = new Map<string, ProjectRef>();
  const seen = new Set<string>();
  let offset: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const res = await client.request({
      method: 'GET',
      path: 'projects',
      query: { workspace, archived: false, limit: PAGE_SIZE, opt_fields: ['name'], offset },
    });
    const body = res.body as { data?: { gid?: unknown; name?: unknown }[]; next_page?: { offset?: string } | null } | undefined;
    if (!Array.isArray(body?.data)) {
      throw new AutoflowError({ code: 'upstream_invalid_response', message: 'Asana answered GET /projects without a `data` list', retryable: false });
    }
    for (const p of body.data) if (typeof p.gid === 'string') projects.set(p.gid, { gid: p.gid, name: typeof p.name === 'string' ? p.name : '' });
    offset = body.next_page?.offset || undefined;
    if (!offset || seen.has(offset)) break; // a repeated cursor would loop forever
    seen.add(offset);
  }
  return [...projects.values()];
}

/** Picks the project called `name`: exact spelling first, then case-insensitive; throws when none or several. */
export function pickProject(name: string, workspace: string, projects: ProjectRef[]): string {
  const wanted = name.trim();
  const exact = projects.filter((p) => p.name.trim() === wanted);
  const matches = exact.length ? exact : projects.filter((p) => p.name.trim().toLowerCase() === wanted.toLowerCase());
  if (matches.length === 1) return matches[0].gid;
  if (matches.length > 1) {
    const listed = matches.map((p) => `"${p.name}" (${p.gid})`).join(', ');
    throw new AutoflowError({
      code: 'ambiguous_project',
      message: `Several Asana projects in workspace ${workspace} are named "${name}": ${listed}`,
      hint: 'Pass the gid of the one you mean as project_id (or project), or rename one of the projects in Asana.',
      path: 'parameters.project',
      retryable: false,
      details: { matches },
    });
  }
  const names = [...new Set(projects.map((p) => p.name).filter(Boolean))];
  const shown = names.slice(0, 8).map((n) => `"${n}"`).join(', ');
  throw new AutoflowError({
    code: 'not_found',
    message: `No Asana project named "${name}" in workspace ${workspace}`,
    hint: names.length
      ? `Use one of the workspace's projects (${shown}${names.length > 8 ? `, … ${names.length - 8} more` : ''}) or pass a project gid; check AUTOFLOW_ASANA_WORKSPACE if the project lives in another workspace.`
      : 'The workspace has no unarchived projects the token can see: check AUTOFLOW_ASANA_WORKSPACE (or `workspace`) and the token\'s access, or pass a project gid.',
    path: 'parameters.project',
    retryable: false,
    details: { available: names.slice(0, 20) },
  });
}

/** Resolves a project gid or name to a gid; a name needs a workspace to search in. */
export async function resolveProject(ref: string, workspace: string | undefined, ctx: Pick<DriverContext, 'fetch' | 'signal' | 'settings' | 'credentials'>): Promise<string> {
  if (isGid(ref)) return ref;
  if (!workspace) {
    throw new AutoflowError({
      code: 'invalid_input',
      message: `Cannot look up the Asana project named "${ref}": no workspace is known`,
      hint: 'Set AUTOFLOW_ASANA_WORKSPACE (or pass workspace) to the workspace gid, or pass the project gid instead of its name.',
      path: 'parameters.project',
      retryable: false,
    });
  }
  return pickProject(ref, workspace, await listProjects(workspace, ctx));
}
