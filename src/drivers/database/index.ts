/**
 * The database driver: parameterised SQL on SQLite (node:sqlite) or PostgreSQL (pg),
 * read-only unless a step sets allow_write.
 */
import { defineDriver } from '../define.ts';
import { query } from './query.ts';
import { databaseHealth } from './health.ts';

/** SQL queries on SQLite or PostgreSQL. */
export const databaseDriver = defineDriver({
  name: 'database',
  aliases: ['database_driver', 'db', 'sql', 'database_query'],
  title: 'Database query',
  description: 'Runs parameterised SQL on a SQLite file or a PostgreSQL database; read-only unless the step allows writes.',
  keywords: ['database', 'sql', 'sqlite', 'postgres', 'postgresql', 'query', 'db'],
  credentials: {
    kind: 'url',
    fields: [{ name: 'url', env: 'AUTOFLOW_DATABASE_URL', description: 'Default database: SQLite path / sqlite: URL or postgres://user:password@host/db.' }],
    required: false,
  },
  operations: { query },
  health: databaseHealth,
});
