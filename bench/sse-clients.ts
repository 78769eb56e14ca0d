/**
 * SSE scenario — live subscribers: the real server process holds N runs parked at an approval
 * gate and N clients each follow one of them over `GET /v1/runs/{id}/events` (Server-Sent
 * Events, loopback). Reports the server's extra resident memory with every client connected
 * (RSS after − RSS before the clients, runs already parked), then approves every gate and
 * reports how long the live events took to reach the clients (approval answered → the
 * client read `run.completed`) and that every stream ended.
 * Standalone: `node bench/sse-clients.ts [N]`.
 */
import http from 'node:http';
import { benchKey, startBenchServer, waitForIdle } from './server-process.ts';
import { percentile } from './stats.ts';

export interface SseResult {
  clients: number;
  connected: number;
  rssBeforeMiB: number;
  rssAfterMiB: number;
  extraMiB: number;
  perClientKiB: number;
  deliveryP50Ms: number;
  deliveryP99Ms: number;
  completed: number;
  ended: number;
}

interface Client { runId: string; gotWaiting: boolean; completedAt: number; ended: boolean; approvedAt: number; req: http.ClientRequest }

function follow(url: URL, runId: string, onEvent: (c: Client, type: string) => void): Client {
  const c = { runId, gotWaiting: false, completedAt: 0, ended: false, approvedAt: 0 } as Client;
  let buf = '';
  c.req = http.get({ host: url.hostname, port: url.port, path: `/v1/runs/${runId}/events`, agent: false, headers: { authorization: `Bearer ${benchKey}`, accept: 'text/event-stream' } }, (res) => {
    res.setEncoding('utf8');
    res.on('data', (d: string) => {
      buf += d;
      let i: number;
      while ((i = buf.indexOf('\n\n')) >= 0) {
        const m = /^event: (.+)$/m.exec(buf.slice(0, i));
        buf = buf.slice(i + 2);
        if (m) onEvent(c, m[1]);
      }
    });
    res.on('end', () => { c.ended = true; });
  });
  c.req.on('error', () => { c.ended = true; });
  return c;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function measureSse(o: { clients?: number; log?: (s: string) => void } = {}): Promise<SseResult> {
  const n = o.clients ?? 1000;
  const s = await startBenchServer();
  try {
    const wf = { workflow_id: 'wf_gate', name: 'bench gate', steps: [{ step_id: 'prep', driver: 'transform', operation: 'build', parameters: { value: 1 } }, { step_id: 'gate', kind: 'approval', message: 'go?' }, { step_id: 'done', driver: 'transform', operation: 'build', parameters: { value: 2 } }] };
    if ((await s.call('POST', '/v1/workflows', wf)).status !== 201) throw new Error('workflow not created');
    const runIds: string[] = [];
    for (let i = 0; i < n; i += 50) {
      const batch = await Promise.all(Array.from({ length: Math.min(50, n - i) }, () => s.call('POST', '/v1/workflows/wf_gate/runs', {})));
      runIds.push(...batch.map((r) => r.body.id));
    }
    await waitForIdle(s);
    await sleep(1500);
    const rssBeforeMiB = s.rssMiB();
    const url = new URL(s.url);
    const clients = runIds.map((id) => follow(url, id, (c, type) => {
      if (type === 'step.waiting') c.gotWaiting = true;
      if (type === 'run.completed') c.completedAt = performance.now();
    }));
    const t0 = Date.now();
    while (clients.filter((c) => c.gotWaiting).length < n && Date.now() - t0 < 60_000) await sleep(50);
    const connected = clients.filter((c) => c.gotWaiting).length;
    await sleep(1500);
    const health = (await fetch(`${s.url}/healthz`).then((r) => r.json())) as { sse_clients: number };
    const rssAfterMiB = s.rssMiB();
    o.log?.(`  ${connected}/${n} clients connected and replayed (server counts ${health.sse_clients}); RSS ${rssBeforeMiB.toFixed(1)} → ${rssAfterMiB.toFixed(1)} MiB`);
    for (let i = 0; i < n; i += 50) {
      await Promise.all(clients.slice(i, i + 50).map(async (c) => {
        const r = await s.call('POST', `/v1/runs/${c.runId}/approvals/gate/approve`, {});
        c.approvedAt = performance.now();
        if (r.status !== 200) throw new Error(`approve: ${JSON.stringify(r.body)}`);
      }));
    }
    const t1 = Date.now();
    while (clients.some((c) => !c.ended) && Date.now() - t1 < 60_000) await sleep(50);
    const delivery = clients.filter((c) => c.completedAt).map((c) => c.completedAt - c.approvedAt);
    const r: SseResult = {
      clients: n, connected, rssBeforeMiB, rssAfterMiB, extraMiB: rssAfterMiB - rssBeforeMiB, perClientKiB: ((rssAfterMiB - rssBeforeMiB) * 1024) / n,
      deliveryP50Ms: percentile(delivery, 50), deliveryP99Ms: percentile(delivery, 99), completed: delivery.length, ended: clients.filter((c) => c.ended).length,
    };
    o.log?.(`  approvals → run.completed at the client: p50 ${r.deliveryP50Ms.toFixed(1)} ms, p99 ${r.deliveryP99Ms.toFixed(1)} ms; ${r.completed} completed, ${r.ended} streams ended`);
    for (const c of clients) c.req.destroy();
    return r;
  } finally {
    await s.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await measureSse({ clients: Number(process.argv[2] ?? 1000), log: (x) => process.stdout.write(`${x}\n`) });
  process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
}
