/**
 * The outbound-request guard. Drivers get this `fetch` instead of the global one: it refuses
 * link-local and cloud-metadata addresses (169.254.0.0/16, fe80::/10, metadata host names)
 * and unspecified addresses, after resolving the host name, unless the address is listed in
 * AUTOFLOW_ALLOW_HOSTS. Loopback stays allowed so local services and fakes work.
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { AutoflowError } from './errors.ts';

const blockedNames = new Set(['metadata.google.internal', 'metadata', 'metadata.azure.com']);

/** True when an IP address must never be called (link-local, metadata, unspecified). */
export function isForbiddenAddress(ip: string): boolean {
  const v = ip.toLowerCase().replace(/^\[|\]$/g, '');
  if (v.startsWith('::ffff:')) return isForbiddenAddress(v.slice(7));
  if (isIP(v) === 4) {
    const [a, b] = v.split('.').map(Number);
    if (a === 169 && b === 254) return true; // link-local incl. 169.254.169.254 metadata
    if (a === 0) return true;
    if (v === '100.100.100.200') return true; // Alibaba metadata
    return false;
  }
  if (isIP(v) === 6) return v === '::' || /^fe[89ab]/.test(v) || v === 'fd00:ec2::254';
  return false;
}

export type FetchLike = (input: string | URL, init?: RequestInit) => Promise<Response>;

/** Wraps `fetch` with the guard. `allow` lists host names or addresses exempt from it. */
export function guardedFetch(base: FetchLike = fetch, allow: string[] = (process.env.AUTOFLOW_ALLOW_HOSTS ?? '').split(',').filter(Boolean)): FetchLike {
  return async (input, init) => {
    const url = new URL(String(input));
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new AutoflowError({ code: 'forbidden_url', message: `Only http and https URLs may be called, not ${url.protocol}`, hint: 'Use an http:// or https:// URL.' });
    }
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (!allow.includes(host)) {
      const refuse = (addr: string) => new AutoflowError({
        code: 'forbidden_address',
        message: `Refusing to call ${url.host}: ${addr} is a link-local or cloud-metadata address`,
        hint: 'If this is intended, add the host to AUTOFLOW_ALLOW_HOSTS.',
      });
      if (blockedNames.has(host.toLowerCase())) throw refuse(host);
      const addrs = isIP(host) ? [host] : (await lookup(host, { all: true }).catch(() => [])).map((a) => a.address);
      for (const a of addrs) if (!allow.includes(a) && isForbiddenAddress(a)) throw refuse(a);
    }
    return base(url, init);
  };
}
