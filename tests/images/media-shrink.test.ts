/**
 * Originals at ingest (content-schemas/media-limits.ts, scripts/lib/media/): a phone
 * photo is shrunk to the limits, stays upright, loses its EXIF and GPS data; a photo
 * within the limits is left byte for byte; the build's warning names oversized files
 * until `npm run media` has run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { MEDIA_LIMITS } from '../../content-schemas/media-limits.ts';
import { makePhonePhoto } from '../../scripts/bench/phone-photo.ts';
import { inspectMedia } from '../../scripts/lib/media/inspect.ts';
import { shrinkMedia } from '../../scripts/lib/media/shrink.ts';
import { oversizedMediaWarning } from '../../scripts/lib/media/warn.ts';
import { ROOT } from '../helpers/paths.ts';

/** A tiny picture of what a viewer shows (EXIF rotation applied), to compare content. */
async function glance(input: Buffer): Promise<number[]> {
  return [...(await sharp(input).rotate().resize(8, 6, { fit: 'fill' }).greyscale().raw().toBuffer())];
}
const distance = (a: number[], b: number[]) => a.reduce((sum, v, i) => sum + Math.abs(v - b[i]!), 0) / a.length;

let work: string;
let site: string;
let upright: Buffer;
let small: Buffer;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'images-media-'));
  site = join(work, 'sites', 'thcs-thu-anh');
  mkdirSync(join(site, 'media'), { recursive: true });
  writeFileSync(join(site, 'site.yaml'), 'name: Trường THCS Thử Ảnh\n');
  // Held upright: pixels stored sideways (3000×4000) with EXIF orientation 6.
  upright = await makePhonePhoto(3, { upright: true });
  small = await makePhonePhoto(4, { width: 800, height: 600 });
  writeFileSync(join(site, 'media', 'le-chao-co.jpg'), upright);
  writeFileSync(join(site, 'media', 'lop-hoc.jpg'), small);
  writeFileSync(join(site, 'media', 'ghi-chu.txt'), 'không phải ảnh');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run media', () => {
  it('sees the phone photo as 4000×3000 over the limits, the small one within them', async () => {
    const files = await inspectMedia(site);
    expect(files.map((f) => [f.name, f.width, f.height, f.oversized])).toEqual([
      ['media/le-chao-co.jpg', 4000, 3000, true],
      ['media/lop-hoc.jpg', 800, 600, false],
    ]);
    expect(upright.length).toBeGreaterThan(MEDIA_LIMITS.maxBytes);
    const original = await sharp(upright).metadata();
    expect([original.orientation, original.exif?.includes(Buffer.from('Galaxy A15'))]).toEqual([6, true]);
  });

  it('warns at build time, naming the file, its size and the command that fixes it', async () => {
    const warning = await oversizedMediaWarning(site);
    expect(warning).toContain('media/le-chao-co.jpg (4000×3000');
    expect(warning).not.toContain('lop-hoc.jpg');
    expect(warning).toContain('Cách sửa: chạy "npm run media -- --site thcs-thu-anh"');
    expect(warning).toContain('[en] Fix: run "npm run media -- --site thcs-thu-anh"');
  });

  it('--dry-run lists the change and writes nothing', async () => {
    const results = await shrinkMedia(site, { dryRun: true });
    expect(results.map((r) => [r.name, r.changed, r.after.width, r.after.height])).toEqual([
      ['media/le-chao-co.jpg', true, 2000, 1500],
    ]);
    expect(readFileSync(join(site, 'media', 'le-chao-co.jpg')).equals(upright)).toBe(true);
  });

  it('shrinks the phone photo upright, without EXIF or GPS, within the limits; leaves the small one byte for byte', async () => {
    const smallBefore = statSync(join(site, 'media', 'lop-hoc.jpg'));
    const run = spawnSync(
      process.execPath,
      ['scripts/media.ts', '--sites-dir', join(work, 'sites'), '--site', 'thcs-thu-anh'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/✓ thcs-thu-anh\/media\/le-chao-co\.jpg: 4000×3000 [\d,]+ MB → 2000×1500 \d+ KB/);
    expect(run.stdout).toContain('thcs-thu-anh: đã thu nhỏ / shrunk 1 ảnh / photo(s)');

    const shrunk = readFileSync(join(site, 'media', 'le-chao-co.jpg'));
    const meta = await sharp(shrunk).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 2000, 1500]);
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect(shrunk.length).toBeLessThanOrEqual(MEDIA_LIMITS.maxBytes);
    // Upright: the same picture a viewer showed before, not the stored sideways pixels.
    const shown = await glance(upright);
    expect(distance(await glance(shrunk), shown)).toBeLessThan(4);
    const sideways = [...(await sharp(upright).resize(8, 6, { fit: 'fill' }).greyscale().raw().toBuffer())];
    expect(distance(sideways, shown)).toBeGreaterThan(10);

    expect(readFileSync(join(site, 'media', 'lop-hoc.jpg')).equals(small)).toBe(true);
    expect(statSync(join(site, 'media', 'lop-hoc.jpg')).mtimeMs).toBe(smallBefore.mtimeMs);
    expect(readdirSync(join(site, 'media')).sort()).toEqual(['ghi-chu.txt', 'le-chao-co.jpg', 'lop-hoc.jpg']);
    expect(await oversizedMediaWarning(site)).toBeUndefined();
  });

  it('a second run changes nothing', async () => {
    const before = readFileSync(join(site, 'media', 'le-chao-co.jpg'));
    expect(await shrinkMedia(site)).toEqual([]);
    expect(readFileSync(join(site, 'media', 'le-chao-co.jpg')).equals(before)).toBe(true);
  });

  it('refuses an unknown site with exit code 2 and a bilingual message', () => {
    const copy = join(work, 'copy');
    cpSync(join(work, 'sites'), copy, { recursive: true });
    const run = spawnSync(process.execPath, ['scripts/media.ts', '--sites-dir', copy, '--site', 'khong-co'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Không có trường "khong-co"');
    expect(run.stderr).toContain('No site "khong-co"');
  });
});
