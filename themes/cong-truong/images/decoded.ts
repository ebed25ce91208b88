/**
 * Decode each source once: the rotated (EXIF-upright) sRGB pixels of the last few
 * sources, so the seven or so variants of one photo resize from memory instead of
 * decoding the JPEG again each time. Astro generates the variants of one source one
 * after another and at most one source per CPU at a time, so a few entries are
 * enough; a 12 MP photo holds 36 MB, a 2000 px one 6–9 MB.
 */
import sharp from 'sharp';

export interface Pixels {
  data: Buffer;
  info: { width: number; height: number; channels: 1 | 2 | 3 | 4 };
}

export const DECODED_SLOTS = 3;
/**
 * One map per process, not per copy of this module: a persistent build worker
 * (scripts/lib/astro-worker.ts) loads the module again with every site it builds,
 * and each copy left behind would keep its last photos' pixels. Keys are content
 * hashes, so sites may share entries.
 */
const shared = globalThis as { [key: symbol]: Map<string, Promise<Pixels>> | undefined };
const decoded = (shared[Symbol.for('cong-truong.decoded-images')] ??= new Map<string, Promise<Pixels>>());

export function decodeOnce(key: string, bytes: Uint8Array, limitInputPixels?: number | boolean): Promise<Pixels> {
  const known = decoded.get(key);
  if (known) {
    // Most recently used goes last.
    decoded.delete(key);
    decoded.set(key, known);
    return known;
  }
  const pending = sharp(bytes, { failOn: 'none', limitInputPixels })
    .rotate()
    .raw()
    .toBuffer({ resolveWithObject: true })
    .then(({ data, info }) => ({ data, info: { width: info.width, height: info.height, channels: info.channels } }));
  // A failed decode is not remembered: the caller falls back to Astro's own service.
  pending.catch(() => decoded.delete(key));
  decoded.set(key, pending);
  while (decoded.size > DECODED_SLOTS) decoded.delete(decoded.keys().next().value as string);
  return pending;
}
