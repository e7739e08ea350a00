import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Extensions of text files worth precompressing (Pagefind's own files are compressed already). */
export const compressibleExtensions = ['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.webmanifest'];

/** Files smaller than this are sent as they are. */
export const minCompressBytes = 256;

/** The gzip (level 9) version of `data` a server sends, or undefined when it sends `data` as it is. */
export function gzipped(data: Buffer): Buffer | undefined {
  if (data.length < minCompressBytes) return undefined;
  const gz = gzipSync(data, { level: 9 });
  return gz.length < data.length ? gz : undefined;
}

/** Gzip (level 9) and Brotli (quality 11) versions of `data`; each only when smaller than the original. */
export function precompress(data: Buffer): { gz?: Buffer; br?: Buffer } {
  if (data.length < minCompressBytes) return {};
  const gz = gzipped(data);
  const br = brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  });
  return { gz, br: br.length < data.length ? br : undefined };
}
