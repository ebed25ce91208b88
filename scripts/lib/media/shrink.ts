/**
 * Shrinks the oversized originals of one site in place: turned upright by their EXIF
 * orientation, at most MEDIA_LIMITS.maxLongSide on the long side, re-encoded in their
 * own format without metadata (EXIF, GPS position, camera). Each file is replaced
 * atomically (temp file + rename); photos within the limits are not touched at all.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import sharp from 'sharp';
import { MEDIA_LIMITS } from '../../../content-schemas/media-limits.ts';
import { inspectMedia, type MediaFile } from './inspect.ts';

export interface ShrinkResult {
  name: string;
  before: { width: number; height: number; bytes: number };
  after: { width: number; height: number; bytes: number };
  /** False when re-encoding would not have made the file smaller (it is then left as it was). */
  changed: boolean;
}

export async function shrinkPhoto(
  bytes: Buffer,
  ext: string,
  limits = MEDIA_LIMITS,
): Promise<{ data: Buffer; width: number; height: number }> {
  const image = sharp(bytes, { failOn: 'none' })
    .rotate()
    .resize({ width: limits.maxLongSide, height: limits.maxLongSide, fit: 'inside', withoutEnlargement: true });
  const type = ext.toLowerCase();
  if (type === '.png') image.png({ compressionLevel: 9, adaptiveFiltering: true });
  else if (type === '.webp') image.webp({ quality: limits.webpQuality });
  else image.jpeg({ quality: limits.jpegQuality, mozjpeg: true });
  const { data, info } = await image.toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

function replaceAtomically(file: string, data: Buffer): void {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(temp, data);
    renameSync(temp, file);
  } finally {
    rmSync(temp, { force: true });
  }
}

export async function shrinkMedia(siteDir: string, opts: { dryRun?: boolean } = {}): Promise<ShrinkResult[]> {
  const results: ShrinkResult[] = [];
  for (const photo of (await inspectMedia(siteDir)).filter((f: MediaFile) => f.oversized)) {
    const shrunk = await shrinkPhoto(readFileSync(photo.file), extname(photo.file));
    const smaller =
      shrunk.data.length < photo.bytes || Math.max(shrunk.width, shrunk.height) < Math.max(photo.width, photo.height);
    if (smaller && !opts.dryRun) replaceAtomically(photo.file, shrunk.data);
    results.push({
      name: photo.name,
      before: { width: photo.width, height: photo.height, bytes: photo.bytes },
      after: smaller
        ? { width: shrunk.width, height: shrunk.height, bytes: shrunk.data.length }
        : { width: photo.width, height: photo.height, bytes: photo.bytes },
      changed: smaller,
    });
  }
  return results;
}
