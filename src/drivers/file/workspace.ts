/**
 * Workspace confinement for the file driver: every path is relative to one workspace directory
 * (AUTOFLOW_WORKSPACE_DIR, else `<dataDir>/workspace`). `..`, absolute paths and NUL bytes are
 * refused outright, and the real location (symlinks resolved through the deepest existing
 * ancestor) must stay inside the workspace's real path.
 */
import { mkdir, realpath, lstat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep, win32 } from 'node:path';
import type { DriverContext } from '../define.ts';
import { AutoflowError } from '../../platform/errors.ts';

/** Largest file `read` returns and `write` accepts (bytes). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** A path checked against the workspace. */
export interface WorkspacePath {
  /** The workspace's real absolute path. */
  root: string;
  /** The real absolute path of the target (may not exist yet). */
  absolute: string;
  /** The path relative to the workspace, with `/` separators ('.' for the root). */
  relative: string;
}

/** The workspace directory for this context (created if missing), as a real path. */
export async function workspaceRoot(ctx: DriverContext): Promise<string> {
  const dir = resolve(ctx.settings.workspace_dir || join(ctx.dataDir, 'workspace'));
  await mkdir(dir, { recursive: true });
  return realpath(dir);
}

function outside(path: string, root: string, why: string): AutoflowError {
  return new AutoflowError({
    code: 'path_outside_workspace',
    message: `Refusing path "${path}": ${why}; files are confined to the workspace ${root}`,
    hint: 'Use a relative path inside the workspace without "..", e.g. "reports/summary.txt".',
  });
}

function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** Real path of `abs` if it exists, else the real path of its deepest existing ancestor plus the rest. */
async function realLocation(abs: string): Promise<string> {
  const rest: string[] = [];
  let cur = abs;
  for (;;) {
    try {
      await lstat(cur);
      return join(await realpath(cur), ...rest.reverse());
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw err;
      const parent = dirname(cur);
      if (parent === cur) return abs;
      rest.push(cur.slice(parent.length).replace(/^[\\/]+/, ''));
      cur = parent;
    }
  }
}

/** Checks `path` against the workspace and returns where it really points. Throws `path_outside_workspace`. */
export async function resolveInWorkspace(ctx: DriverContext, path: string): Promise<WorkspacePath> {
  const root = await workspaceRoot(ctx);
  if (path.includes('\0')) throw outside(path.replace(/\0/g, '\\0'), root, 'it contains a NUL byte');
  if (isAbsolute(path) || win32.isAbsolute(path)) throw outside(path, root, 'absolute paths are not allowed');
  if (path.split(/[\\/]+/).includes('..')) throw outside(path, root, '".." segments are not allowed');
  const absolute = await realLocation(join(root, path));
  if (!isInside(root, absolute)) throw outside(path, root, `it resolves (through a symlink) to ${absolute}`);
  return { root, absolute, relative: relative(root, absolute).split(sep).join('/') || '.' };
}

/** A not-found error naming the path and the workspace. */
export function notFound(path: string, root: string): AutoflowError {
  return new AutoflowError({
    code: 'file_not_found',
    message: `No file "${path}" in the workspace ${root}`,
    hint: 'Check the path (relative to the workspace); use file.list to see what exists.',
  });
}
