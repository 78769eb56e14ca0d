/**
 * Runs only the HTTP server scenarios (run starts with wrk, SSE subscribers) and rewrites the
 * server section at the end of bench/RESULTS.md, leaving the engine figures as they are.
 * Usage: `node bench/server.ts` (`npm run bench` runs everything).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { measureHttpRuns } from './http-runs.ts';
import { renderServerSection, serverRows } from './server-report.ts';
import { measureSse } from './sse-clients.ts';

const log = (s: string): void => { process.stdout.write(`${s}\n`); };
const loadAvg = loadavg();
log(`HTTP run starts against \`autoflow serve\` with wrk (load average ${loadAvg.map((x) => x.toFixed(2)).join(' ')})…`);
const http = await measureHttpRuns({ log });
log('1,000 SSE subscribers to live runs…');
const server = { http, sse: await measureSse({ log }), loadAvg };
const out = fileURLToPath(new URL('./RESULTS.md', import.meta.url));
const marker = '\n## HTTP server (`autoflow serve`)';
const current = existsSync(out) ? readFileSync(out, 'utf8') : '# Autoflow benchmark results\n';
const at = current.indexOf(marker);
writeFileSync(out, (at >= 0 ? current.slice(0, at) : current.replace(/\n*$/, '\n')) + renderServerSection(server));
log('');
for (const r of serverRows(server)) log(`${r.ok === null ? '    ' : r.ok ? 'PASS' : 'FAIL'}  ${r.figure}: ${r.measured}${r.target !== '—' ? `  (target ${r.target})` : ''}`);
log(`\nUpdated the server section of ${out}.`);
if (serverRows(server).some((r) => r.ok === false)) process.exitCode = 1;
