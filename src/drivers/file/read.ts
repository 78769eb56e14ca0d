/**
 * file.read: returns a workspace file's content as UTF-8 text or base64, up to MAX_FILE_BYTES, and a text
 * file's non-empty lines (so a loop can go over a list kept in a file).
 */
import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import { defineOperation } from '../define.ts';
import { AutoflowError } from '../../platform/errors.ts';
import { MAX_FILE_BYTES, notFound, resolveInWorkspace } from './workspace.ts';

const input = z.object({
  path: z.string().min(1).describe('File path relative to the workspace, e.g. "reports/summary.txt".'),
  encoding: z.enum(['utf8', 'base64']).default('utf8').describe('utf8 for text, base64 for binary files.'),
});

const output = z.object({
  path: z.string().describe('The path relative to the workspace.'),
  content: z.string().describe('The file content in the requested encoding.'),
  lines: z.array(z.string()).describe('The non-empty lines of a text file, trimmed (empty for base64), for looping over a list kept in a file.'),
  encoding: z.enum(['utf8', 'base64']),
  size_bytes: z.number().int().describe('File size in bytes.'),
  modified_at: z.string().describe('Last modification time (ISO 8601).'),
});

/** Reads one file from the workspace. */
export const read = defineOperation({
  description: 'Reads a file from the Autoflow workspace directory and returns its content (text, or base64 for binary). '
    + 'Use it to load a report, a CSV or a configuration file produced earlier. Paths are relative to the workspace; '
    + `anything outside it is refused. Files larger than ${MAX_FILE_BYTES / 1024 / 1024} MB are refused. No side effects.`,
  keywords: ['file', 'read', 'open', 'load', 'contents', 'workspace', 'text file', 'csv'],
  examples: ['Read the file reports/daily.csv', 'Load the release notes from notes/release.md', 'Open config.json from the workspace'],
  effect: 'read',
  idempotent: true,
  outcomes: ['file_read'],
  input,
  output,
  async run({ path, encoding }, ctx) {
    const p = await resolveInWorkspace(ctx, path);
    const st = await stat(p.absolute).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT' || err.code === 'ENOTDIR') throw notFound(path, p.root);
      throw err;
    });
    if (!st.isFile()) throw new AutoflowError({ code: 'not_a_file', message: `"${path}" in the workspace ${p.root} is not a regular file`, hint: 'Use file.list for directories.' });
    if (st.size > MAX_FILE_BYTES) {
      throw new AutoflowError({ code: 'file_too_large', message: `"${path}" is ${st.size} bytes; file.read returns at most ${MAX_FILE_BYTES} bytes`, hint: 'Split the file or process it another way.' });
    }
    const buf = await readFile(p.absolute, { signal: ctx.signal });
    const content = buf.toString(encoding);
    const lines = encoding === 'utf8' ? content.split(/\r?\n/).map((l) => l.trim()).filter(Boolean) : [];
    return { path: p.relative, content, lines, encoding, size_bytes: buf.length, modified_at: st.mtime.toISOString() };
  },
});
