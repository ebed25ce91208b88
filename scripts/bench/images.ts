/**
 * The photo benchmark behind `npm run bench -- --phone-photos K`: one generated school
 * whose first K posts carry a 12 MP phone photo (4000×3000 JPEG, phone-photo.ts) as
 * cover, every fourth one also a photo in its body. In one run it measures
 *  - our pipeline cold (empty Astro cache, empty shared image cache): the image phase
 *    (from the image log: first encode start to last encode end), files, encodes;
 *  - warm: the same checkout again (Astro's own cache), and another checkout path with
 *    an empty Astro cache and the shared image cache (a new clone, a CI runner);
 *  - the decode-once sharp floor: sharp decoding each photo once (`.clone()` per
 *    variant) and writing the same variants with the same settings, as many photos
 *    at a time as Astro (one per CPU);
 *  - the bytes the repository gains per photo before and after `npm run media`.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { buildSite } from '../lib/build-site.ts';
import { shrinkMedia } from '../lib/media/shrink.ts';
import { IMAGE_CACHE_ENV, IMAGE_LOG_ENV, type ImageEvent } from '../../themes/cong-truong/images/cache.ts';
import { ENCODERS } from '../../themes/cong-truong/images/settings.ts';
import { generateSchools } from './generate.ts';
import { sampleMemory } from './memory.ts';
import { makePhonePhoto } from './phone-photo.ts';

export interface ImageBenchOptions {
  photos: number;
  workDir: string;
  log?: (line: string) => void;
}

interface BuildFigures {
  wallSeconds: number;
  imageSeconds: number;
  encodes: number;
  hits: number;
  files: number;
  peakProcessMb: number;
}

export interface ImageBenchResult {
  photos: number;
  sourceMb: number;
  cold: BuildFigures;
  warmSameCheckout: BuildFigures;
  warmOtherCheckout: BuildFigures;
  floor: { seconds: number; files: number };
  ratioToFloor: number;
  repoBytesPerPhoto: { before: number; after: number };
  loadavg: [number, number];
}

const seconds = (ms: number) => Math.round(ms / 100) / 10;

function readLog(file: string): ImageEvent[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ImageEvent);
}

/** Cached between runs: drawing a 12 MP photo costs seconds, and the same seed gives the same bytes. */
async function phonePhoto(workDir: string, seed: number): Promise<Buffer> {
  const file = join(workDir, 'phone-photos', `${seed}.jpg`);
  if (existsSync(file)) return readFileSync(file);
  mkdirSync(join(workDir, 'phone-photos'), { recursive: true });
  const bytes = await makePhonePhoto(seed, { upright: seed % 5 === 0 });
  writeFileSync(file, bytes);
  return bytes;
}

async function makeSchool(opts: ImageBenchOptions, checkout: string): Promise<{ siteDir: string; site: string }> {
  const sitesDir = join(checkout, 'sites');
  const { ids } = await generateSchools({
    sitesDir,
    schools: 1,
    posts: opts.photos,
    photos: 0,
    today: new Date('2026-11-20'),
  });
  const site = ids[0]!;
  const siteDir = join(sitesDir, site);
  mkdirSync(join(siteDir, 'media'), { recursive: true });
  for (let p = 1; p <= opts.photos; p++) {
    writeFileSync(join(siteDir, 'media', `anh-${p}.jpg`), await phonePhoto(opts.workDir, 4000 + p));
    const post = join(siteDir, 'content', 'tin-tuc', `bai-${String(p).padStart(4, '0')}.md`);
    const [, front, body] = readFileSync(post, 'utf8').split(/^---$/m);
    const cover = `cover:\n  src: ../../media/anh-${p}.jpg\n  alt: "Hình ảnh hoạt động của nhà trường (${p})"\n`;
    const inline =
      p % 4 === 0 && p < opts.photos
        ? `\n![Học sinh tham gia hoạt động ngoại khóa](../../media/anh-${p + 1}.jpg)\n`
        : '';
    writeFileSync(post, `---${front}${cover}---${body}${inline}`);
  }
  return { siteDir, site };
}

async function timedBuild(site: string, checkout: string, sharedImages: string): Promise<BuildFigures> {
  const logFile = join(checkout, `images-${Date.now()}.log`);
  process.env.CONG_TRUONG_CACHE_DIR = join(checkout, 'node_modules', '.astro');
  process.env[IMAGE_CACHE_ENV] = sharedImages;
  process.env[IMAGE_LOG_ENV] = logFile;
  const memory = sampleMemory();
  const started = performance.now();
  try {
    const result = await buildSite(site, { sitesDir: join(checkout, 'sites'), outRoot: join(checkout, 'dist') });
    if (!result.ok) throw new Error(`bench: ${site} failed:\n${result.error}`);
  } finally {
    delete process.env.CONG_TRUONG_CACHE_DIR;
    delete process.env[IMAGE_CACHE_ENV];
    delete process.env[IMAGE_LOG_ENV];
  }
  const wall = performance.now() - started;
  const peak = memory.stop();
  const events = readLog(logFile);
  const first = events.length ? Math.min(...events.map((e) => e.at - e.ms)) : 0;
  const last = events.length ? Math.max(...events.map((e) => e.at)) : 0;
  const files = readdirSync(join(checkout, 'dist', site, '_astro')).filter((f) =>
    /\.(avif|webp|jpe?g|png)$/.test(f),
  ).length;
  return {
    wallSeconds: seconds(wall),
    imageSeconds: seconds(last - first),
    encodes: events.filter((e) => e.event === 'encode').length,
    hits: events.filter((e) => e.event === 'hit').length,
    files,
    peakProcessMb: Math.round(peak.processBytes / 1e6),
  };
}

