/** Tests for the database driver against a temporary SQLite file. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { databaseDriver } from './index.ts';
import { runWith, testContext } from '../test-context.ts';
import { rejectsWithCode } from '../test-errors.ts';
import { checkSql } from './sql-guard.ts';
import { parseDatabaseUrl } from './connection-url.ts';
import { redact } from '../../platform/secrets.ts';
import { scratchDir } from '../../platform/scratch-dir.ts';

function fixture() {
  const dir = scratchDir('autoflow-db-');
  const path = join(dir, 'app.db');
  const db = new DatabaseSync(path);
  db.exec(`CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, email TEXT, active INTEGER, avatar BLOB);
    INSERT INTO users (name, email, active, avatar) VALUES ('Ann', 'ann@x.com', 1, x'0102'), ('Bob', 'bob@x.com', 0, NULL), ('Cy', 'cy@x.com', 1, NULL);`);
  db.close();
  const count = () => { const d = new DatabaseSync(path, { readOnly: true }); const n = (d.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n; d.close(); return n; };
  return { dir, path, count, run: (input: Record<string, unknown>) => runWith(databaseDriver, 'query', { url: path, ...input }) };
}

test('select with bound params returns rows, columns and counts', async () => {
  const { run } = fixture();
  const out = await run({ sql: 'SELECT id, name, active, avatar FROM users WHERE active = ? ORDER BY id', params: [true] });
  assert.deepEqual(out, {
    rows: [{ id: 1, name: 'Ann', active: 1, avatar: 'AQI=' }, { id: 3, name: 'Cy', active: 1, avatar: null }],
    row_count: 2, columns: ['id', 'name', 'active', 'avatar'], truncated: false, changes: 0,
  });
});

test('an injection attempt through params is just a value', async () => {
  const { run, count } = fixture();
  const out = await run({ sql: 'SELECT name FROM users WHERE name = ?', params: ["x' OR '1'='1"] });
  assert.equal(out.row_count, 0);
  const drop = await run({ sql: 'SELECT name FROM users WHERE email = ?', params: ["'; DROP TABLE users; --"] });
  assert.equal(drop.row_count, 0);
  assert.equal(count(), 3);
});

test('writes are refused unless allow_write', async () => {
  const { run, count } = fixture();
  await rejectsWithCode(run({ sql: 'DELETE FROM users' }), 'write_not_allowed');
  await rejectsWithCode(run({ sql: "/* hi */ INSERT INTO users (name) VALUES ('Eve')" }), 'write_not_allowed');
  // A write hidden in a CTE passes the keyword check but the read-only connection refuses it.
  await rejectsWithCode(run({ sql: 'WITH x AS (SELECT 1) DELETE FROM users' }), 'write_not_allowed');
  await rejectsWithCode(run({ sql: 'SELECT 1; DELETE FROM users' }), 'multiple_statements');
  assert.equal(count(), 3);
  const ins = await run({ sql: 'INSERT INTO users (name, email) VALUES (?, ?)', params: ['Dee', 'dee@x.com'], allow_write: true });
  assert.equal(ins.changes, 1);
  assert.equal(count(), 4);
  const del = await run({ sql: 'DELETE FROM users WHERE active = ?', params: [0], allow_write: true });
  assert.equal(del.changes, 1);
});

test('row cap sets truncated', async () => {
  const { run } = fixture();
  const out = await run({ sql: 'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) SELECT i FROM n' });
  assert.equal(out.row_count, 10_000);
  assert.equal(out.truncated, true);
  assert.equal((await run({ sql: 'SELECT * FROM users', max_rows: 2 })).truncated, true);
});

test('default URL from AUTOFLOW_DATABASE_URL, sqlite: URLs, missing files and bad SQL', async () => {
  const { path, dir } = fixture();
  const env = { AUTOFLOW_DATABASE_URL: `sqlite:${path}` };
  assert.deepEqual((await runWith(databaseDriver, 'query', { sql: 'SELECT count(*) AS n FROM users' }, { env })).rows, [{ n: 3 }]);
  await rejectsWithCode(runWith(databaseDriver, 'query', { sql: 'SELECT 1' }), 'missing_database_url');
  await rejectsWithCode(runWith(databaseDriver, 'query', { sql: 'SELECT 1', url: join(dir, 'nope.db') }), 'database_not_found');
  await rejectsWithCode(runWith(databaseDriver, 'query', { sql: 'SELECT * FROM nope', url: path }), 'query_failed');
  await rejectsWithCode(runWith(databaseDriver, 'query', { sql: 'SELECT 1', url: 'mysql://u:p@h/db' }), 'unsupported_database');
  assert.deepEqual(await databaseDriver.health(testContext(databaseDriver, { env })), { ok: true, details: { database_connection: 'established' } });
});

test('sql guard: strings and comments do not count as statements or keywords', () => {
  checkSql("SELECT ';' AS semi -- ; DELETE\n", false);
  checkSql("select $$;$$, 'it''s'; ", false);
  assert.throws(() => checkSql("SELECT E'\\''; COMMIT; DELETE FROM t; --'", false), /statements/);
  assert.throws(() => checkSql('UPDATE t SET a = 1', false), /allow_write/);
  assert.throws(() => checkSql('  ', false), /empty/);
});

test('postgres URLs register the password and show a label without it', () => {
  const t = parseDatabaseUrl('postgres://app:s3cr3t-pw@db.local:5432/prod', '/data');
  assert.equal(t.label, 'PostgreSQL db.local:5432/prod');
  assert.equal(redact('password s3cr3t-pw'), 'password ***');
  assert.deepEqual(parseDatabaseUrl('sqlite:rel.db', '/data'), { kind: 'sqlite', path: '/data/rel.db', label: 'SQLite /data/rel.db' });
  assert.equal((parseDatabaseUrl('sqlite:///abs/x.db', '/data') as { path: string }).path, '/abs/x.db');
});
