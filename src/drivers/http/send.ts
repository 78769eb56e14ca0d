/**
 * Sends an HTTP request through the outbound guard and follows redirects itself, so every hop
 * (not only the first URL) is checked by the guard. Authorization is dropped on cross-origin
 * hops; 303 (and 301/302 after POST) switch to GET without a body, as browsers do.
 */
import type { FetchLike } from '../../platform/guarded-fetch.ts';
import { AutoflowError } from '../../platform/errors.ts';

/** Most redirects followed before giving up. */
export const MAX_REDIRECTS = 5;

/** Fetches `url`, following up to {@link MAX_REDIRECTS} redirects through `guardedFetch`. */
export async function fetchFollowingRedirects(guardedFetch: FetchLike, url: URL, init: RequestInit & { headers: Headers }): Promise<{ res: Response; url: URL }> {
  let current = url;
  let req = init;
  for (let hop = 0; ; hop++) {
    const res = await guardedFetch(current, { ...req, redirect: 'manual' });
    const location = res.headers.get('location');
    if (res.status < 300 || res.status > 399 || res.status === 304 || !location) return { res, url: current };
    await res.body?.cancel().catch(() => {});
    if (hop >= MAX_REDIRECTS) {
      throw new AutoflowError({ code: 'too_many_redirects', message: `More than ${MAX_REDIRECTS} redirects starting at ${url.origin}${url.pathname}`, hint: 'Call the final URL directly.' });
    }
    const next = new URL(location, current);
    const headers = new Headers(req.headers);
    if (next.origin !== current.origin) headers.delete('authorization');
    const method = (req.method ?? 'GET').toUpperCase();
    const toGet = res.status === 303 ? method !== 'HEAD' : (res.status === 301 || res.status === 302) && method === 'POST';
    if (toGet) {
      headers.delete('content-type');
      headers.delete('content-length');
      req = { ...req, method: 'GET', body: undefined, headers };
    } else {
      req = { ...req, headers };
    }
    current = next;
  }
}