/** sharp decoding each photo once and writing the variants our pipeline wrote, with the same settings. */
async function decodeOnceFloor(
  siteDir: string,
  variants: ImageEvent[],
  outDir: string,
): Promise<{ seconds: number; files: number }> {
  mkdirSync(outDir, { recursive: true });
  const bySource = new Map<string, ImageEvent[]>();
  for (const v of variants) bySource.set(v.source, [...(bySource.get(v.source) ?? []), v]);
  const media = readdirSync(join(siteDir, 'media'))
    .filter((f) => /\.(jpe?g|png|webp)$/i.test(f))
    .map((f) => readFileSync(join(siteDir, 'media', f)));
  const queue = media
    .map((bytes) => ({ bytes, list: bySource.get(createHash('sha256').update(bytes).digest('hex')) ?? [] }))
    .filter((job) => job.list.length);
  let files = 0;
  const started = performance.now();
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const decoded = sharp(job.bytes).rotate();
      await Promise.all(
        job.list.map(async (v) => {
          const image = decoded.clone().resize({ width: v.width, height: v.height });
          if (v.format === 'avif') image.avif(ENCODERS.avif);
          else if (v.format === 'webp') image.webp(ENCODERS.webp);
          else image.jpeg(ENCODERS.jpeg);
          await image.toFile(join(outDir, `${v.key}.${v.format}`));
          files += 1;
        }),
      );
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, worker));
  return { seconds: seconds(performance.now() - started), files };
}

export async function runImageBench(opts: ImageBenchOptions): Promise<ImageBenchResult> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const root = resolve(opts.workDir, 'images');
  rmSync(join(root, 'run'), { recursive: true, force: true });
  const a = join(root, 'run', 'checkout-a');
  const b = join(root, 'run', 'checkout-b');
  const sharedImages = join(root, 'run', 'shared-images');
  log(`ảnh / photos: generating ${opts.photos} phone photos (4000×3000)…`);
  const { siteDir, site } = await makeSchool(opts, a);
  const phone = (dir: string) => readdirSync(join(dir, 'media')).filter((f) => /^anh-\d+\.jpg$/.test(f));
  const media = phone(siteDir).map((f) => statSync(join(siteDir, 'media', f)).size);
  const load0 = loadavg()[0]!;

  log('ảnh / photos: cold build (empty caches)…');
  const cold = await timedBuild(site, a, sharedImages);
  const coldLog = readdirSync(a)
    .filter((f) => f.startsWith('images-'))
    .map((f) => join(a, f))[0]!;
  log('ảnh / photos: warm build, same checkout…');
  const warmSameCheckout = await timedBuild(site, a, sharedImages);
  log('ảnh / photos: warm build, another checkout path, empty Astro cache…');
  cpSync(join(a, 'sites'), join(b, 'sites'), { recursive: true });
  const warmOtherCheckout = await timedBuild(site, b, sharedImages);
  log('ảnh / photos: decode-once sharp floor…');
  const floor = await decodeOnceFloor(
    siteDir,
    readLog(coldLog).filter((e) => e.event === 'encode'),
    join(root, 'run', 'floor'),
  );

  const shrinkCopy = join(root, 'run', 'ingest', site);
  cpSync(siteDir, shrinkCopy, { recursive: true });
  await shrinkMedia(shrinkCopy);
  const after = phone(shrinkCopy).map((f) => statSync(join(shrinkCopy, 'media', f)).size);
  const sum = (list: number[]) => list.reduce((x, y) => x + y, 0);
  return {
    photos: opts.photos,
    sourceMb: Math.round(sum(media) / 1e5) / 10,
    cold,
    warmSameCheckout,
    warmOtherCheckout,
    floor,
    ratioToFloor: Math.round((cold.imageSeconds / floor.seconds) * 100) / 100,
    repoBytesPerPhoto: { before: Math.round(sum(media) / media.length), after: Math.round(sum(after) / after.length) },
    loadavg: [load0, loadavg()[0]!],
  };
}

export function imageBenchTable(r: ImageBenchResult): string {
  const row = (name: string, f: BuildFigures) =>
    `${name.padEnd(44)} ${String(f.wallSeconds).padStart(7)} s ${String(f.imageSeconds).padStart(7)} s ${String(f.encodes).padStart(7)} ${String(f.hits).padStart(6)} ${String(f.files).padStart(6)} ${String(f.peakProcessMb).padStart(6)} MB`;
  return [
    `Ảnh điện thoại / phone photos: ${r.photos} × 4000×3000 (${r.sourceMb} MB), load ${r.loadavg.map((l) => l.toFixed(1)).join(' → ')}`,
    `${'run'.padEnd(44)} ${'wall'.padStart(9)} ${'images'.padStart(9)} ${'encodes'.padStart(7)} ${'hits'.padStart(6)} ${'files'.padStart(6)} ${'peak RSS'.padStart(9)}`,
    row('cold (no cache)', r.cold),
    row('warm, same checkout (Astro cache)', r.warmSameCheckout),
    row('warm, other checkout (shared image cache)', r.warmOtherCheckout),
    `${'decode-once sharp floor (same variants)'.padEnd(44)} ${''.padStart(9)} ${String(r.floor.seconds).padStart(7)} s ${String(r.floor.files).padStart(7)}`,
    `images cold / floor: ${r.ratioToFloor}×`,
    `repository bytes per photo: ${Math.round(r.repoBytesPerPhoto.before / 1000)} KB as uploaded → ${Math.round(r.repoBytesPerPhoto.after / 1000)} KB after npm run media`,
  ].join('\n');
}
