/**
 * Response body helpers shared by HTTP-speaking drivers: read a body with a byte cap (so a huge
 * or endless response cannot exhaust memory) and decode it as JSON when the content type says so.
 */
import { AutoflowError } from '../../platform/errors.ts';
import { readCapped } from '../../platform/read-capped.ts';

/** Default response size cap (bytes). */
export const MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

/** Reads the whole body, failing with `response_too_large` once it exceeds `maxBytes`. */
export async function readBodyCapped(res: Response, maxBytes: number, what: string): Promise<Buffer> {
  const tooLarge = () => new AutoflowError({
    code: 'response_too_large',
    message: `The response from ${what} is larger than ${maxBytes} bytes`,
    hint: 'Request less data (filters, pagination) or fetch the content another way.',
  });
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!res.body) return Buffer.alloc(0);
  return readCapped(res.body, maxBytes, tooLarge);
}

/** True for `application/json` and `+json` media types. */
export function isJsonContentType(contentType: string | null): boolean {
  return !!contentType && /^application\/([\w.+-]*\+)?json\b|^text\/json\b/i.test(contentType.trim());
}

/** Decodes a body: parsed JSON for JSON content types (text if it does not parse), else UTF-8 text. */
export function decodeBody(buf: Buffer, contentType: string | null): unknown {
  const text = buf.toString('utf8');
  if (isJsonContentType(contentType) && text.trim() !== '') {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}
