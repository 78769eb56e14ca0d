#!/usr/bin/env node
// Entry point for `npx autoflow`: runs src/cli.ts on the project's Node 24 (the `node`
// devDependency), re-executing itself there when started by an older system Node.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'src', 'cli.ts');
const major = Number(process.versions.node.split('.')[0]);

if (major >= 24) {
  await import(cli);
} else {
  const node24 = path.join(root, 'node_modules', 'node', 'bin', 'node');
  if (!existsSync(node24)) {
    process.stderr.write(`autoflow needs Node.js 24 (found ${process.version}). Run \`npm ci\` in ${root} to install it.\n`);
    process.exit(1);
  }
  const r = spawnSync(node24, [cli, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? (r.signal ? 1 : 0));
}
