/**
 * Reads a byte stream whole with a size cap, so a huge or endless body (an HTTP response a
 * driver fetched, a request the server received) cannot exhaust memory.
 */

/** Reads `stream` to the end; past `maxBytes` it cancels the stream and throws `tooLarge()`. */
export async function readCapped(stream: ReadableStream<Uint8Array>, maxBytes: number, tooLarge: () => Error): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
