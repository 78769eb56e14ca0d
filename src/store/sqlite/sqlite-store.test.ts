/** The SQLite adapter against the Store contract, plus what only a file store can show. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { SqliteStore } from './sqlite-store.ts';
import { sampleRun, storeContract } from '../contract.ts';
import { scratchDir } from '../../platform/scratch-dir.ts';

storeContract('sqlite', async () => new SqliteStore({ file: ':memory:' }));

test('sqlite: a file store is WAL with synchronous=FULL, migrates once, and keeps data across reopen', async () => {
  const file = path.join(scratchDir('af-store-'), 'deep', 'autoflow.db');
  const a = new SqliteStore({ file });
  assert.equal((a.db.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode, 'wal');
  assert.equal((a.db.prepare('PRAGMA synchronous').get() as { synchronous: number }).synchronous, 2);
  const run = sampleRun();
  await a.apply([[{ op: 'insertRun', run }]]);
  await a.close();
  const b = new SqliteStore({ file });
  assert.deepEqual(b.migrate(), [], 'nothing to migrate the second time');
  assert.equal((await b.getRun(run.id))!.id, run.id);
  await b.close();
});
