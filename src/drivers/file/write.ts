/**
 * file.write: writes text or base64 content to a workspace file (overwrite, append, or create
 * only when absent), creating parent directories.
 */
import { mkdir, open, stat } from 'node:fs/promises';
import { constants } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { defineOperation } from '../define.ts';
import { AutoflowError } from '../../platform/errors.ts';
import { MAX_FILE_BYTES, resolveInWorkspace } from './workspace.ts';

const input = z.object({
  path: z.string().min(1).describe('File path relative to the workspace, e.g. "reports/summary.txt". Parent directories are created.'),
  content: z.string().describe('What to write: text (encoding utf8) or base64 data (encoding base64).'),
  encoding: z.enum(['utf8', 'base64']).default('utf8').describe('How `content` is encoded.'),
  mode: z.enum(['overwrite', 'append', 'create']).default('overwrite')
    .describe('overwrite replaces the file, append adds to its end, create fails if the file already exists.'),
});

const output = z.object({
  path: z.string().describe('The path relative to the workspace.'),
  bytes_written: z.number().int(),
  size_bytes: z.number().int().describe('File size after the write.'),
  created: z.boolean().describe('True when the file did not exist before.'),
});

const { O_WRONLY, O_CREAT, O_TRUNC, O_APPEND, O_EXCL, O_NOFOLLOW } = constants;
const flagsFor = { overwrite: O_WRONLY | O_CREAT | O_TRUNC, append: O_WRONLY | O_CREAT | O_APPEND, create: O_WRONLY | O_CREAT | O_EXCL };

/** Writes one file in the workspace. */
export const write = defineOperation({
  description: 'Writes content to a file in the Autoflow workspace directory: overwrite it, append to it, or create it only if it does not exist. '
    + 'Use it to save a report, export data, or keep a log of workflow results. Side effect: changes the file on disk '
    + `(overwrite replaces earlier content). Paths outside the workspace are refused; content is limited to ${MAX_FILE_BYTES / 1024 / 1024} MB.`,
  keywords: ['file', 'write', 'save', 'store', 'append', 'export', 'create file', 'workspace', 'log'],
  examples: ['Save the summary to reports/summary.md', 'Append the result line to logs/runs.log', 'Create out/data.json with the API response'],
  effect: 'write',
  idempotent: false,
  outcomes: ['file_written'],
  input,
  output,
  async run({ path, content, encoding, mode }, ctx) {
    const data = Buffer.from(content, encoding);
    if (data.length > MAX_FILE_BYTES) {
      throw new AutoflowError({ code: 'content_too_large', message: `Content for "${path}" is ${data.length} bytes; file.write accepts at most ${MAX_FILE_BYTES} bytes` });
    }
    const p = await resolveInWorkspace(ctx, path);
    if (p.relative === '.') throw new AutoflowError({ code: 'not_a_file', message: `"${path}" is the workspace directory ${p.root} itself`, hint: 'Give a file name.' });
    await mkdir(dirname(p.absolute), { recursive: true });
    const existed = await stat(p.absolute).then((s) => {
      if (!s.isFile()) throw new AutoflowError({ code: 'not_a_file', message: `"${path}" in the workspace ${p.root} exists and is not a regular file` });
      return true;
    }, () => false);
    // O_NOFOLLOW: the final component was checked above; refuse a symlink swapped in since.
    const fh = await open(p.absolute, flagsFor[mode] | O_NOFOLLOW)
      .catch((err: NodeJS.ErrnoException) => {
        if (err.code === 'EEXIST') throw new AutoflowError({ code: 'file_exists', message: `"${path}" already exists in the workspace ${p.root} (mode create)`, hint: 'Use mode overwrite or append, or another path.' });
        throw err;
      });
    try {
      await fh.writeFile(data);
      const size = (await fh.stat()).size;
      return { path: p.relative, bytes_written: data.length, size_bytes: size, created: !existed };
    } finally {
      await fh.close();
    }
  },
});
