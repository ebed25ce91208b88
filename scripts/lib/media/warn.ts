/**
 * The build's warning for originals over the limits (content-schemas/media-limits.ts)
 * until `npm run media` has shrunk them: a warning, not an error, so published
 * content keeps building.
 */
import { basename } from 'node:path';
import { MEDIA_LIMITS } from '../../../content-schemas/media-limits.ts';
import { formatBytes, inspectMedia } from './inspect.ts';

export async function oversizedMediaWarning(siteDir: string): Promise<string | undefined> {
  const big = (await inspectMedia(siteDir)).filter((f) => f.oversized);
  if (!big.length) return undefined;
  const site = basename(siteDir);
  const list = big.map((f) => `${f.name} (${f.width}×${f.height}, ${formatBytes(f.bytes)})`).join(', ');
  const limit = `${MEDIA_LIMITS.maxLongSide} px, ${formatBytes(MEDIA_LIMITS.maxBytes)}`;
  return [
    `⚠ ${site}: ${big.length} ảnh gốc quá lớn / oversized photo(s): ${list}`,
    `  Cách sửa: chạy "npm run media -- --site ${site}" để thu nhỏ ảnh gốc (tối đa ${limit}, giữ hướng ảnh, bỏ thông tin EXIF/GPS) rồi commit.`,
    `  [en] Fix: run "npm run media -- --site ${site}" to shrink the originals (at most ${limit}, orientation kept, EXIF/GPS removed), then commit.`,
  ].join('\n');
}

/** Prints the warning, if any, on stderr; returns it for the build's result. */
export async function warnOversizedMedia(siteDir: string): Promise<string | undefined> {
  const warning = await oversizedMediaWarning(siteDir);
  if (warning) console.warn(warning);
  return warning;
}
