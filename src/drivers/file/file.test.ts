/** Tests for the file driver: workspace confinement and read/write/list behaviour. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, realpathSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileDriver } from './index.ts';
import { runWith } from '../test-context.ts';
import { rejectsWithCode } from '../test-errors.ts';
import { scratchDir } from '../../platform/scratch-dir.ts';

function setup() {
  const base = realpathSync(scratchDir('autoflow-file-'));
  const ws = join(base, 'ws');
  mkdirSync(ws);
  const opts = { env: { AUTOFLOW_WORKSPACE_DIR: ws } };
  return { base, ws, run: (op: string, input: Record<string, unknown>) => runWith(fileDriver, op, input, opts) };
}

test('write then read round trip, with nested directories created', async () => {
  const { ws, run } = setup();
  const w = await run('write', { path: 'reports/today.txt', content: 'héllo\n' });
  assert.deepEqual({ ...w }, { path: 'reports/today.txt', bytes_written: 7, size_bytes: 7, created: true });
  assert.equal(readFileSync(join(ws, 'reports/today.txt'), 'utf8'), 'héllo\n');
  const r = await run('read', { path: 'reports/today.txt' });
  assert.equal(r.content, 'héllo\n');
  assert.equal(r.size_bytes, 7);
});

test('append, create-only and base64 modes', async () => {
  const { run } = setup();
  await run('write', { path: 'log.txt', content: 'a\n' });
  const a = await run('write', { path: 'log.txt', content: 'b\n', mode: 'append' });
  assert.equal(a.created, false);
  assert.equal((await run('read', { path: 'log.txt' })).content, 'a\nb\n');
  await rejectsWithCode(run('write', { path: 'log.txt', content: 'x', mode: 'create' }), 'file_exists', 'log.txt');
  await run('write', { path: 'bin.dat', content: Buffer.from([0, 1, 2, 255]).toString('base64'), encoding: 'base64' });
  assert.equal((await run('read', { path: 'bin.dat', encoding: 'base64' })).content, 'AAEC/w==');
});

test('read gives a text file\'s non-empty lines, trimmed, for a loop over a list kept in a file', async () => {
  const { run } = setup();
  await run('write', { path: 'urls.txt', content: 'https://a.example/x\r\n\n  https://b.example/y  \n' });
  assert.deepEqual((await run('read', { path: 'urls.txt' })).lines, ['https://a.example/x', 'https://b.example/y']);
  await run('write', { path: 'bin.dat', content: Buffer.from('a\nb').toString('base64'), encoding: 'base64' });
  assert.deepEqual((await run('read', { path: 'bin.dat', encoding: 'base64' })).lines, []);
});

test('paths escaping the workspace are rejected with the path and the workspace named', async () => {
  const { ws, run } = setup();
  await rejectsWithCode(run('read', { path: '../x' }), 'path_outside_workspace', '../x', ws);
  await rejectsWithCode(run('write', { path: 'a/../../x', content: 'x' }), 'path_outside_workspace', '..');
  await rejectsWithCode(run('read', { path: '/etc/passwd' }), 'path_outside_workspace', '/etc/passwd', 'absolute');
  await rejectsWithCode(run('read', { path: 'a\0b' }), 'path_outside_workspace', 'NUL');
});

test('symlinks resolving outside the workspace are rejected, inside ones work', async () => {
  const { base, ws, run } = setup();
  writeFileSync(join(base, 'secret.txt'), 'secret');
  symlinkSync(join(base, 'secret.txt'), join(ws, 'link.txt'));
  symlinkSync(base, join(ws, 'outdir'));
  await rejectsWithCode(run('read', { path: 'link.txt' }), 'path_outside_workspace', 'link.txt', ws);
  await rejectsWithCode(run('write', { path: 'link.txt', content: 'pwned' }), 'path_outside_workspace');
  await rejectsWithCode(run('write', { path: 'outdir/new/file.txt', content: 'pwned' }), 'path_outside_workspace', 'outdir/new/file.txt');
  assert.equal(readFileSync(join(base, 'secret.txt'), 'utf8'), 'secret');
  writeFileSync(join(ws, 'real.txt'), 'ok');
  symlinkSync(join(ws, 'real.txt'), join(ws, 'alias.txt'));
  assert.equal((await run('read', { path: 'alias.txt' })).content, 'ok');
});

test('read of a missing file names the path and the workspace', async () => {
  const { ws, run } = setup();
  await rejectsWithCode(run('read', { path: 'nope.txt' }), 'file_not_found', 'nope.txt', ws);
});

test('list shows entries, recursively on request', async () => {
  const { run } = setup();
  await run('write', { path: 'a.txt', content: 'abc' });
  await run('write', { path: 'sub/b.txt', content: 'b' });
  const flat = await run('list', {});
  assert.deepEqual((flat.entries as { path: string; type: string }[]).map((e) => `${e.path}:${e.type}`), ['a.txt:file', 'sub:directory']);
  const deep = await run('list', { recursive: true });
  assert.deepEqual((deep.entries as { path: string }[]).map((e) => e.path), ['a.txt', 'sub', 'sub/b.txt']);
  await rejectsWithCode(run('list', { path: '..' }), 'path_outside_workspace');
});

test('workspace defaults to <dataDir>/workspace', async () => {
  const dataDir = scratchDir('autoflow-data-');
  await runWith(fileDriver, 'write', { path: 'x.txt', content: '1' }, { dataDir });
  assert.equal(readFileSync(join(dataDir, 'workspace', 'x.txt'), 'utf8'), '1');
});
