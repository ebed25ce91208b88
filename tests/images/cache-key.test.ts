/**
 * The theme's image service (themes/cong-truong/images/) and its content-addressed
 * cache, called the way Astro's build calls it: the same photo in two schools is
 * encoded once; a changed photo or another transform is encoded again; a cache folder
 * moved to another checkout or restored on a CI runner is still hit; Markdown body
 * photos get the body's widths instead of one full-size copy.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { ImageMetadata, ImageTransform } from 'astro';
import service from '../../themes/cong-truong/images/service.ts';
import { IMAGE_CACHE_ENV, IMAGE_LOG_ENV, type ImageEvent } from '../../themes/cong-truong/images/cache.ts';
import { makePhonePhoto } from '../../scripts/bench/phone-photo.ts';

const config = { service: { entrypoint: './themes/cong-truong/images/service.ts', config: {} } } as never;
const logger = { info() {}, warn() {}, error() {}, debug() {} } as never;

let work: string;
let photo: Buffer;
let cacheDir: string;
let logFile: string;

function events(): ImageEvent[] {
  try {
    return readFileSync(logFile, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as ImageEvent);
  } catch {
    return [];
  }
}
const count = (kind: ImageEvent['event']) => events().filter((e) => e.event === kind).length;

function variant(bytes: Buffer, src: string, width: number, format: string) {
  // A fresh copy per call, as two sites' builds would read the file.
  return service.transform(
    new Uint8Array(bytes),
    { src, width, height: Math.round((width * 3) / 4), format },
    config,
    logger,
  );
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'images-cache-'));
  photo = await makePhonePhoto(21, { width: 2000, height: 1500 });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => {
  delete process.env[IMAGE_CACHE_ENV];
  delete process.env[IMAGE_LOG_ENV];
});

function freshCache(name: string) {
  cacheDir = join(work, name, 'images');
  logFile = join(work, `${name}.log`);
  process.env[IMAGE_CACHE_ENV] = cacheDir;
  process.env[IMAGE_LOG_ENV] = logFile;
}

describe('the shared image cache', () => {
  it('encodes the same photo used by two schools once', async () => {
    freshCache('two-sites');
    const first = await variant(photo, '/sites/thcs-nguyen-du/media/khai-giang.jpg', 720, 'avif');
    const second = await variant(photo, '/sites/th-le-loi/media/le-khai-giang.jpg', 720, 'avif');
    expect([count('encode'), count('hit')]).toEqual([1, 1]);
    expect(Buffer.from(second.data).equals(Buffer.from(first.data))).toBe(true);
    expect(second.format).toBe('avif');
    const meta = await sharp(second.data).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['heif', 720, 540]);
  });

  it('encodes again for a changed photo or another width or format, and writes no temp files', async () => {
    freshCache('changes');
    await variant(photo, '/a.jpg', 720, 'webp');
    const edited = await sharp(photo).modulate({ brightness: 1.1 }).jpeg().toBuffer();
    await variant(edited, '/a.jpg', 720, 'webp');
    await variant(photo, '/a.jpg', 360, 'webp');
    await variant(photo, '/a.jpg', 360, 'jpg');
    await variant(photo, '/a.jpg', 360, 'jpg');
    expect([count('encode'), count('hit')]).toEqual([4, 1]);
    const entries = readdirSync(cacheDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.includes('.'));
    expect(entries).toHaveLength(4);
    expect(entries.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('is hit from another checkout path (a moved clone, a CI runner that restored the folder)', async () => {
    freshCache('checkout-a');
    await variant(photo, '/home/a/cong-truong/sites/x/media/p.jpg', 1080, 'avif');
    const moved = join(work, 'checkout-b', 'images');
    cpSync(cacheDir, moved, { recursive: true });
    freshCache('checkout-b');
    await variant(photo, '/runner/work/cong-truong/sites/x/media/p.jpg', 1080, 'avif');
    expect([count('encode'), count('hit')]).toEqual([0, 1]);
  });
});

describe('photos in Markdown bodies', () => {
  const src = { src: '/_astro/san-truong.jpg', width: 4000, height: 3000, format: 'jpg' } as ImageMetadata;

  it('get WebP at the body widths with sizes, not one copy at 4000 px', async () => {
    const options = await service.validateOptions!(
      { src, width: 4000, height: 3000, alt: 'Sân trường' } as ImageTransform,
      config,
      logger,
    );
    expect(options).toMatchObject({
      format: 'webp',
      width: 1080,
      height: 810,
      widths: [360, 720, 1080],
      sizes: '(min-width: 48rem) 45rem, 100vw',
    });
  });

  it('keep their own width when narrower than the body', async () => {
    const narrow = { ...src, width: 600, height: 400 };
    const options = await service.validateOptions!(
      { src: narrow, width: 600, height: 400 } as ImageTransform,
      config,
      logger,
    );
    expect(options).toMatchObject({ format: 'webp', width: 600, widths: [360, 600] });
  });

  it('leave what a component asked for alone', async () => {
    const options = await service.validateOptions!(
      { src, width: 720, format: 'avif', widths: [360, 720] } as ImageTransform,
      config,
      logger,
    );
    expect(options).toMatchObject({ format: 'avif', width: 720, widths: [360, 720] });
    expect((options as { sizes?: string }).sizes).toBeUndefined();
  });
});
