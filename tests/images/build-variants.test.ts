/**
 * Real builds of the mini fixture (a 4000×3000 cover, a small photo, an album, and
 * here a photo inside a Markdown body) through buildSite with the theme's image
 * service: every variant a page, feed or API file references exists, nothing else is
 * written (no unreferenced variant, no original), nothing is wider than the ladder;
 * each variant is encoded once; and the same site built again from another checkout
 * path with an empty Astro cache encodes nothing, reusing the shared image cache.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import sharp from 'sharp';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { IMAGE_CACHE_ENV, IMAGE_LOG_ENV, type ImageEvent } from '../../themes/cong-truong/images/cache.ts';
import { MAX_WIDTH } from '../../themes/cong-truong/images/settings.ts';
import { FIXTURE_SITES_DIR } from '../helpers/paths.ts';

const IMAGE = /\.(avif|webp|jpe?g|png)$/;
const TEXT = new Set(['.html', '.json', '.xml', '.css', '.txt']);

let work: string;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f));
}

/** Every /_astro/ image named by a built page, feed, API file or stylesheet. */
function referencedImages(dist: string): Set<string> {
  const found = new Set<string>();
  for (const file of filesUnder(dist)) {
    if (!TEXT.has(extname(file))) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(/\/_astro\/([^\s"'(),<>]+\.(?:avif|webp|jpe?g|png))/g))
      found.add(m[1]!);
  }
  return found;
}

const emittedImages = (dist: string) => readdirSync(join(dist, '_astro')).filter((f) => IMAGE.test(f));
const events = (log: string) =>
  readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as ImageEvent);

async function build(checkout: string) {
  process.env.CONG_TRUONG_CACHE_DIR = join(checkout, 'node_modules', '.astro');
  process.env[IMAGE_CACHE_ENV] = join(work, 'shared-images');
  process.env[IMAGE_LOG_ENV] = join(checkout, 'images.log');
  try {
    const result = await buildSite('mini', { sitesDir: join(checkout, 'sites'), outRoot: join(checkout, 'dist') });
    expect(result.ok, result.error).toBe(true);
  } finally {
    delete process.env.CONG_TRUONG_CACHE_DIR;
    delete process.env[IMAGE_CACHE_ENV];
    delete process.env[IMAGE_LOG_ENV];
  }
  return { dist: join(checkout, 'dist', 'mini'), log: join(checkout, 'images.log') };
}

let first: { dist: string; log: string };
let second: { dist: string; log: string };

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'images-build-'));
  const a = join(work, 'checkout-a');
  cpSync(join(FIXTURE_SITES_DIR, 'mini'), join(a, 'sites', 'mini'), { recursive: true });
  appendFileSync(
    join(a, 'sites/mini/content/tin-tuc/ban-tin-so-01.md'),
    '\n![Sân trường sau khi lát lại gạch](../../media/san-truong-4000.jpg)\n',
  );
  first = await build(a);
  // The same repository cloned at another path, with no Astro cache.
  const b = join(work, 'checkout-b');
  cpSync(join(a, 'sites'), join(b, 'sites'), { recursive: true });
  second = await build(b);
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('image variants of a real build', () => {
  it('writes exactly the variants the pages, feeds and API files reference', () => {
    const referenced = referencedImages(first.dist);
    const emitted = emittedImages(first.dist);
    expect(referenced.size).toBeGreaterThan(10);
    expect([...referenced].filter((f) => !emitted.includes(f))).toEqual([]);
    expect(emitted.filter((f) => !referenced.has(f))).toEqual([]);
  });

  it('ships no original and nothing wider than the ladder', async () => {
    const widths = await Promise.all(
      emittedImages(first.dist).map(async (f) => (await sharp(join(first.dist, '_astro', f)).metadata()).width ?? 0),
    );
    expect(Math.max(...widths)).toBeLessThanOrEqual(MAX_WIDTH);
    expect(
      readdirSync(join(first.dist, '_astro')).filter((f) => f.startsWith('san-truong-4000.') && !f.includes('_')),
    ).toEqual([]);
  });

  it('gives a photo in a body WebP at the body widths', () => {
    const html = readFileSync(join(first.dist, 'tin-tuc/ban-tin-so-01/index.html'), 'utf8');
    const img = html.match(/<img[^>]+alt="Sân trường sau khi lát lại gạch"[^>]*>/)?.[0] ?? '';
    expect(img).toMatch(
      /srcset="\/_astro\/san-truong-4000\.[\w-]+\.webp 360w, \/_astro\/[^"]+\.webp 720w, \/_astro\/[^"]+\.webp 1080w"/,
    );
    expect(img).toContain('sizes="(min-width: 48rem) 45rem, 100vw"');
    expect(img).toMatch(/width="1080" height="810"/);
  });

  it('encodes each variant once', () => {
    const encodes = events(first.log).filter((e) => e.event === 'encode');
    expect(encodes.length).toBe(emittedImages(first.dist).length);
    expect(new Set(encodes.map((e) => e.key)).size).toBe(encodes.length);
  });

  it('from another checkout path with an empty Astro cache, encodes nothing and writes the same files', () => {
    const log = events(second.log);
    expect(log.filter((e) => e.event === 'encode')).toEqual([]);
    expect(log.filter((e) => e.event === 'hit').length).toBe(emittedImages(first.dist).length);
    expect(emittedImages(second.dist).sort()).toEqual(emittedImages(first.dist).sort());
    for (const f of emittedImages(second.dist)) {
      expect(readFileSync(join(second.dist, '_astro', f)).equals(readFileSync(join(first.dist, '_astro', f))), f).toBe(
        true,
      );
    }
  });
});
