/**
 * Conformance-test support: starts Stoplight Prism (`prism mock`) on a vendor's OpenAPI file
 * as a child process, waits until it listens, and records every request a driver sends with
 * the violations Prism reports in its `sl-violations` header. Prism flags requests that break
 * the spec (400/422/401/415 plus the header); it also flags its own example responses when
 * they break the spec's response schema, so only `request` violations count against a driver.
 * Also the checks the conformance suites share: the exchanges an action caused, and that they conform.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FetchLike } from '../../src/platform/guarded-fetch.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Path of a vendor spec: `../shared/vendor-specs/<file>` beside the repository (as CI checks it out). */
export function vendorSpec(file: string): string {
  return resolve(repoRoot, '../shared/vendor-specs', file);
}

/** Whether the spec file is present (the suite is skipped with a reason when not). */
export function hasSpec(file: string): boolean {
  return existsSync(vendorSpec(file));
}

/** The `skip` option of a suite that needs the spec: false when present, else the reason. */
export function skipWithoutSpec(file: string): false | string {
  return hasSpec(file) ? false : `${vendorSpec(file)} not found`;
}

/** A running Prism mock server. */
export interface PrismMock {
  baseUrl: string;
  /** How long Prism took to load the spec and listen. */
  startupMs: number;
  stop(): Promise<void>;
}

/** Starts `prism mock` on a free loopback port with the project's Node; resolves once it listens. */
export async function startPrism(specFile: string, timeoutMs = 60_000): Promise<PrismMock> {
  const cli = resolve(repoRoot, 'node_modules/@stoplight/prism-cli/dist/index.js');
  const port = await freePort();
  const started = Date.now();
  const child = spawn(process.execPath, [cli, 'mock', '-h', '127.0.0.1', '-p', String(port), specFile], { stdio: ['ignore', 'pipe', 'pipe'] });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const tail: string[] = [];
  const keep = (chunk: Buffer) => {
    tail.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (tail.length > 40) tail.splice(0, tail.length - 40);
  };
  child.stderr!.on('data', keep);

  const stop = async () => {
    process.removeListener('exit', killOnExit);
    await terminate(child);
  };
  try {
    await new Promise<void>((resolveReady, reject) => {
      const timer = setTimeout(() => reject(new Error(`Prism did not listen within ${timeoutMs} ms:\n${tail.join('\n')}`)), timeoutMs);
      let recent = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        keep(chunk);
        recent = (recent + chunk.toString('utf8')).slice(-500);
        if (recent.includes('Prism is listening')) { clearTimeout(timer); resolveReady(); }
      });
      child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`Prism exited with code ${code}:\n${tail.join('\n')}`)); });
      child.once('error', (err) => { clearTimeout(timer); reject(err); });
    });
  } catch (err) {
    await stop();
    throw err;
  }
  return { baseUrl: `http://127.0.0.1:${port}`, startupMs: Date.now() - started, stop };
}

/** One violation as Prism reports it. */
export interface Violation {
  location: string[];
  severity: string;
  code: string | number;
  message: string;
}

/** One request a driver sent and what Prism thought of it. */
export interface Exchange {
  method: string;
  path: string;
  status: number;
  /** Violations about the request (the ones that count against the driver). */
  requestViolations: Violation[];
}

/** A fetch that records exchanges, and the exchanges it recorded. */
export interface Recorder {
  fetch: FetchLike;
  exchanges: Exchange[];
  /** Runs `fn` and returns the exchanges it caused. */
  exchangesOf(fn: () => Promise<unknown>): Promise<Exchange[]>;
}

/** Wraps a fetch so every exchange is recorded with its request violations. */
export function recordingFetch(base: FetchLike): Recorder {
  const exchanges: Exchange[] = [];
  const wrapped: FetchLike = async (input, init) => {
    const res = await base(input, init);
    const url = new URL(String(input));
    const header = res.headers.get('sl-violations');
    const all: Violation[] = header ? JSON.parse(header) : [];
    exchanges.push({
      method: init?.method ?? 'GET',
      path: url.pathname + url.search,
      status: res.status,
      requestViolations: all.filter((v) => v.location?.[0] === 'request'),
    });
    return res;
  };
  const exchangesOf = async (fn: () => Promise<unknown>): Promise<Exchange[]> => {
    const from = exchanges.length;
    await fn();
    return exchanges.slice(from);
  };
  return { fetch: wrapped, exchanges, exchangesOf };
}

/**
 * Asserts that a driver sent at least one request and that none drew a request violation; each
 * must be answered with `status`, or with any 2xx when `status` is omitted.
 */
export function assertConforms(exchanges: Exchange[], status?: number): void {
  assert.ok(exchanges.length > 0, 'the operation sent a request');
  for (const ex of exchanges) {
    assert.deepEqual(ex.requestViolations, [], `${ex.method} ${ex.path}`);
    if (status !== undefined) assert.equal(ex.status, status, `${ex.method} ${ex.path}`);
    else assert.ok(ex.status >= 200 && ex.status < 300, `${ex.method} ${ex.path} answered ${ex.status}`);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolvePort(port));
    });
  });
}

async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}
