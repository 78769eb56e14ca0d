/**
 * The file driver: read, write and list files confined to one workspace directory
 * (AUTOFLOW_WORKSPACE_DIR, else `<data dir>/workspace`).
 */
import { defineDriver } from '../define.ts';
import { read } from './read.ts';
import { write } from './write.ts';
import { list } from './list.ts';

/** Workspace-confined file access. */
export const fileDriver = defineDriver({
  name: 'file',
  aliases: ['file_driver', 'files', 'filesystem'],
  title: 'Files',
  description: 'Reads, writes and lists files in the Autoflow workspace directory. Paths outside the workspace (.., absolute, symlinks out) are refused.',
  keywords: ['file', 'files', 'disk', 'workspace', 'read', 'write', 'save', 'export'],
  settings: [
    { name: 'workspace_dir', env: 'AUTOFLOW_WORKSPACE_DIR', description: 'Directory the file driver is confined to (default: <data dir>/workspace).' },
  ],
  credentials: { kind: 'none', fields: [], required: false },
  operations: { read, write, list },
});
