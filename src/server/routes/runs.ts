/**
 * Runs: list with filters (workflow, status, time range) and cursor pagination; get (the seed
 * 000 monitoring shape while running, the completion summary once ended); cancel; retry from
 * the failed step; the event list — as JSON, or as Server-Sent Events (live, resumable with
 * `Last-Event-ID`) when the client accepts `text/event-stream`.
 */
import { z } from 'zod';
import { completionSummary, monitoringView } from '../../engine/summary.ts';
import { terminalRunStatuses, type RunStatus as RunStatusT } from '../../store/types.ts';
import { httpError } from '../errors.ts';
import { cancelRun, runOr404 } from '../lookup.ts';
import { route, type RouteDef } from '../route.ts';
import { LimitParam, RunDetail, RunEvent, runEvent, RunStatus, RunSummary, runSummary, TimeParam } from '../schemas.ts';
import type { Services } from '../services.ts';

const RunList = z.object({ runs: z.array(RunSummary), next_cursor: z.string().nullable().describe('Pass as `cursor` for the next (older) page') }).meta({ id: 'RunList' });
const RunListQuery = z.strictObject({
  workflow_id: z.string().optional(),
  status: z.string().optional().describe('One status or several, comma-separated'),
  since: TimeParam.optional().describe('Created at or after (ISO 8601 or epoch ms)'),
  until: TimeParam.optional().describe('Created before'),
  limit: LimitParam,
  cursor: z.string().optional(),
});
const RunGetQuery = z.strictObject({ view: z.enum(['auto', 'monitoring', 'summary']).default('auto').describe('auto: monitoring while running, summary once ended') });
const EventsQuery = z.strictObject({
  after: z.coerce.number().int().min(0).default(0).describe('Only events with a greater seq'),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
  last_event_id: z.coerce.number().int().min(0).optional().describe('For SSE clients that cannot send the Last-Event-ID header'),
});
const EventList = z.object({ events: z.array(RunEvent), next_after: z.number().int().nullable() }).meta({ id: 'EventList' });
const CancelBody = z.strictObject({ reason: z.string().max(500).optional() });

export function runRoutes(s: Services): RouteDef[] {
  return [
    route({ id: 'runs.list', method: 'get', path: '/v1/runs', tag: 'Runs', summary: 'List runs, newest first', permission: 'runs:read', query: RunListQuery, response: { status: 200, description: 'A page of runs', schema: RunList } },
      async ({ c, who, query }) => {
        const status = query.status?.split(',').map((x) => x.trim()).filter(Boolean);
        const bad = status?.find((x) => !RunStatus.safeParse(x).success);
        if (bad) throw httpError(400, 'invalid_request', `Unknown status '${bad}'.`, `Statuses: ${RunStatus.options.join(', ')}.`, [{ path: '$query.status', code: 'invalid_value', message: `Unknown status '${bad}'.` }]);
        const runs = await s.store.listRuns(who.tenantId, { workflow_id: query.workflow_id, status: status as RunStatusT[] | undefined, since: query.since, until: query.until, before: query.cursor, limit: query.limit });
        return c.json({ runs: runs.map(runSummary), next_cursor: runs.length === query.limit ? runs.at(-1)!.id : null });
      }),

    route({ id: 'runs.get', method: 'get', path: '/v1/runs/:id', tag: 'Runs', summary: 'Get a run: monitoring view while it runs, completion summary once it ended', permission: 'runs:read', query: RunGetQuery, response: { status: 200, description: 'The run', schema: RunDetail } },
      async ({ c, who, params, query }) => {
        const run = await runOr404(s, who, params.id);
        const steps = await s.store.getSteps(run.id);
        const ended = terminalRunStatuses.includes(run.status);
        const view = query.view === 'auto' ? (ended ? 'summary' : 'monitoring') : query.view;
        const body = view === 'summary' ? completionSummary(run, steps, s.clock.now()) : monitoringView(run, steps, s.clock.now());
        return c.json({ view, ...body, workflow_version: run.workflow_version, links: { events: `/v1/runs/${run.id}/events` } });
      }),

    route({ id: 'runs.cancel', method: 'post', path: '/v1/runs/:id/cancel', tag: 'Runs', summary: 'Cancel a run', description: 'A parked or pending run is cancelled at once; a running one is stopped (its in-flight step is aborted).', permission: 'runs:cancel', body: CancelBody, target: 'run', response: { status: 202, description: 'The run after the request', schema: RunSummary }, errors: [409] },
      async ({ c, who, params, body, audit }) => {
        if (body.reason) audit({ reason: body.reason });
        await cancelRun(s, who, params.id);
        return c.json(runSummary((await runOr404(s, who, params.id))), 202);
      }),

    route({ id: 'runs.retry', method: 'post', path: '/v1/runs/:id/retry', tag: 'Runs', summary: 'Retry a failed run from the failed step', description: 'Completed steps are kept (not called again); failed steps run again with a new attempt; skipped steps are decided again.', permission: 'runs:retry', target: 'run', response: { status: 202, description: 'The run, executing again', schema: RunSummary }, errors: [409, 503] },
      async ({ c, who, params }) => {
        await runOr404(s, who, params.id);
        if (s.runs.draining) throw httpError(503, 'draining', 'The server is shutting down and starts no new work.');
        const run = await s.engine.retry(params.id, who.name, who.tenantId);
        s.runs.kick(run.id);
        return c.json(runSummary(run), 202);
      }),

    route({ id: 'runs.events', method: 'get', path: '/v1/runs/:id/events', tag: 'Runs', summary: 'The run\'s events (JSON), or a live stream (Server-Sent Events)', description: 'With `Accept: text/event-stream` the answer is an SSE stream: stored events after `Last-Event-ID` (header, or `last_event_id`) and then every state change as it happens; each event\'s id is its `seq`; `: heartbeat` comments keep it alive; it ends after the run\'s terminal event (`run.completed`, `run.failed`, `run.cancelled`). Example: `curl -N -H "Accept: text/event-stream" -H "Authorization: Bearer $KEY" $URL/v1/runs/$RUN/events`.',
      permission: 'runs:read', query: EventsQuery, response: { status: 200, description: 'Events (JSON) or an event stream', schema: EventList, contentType: 'application/json, text/event-stream' } },
    async ({ c, who, params, query }) => {
      const run = await runOr404(s, who, params.id);
      if ((c.req.header('accept') ?? '').includes('text/event-stream')) {
        const header = c.req.header('last-event-id');
        const after = header !== undefined && /^\d+$/.test(header.trim()) ? Number(header.trim()) : query.last_event_id ?? query.after;
        const stream = s.hub.subscribe(run.id, after, terminalRunStatuses.includes(run.status));
        return new Response(stream, { status: 200, headers: { 'X-Request-Id': c.get('requestId'), 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache, no-transform', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' } });
      }
      const events = await s.store.getEvents(run.id, query.after, query.limit);
      return c.json({ events: events.map(runEvent), next_after: events.length === query.limit ? events.at(-1)!.seq : null });
    }),
  ];
}
