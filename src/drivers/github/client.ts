/**
 * GitHub REST connection: settings and credential, an HTTP client with GitHub's headers
 * (`Accept: application/vnd.github+json`, API version 2022-11-28), GitHub's rate-limit
 * answers (403/429 with `x-ratelimit-remaining: 0` or `retry-after`) made retryable, and the
 * `owner`/`repo` input fields shared by every operation.
 */
import { z } from 'zod';
import type { DriverContext, FieldSpec } from '../define.ts';
import type { ErrorData } from '../../platform/errors.ts';
import { AutoflowError } from '../../platform/errors.ts';
import { createHttpClient, type HttpClient } from '../http-client.ts';

export const GITHUB_DEFAULT_BASE_URL = 'https://api.github.com';

/** Non-secret settings: the API base URL (GitHub Enterprise: https://HOST/api/v3). */
export const githubSettings: FieldSpec[] = [
  { name: 'base_url', env: 'AUTOFLOW_GITHUB_BASE_URL', description: 'GitHub REST API base URL (GitHub Enterprise: https://HOST/api/v3; a local fake for tests).', default: GITHUB_DEFAULT_BASE_URL },
];

/** A fine-grained or classic personal access token, or an app installation token. */
export const githubTokenField: FieldSpec = {
  name: 'token',
  env: 'AUTOFLOW_GITHUB_TOKEN',
  description: 'GitHub token with Issues read/write on the target repositories, sent as a Bearer token.',
};

/** An HTTP client for GitHub bound to one operation's context. */
export function githubClient(ctx: Pick<DriverContext, 'fetch' | 'signal' | 'settings' | 'credentials'>): HttpClient {
  return createHttpClient(ctx, {
    service: 'GitHub',
    baseUrl: ctx.settings.base_url || GITHUB_DEFAULT_BASE_URL,
    baseUrlEnv: 'AUTOFLOW_GITHUB_BASE_URL',
    token: ctx.credentials.token,
    tokenEnv: githubTokenField.env,
    headers: { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28', 'user-agent': 'autoflow' },
    errorText: (body) => {
      const b = body as { message?: string; errors?: { field?: string; code?: string; message?: string }[] } | undefined;
      if (!b?.message) return undefined;
      const details = (b.errors ?? []).map((e) => e.message ?? [e.field, e.code].filter(Boolean).join(' ')).filter(Boolean);
      return details.length ? `${b.message} (${details.join('; ')})` : b.message;
    },
    mapError: githubRateLimit,
  });
}

/** GitHub signals rate limits with 403 as well as 429: make both retryable with the right wait. */
export function githubRateLimit(data: ErrorData, res: { status: number; headers: Headers; body: unknown }): ErrorData {
  if (res.status !== 403 && res.status !== 429) return data;
  const remaining = res.headers.get('x-ratelimit-remaining');
  const reset = Number(res.headers.get('x-ratelimit-reset'));
  const secondary = /secondary rate limit/i.test(String((res.body as { message?: string } | undefined)?.message ?? ''));
  if (remaining !== '0' && !res.headers.has('retry-after') && !secondary && res.status !== 429) return data;
  const retryAfterMs = data.retryAfterMs ?? (Number.isFinite(reset) && reset > 0 ? Math.max(0, reset * 1000 - Date.now()) : 60_000);
  return { ...data, code: 'rate_limited', retryable: true, retryAfterMs, hint: 'GitHub is rate limiting; the step is retried after the limit resets.' };
}

/** Input fields naming the repository: `repo` as "owner/name" (or a github.com URL), or `owner` + `repo`. */
export const repoFields = {
  owner: z.string().optional().describe('Repository owner (user or organisation); not needed when repo is "owner/name".'),
  repo: z.string().min(1).describe('Repository: "owner/name" (e.g. "acme/api"), a https://github.com/owner/name URL, or just the name together with owner.'),
};

/** Resolves owner and repository name from the input, or fails with a clear message. */
export function resolveRepo(args: { owner?: string; repo: string }): { owner: string; repo: string } {
  const cleaned = args.repo.trim().replace(/^https?:\/\/[^/]+\//, '').replace(/\.git$/, '').replace(/\/+$/, '');
  const parts = cleaned.split('/').filter(Boolean);
  if (parts.length >= 2) return { owner: parts[0], repo: parts[1] };
  if (parts.length === 1 && args.owner?.trim()) return { owner: args.owner.trim(), repo: parts[0] };
  throw new AutoflowError({ code: 'invalid_input', message: `Cannot tell which repository "${args.repo}" is`, hint: 'Write repo as "owner/name", or pass owner and repo.', path: 'parameters.repo' });
}

/** `repos/{owner}/{repo}` with both parts URL-encoded. */
export function repoPath(r: { owner: string; repo: string }): string {
  return `repos/${encodeURIComponent(r.owner)}/${encodeURIComponent(r.repo)}`;
}
