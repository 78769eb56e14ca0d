/**
 * Scratch directories for tests and test contexts: a fresh directory under the system temp
 * folder that is removed, with everything in it, when the process exits — so thousands of test
 * runs leave nothing behind in /tmp.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const created: string[] = [];
let hooked = false;

function removeAll(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 2 });
}

/** A new empty directory named `<prefix>XXXXXX`, deleted when this process exits. */
export function scratchDir(prefix = 'autoflow-test-'): string {
  if (!hooked) { process.once('exit', removeAll); hooked = true; }
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}
