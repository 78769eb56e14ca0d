/**
 * file.list: lists a workspace directory (optionally recursively, never following symlinks),
 * up to MAX_LIST_ENTRIES entries.
 */
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { defineOperation } from '../define.ts';
import { AutoflowError } from '../../platform/errors.ts';
import { notFound, resolveInWorkspace } from './workspace.ts';

/** Most entries one `list` returns. */
export const MAX_LIST_ENTRIES = 1000;

const entryType = z.enum(['file', 'directory', 'symlink', 'other']);

const input = z.object({
  path: z.string().min(1).default('.').describe('Directory relative to the workspace; "." (default) is the workspace itself.'),
  recursive: z.boolean().default(false).describe('Also list subdirectories (symlinked directories are not entered).'),
});

const output = z.object({
  path: z.string().describe('The listed directory relative to the workspace.'),
  entries: z.array(z.object({
    name: z.string(),
    path: z.string().describe('Path relative to the workspace, usable with file.read.'),
    type: entryType,
    size_bytes: z.number().int(),
  })),
  count: z.number().int(),
  truncated: z.boolean().describe(`True when more than ${MAX_LIST_ENTRIES} entries exist and the list was cut.`),
});

type Entry = z.infer<typeof output>['entries'][number];

/** Lists files in the workspace. */
export const list = defineOperation({
  description: 'Lists the files and folders in a directory of the Autoflow workspace, optionally recursively, with their sizes. '
    + 'Use it to find which reports or exports exist before reading them. No side effects.',
  keywords: ['file', 'list', 'directory', 'folder', 'ls', 'files', 'workspace', 'find files'],
  examples: ['List the files in the reports folder', 'What files are in the workspace?', 'Show every file under exports recursively'],
  effect: 'read',
  idempotent: true,
  outcomes: ['files_listed'],
  input,
  output,
  async run({ path, recursive }, ctx) {
    const p = await resolveInWorkspace(ctx, path);
    const st = await lstat(p.absolute).catch(() => { throw notFound(path, p.root); });
    if (!st.isDirectory()) throw new AutoflowError({ code: 'not_a_directory', message: `"${path}" in the workspace ${p.root} is not a directory`, hint: 'Use file.read for files.' });
    const entries: Entry[] = [];
    const queue = [p.relative];
    let truncated = false;
    while (queue.length && !truncated) {
      const rel = queue.shift()!;
      const dirents = await readdir(join(p.root, rel), { withFileTypes: true });
      dirents.sort((a, b) => a.name.localeCompare(b.name));
      for (const d of dirents) {
        if (entries.length >= MAX_LIST_ENTRIES) { truncated = true; break; }
        const childRel = rel === '.' ? d.name : `${rel}/${d.name}`;
        const type = d.isSymbolicLink() ? 'symlink' : d.isDirectory() ? 'directory' : d.isFile() ? 'file' : 'other';
        const size = type === 'file' ? (await lstat(join(p.root, childRel))).size : 0;
        entries.push({ name: d.name, path: childRel, type, size_bytes: size });
        if (recursive && type === 'directory') queue.push(childRel);
      }
    }
    return { path: p.relative, entries, count: entries.length, truncated };
  },
});
