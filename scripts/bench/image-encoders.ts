/**
 * Bytes, time and SSIM per format, width and encoder setting on two 12 MP photos
 * (tests/fixtures/sites/mini/media/san-truong-4000.jpg, a real-size photo with fine
 * texture, and a generated phone photo), encoding each variant from the JPEG (decoded
 * again each time, with shrink-on-load) and from pixels decoded once. The settings in
 * themes/cong-truong/images/settings.ts come from this table:
 *
 *   npx node scripts/bench/image-encoders.ts
 *
 * Measured 2026-12-06 on the 2-core machine under load (times ±30%):
 *   1080 px, san-truong-4000: AVIF q50 effort 0 120 KB 158 ms, effort 2 116 KB 483 ms,
 *     effort 4 119 KB 4280 ms; WebP q80 258 KB 158 ms; JPEG q80 215 KB 77 ms.
 *   1080 px, generated: AVIF e0 26 KB, e2 17 KB 507 ms, e4 15 KB 2816 ms; WebP q80 22 KB.
 *   256 px: AVIF e2 2.2–3.9 KB, WebP q80 3.7–5.1 KB, JPEG q80 6.4–8.0 KB, all ~40–80 ms.
 *   Full decode of a 12 MP JPEG: 90–190 ms; a variant from decoded pixels saves 20–90 ms
 *   at 256–720 px (shrink-on-load makes small variants from the JPEG cheap, too).
 * So: AVIF effort 2 (effort 4 costs 5–9× the time for ±3% bytes), AVIF kept at every
 * width (smaller than WebP at the same SSIM from 256 px up), decode once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { PROJECT_ROOT } from '../lib/build-root.ts';
import { makePhonePhoto } from './phone-photo.ts';

type Grey = { data: Buffer; w: number; h: number };

async function grey(input: Buffer | Sharp, width: number): Promise<Grey> {
  const image = Buffer.isBuffer(input) ? sharp(input) : input;
  const { data, info } = await image.resize({ width }).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { data, w: info.width, h: info.height };
}

/** Mean SSIM over 8×8 blocks of the luma: enough to compare settings, not a published metric. */
export function ssim(a: Grey, b: Grey): number {
  const B = 8;
  const [c1, c2] = [(0.01 * 255) ** 2, (0.03 * 255) ** 2];
  let total = 0;
  let blocks = 0;
  for (let y = 0; y + B <= a.h; y += B) {
    for (let x = 0; x + B <= a.w; x += B) {
      let [ma, mb] = [0, 0];
      for (let j = 0; j < B; j++)
        for (let i = 0; i < B; i++) ((ma += a.data[(y + j) * a.w + x + i]!), (mb += b.data[(y + j) * a.w + x + i]!));
      [ma, mb] = [ma / (B * B), mb / (B * B)];
      let [va, vb, cov] = [0, 0, 0];
      for (let j = 0; j < B; j++) {
        for (let i = 0; i < B; i++) {
          const [da, db] = [a.data[(y + j) * a.w + x + i]! - ma, b.data[(y + j) * a.w + x + i]! - mb];
          [va, vb, cov] = [va + da * da, vb + db * db, cov + da * db];
        }
      }
      const n = B * B - 1;
      total += ((2 * ma * mb + c1) * ((2 * cov) / n + c2)) / ((ma * ma + mb * mb + c1) * (va / n + vb / n + c2));
      blocks += 1;
    }
  }
  return total / blocks;
}

const SETTINGS: [string, (s: Sharp) => Sharp][] = [
  ['avif q50 effort 0', (s) => s.avif({ quality: 50, effort: 0 })],
  ['avif q50 effort 2', (s) => s.avif({ quality: 50, effort: 2 })],
  ['avif q50 effort 4', (s) => s.avif({ quality: 50, effort: 4 })],
  ['webp q80', (s) => s.webp({ quality: 80 })],
  ['webp q75', (s) => s.webp({ quality: 75 })],
  ['jpeg q80', (s) => s.jpeg({ quality: 80 })],
  ['mozjpeg q75', (s) => s.jpeg({ quality: 75, mozjpeg: true })],
];

sharp.cache(false);
const sources: [string, Buffer][] = [
  ['san-truong-4000', readFileSync(join(PROJECT_ROOT, 'tests/fixtures/sites/mini/media/san-truong-4000.jpg'))],
  ['generated phone photo', await makePhonePhoto(11)],
];
for (const [name, bytes] of sources) {
  let t = performance.now();
  const decoded = await sharp(bytes).rotate().raw().toBuffer({ resolveWithObject: true });
  console.log(`${name}: ${bytes.length} B, full decode ${(performance.now() - t).toFixed(0)} ms`);
  const raw = () => sharp(decoded.data, { raw: decoded.info });
  for (const width of [256, 360, 720, 1080]) {
    const reference = await grey(raw().resize({ width }), width);
    for (const [label, encode] of SETTINGS) {
      // Effort 4 takes seconds per variant: measured at two widths only.
      if (label.endsWith('effort 4') && width !== 360 && width !== 1080) continue;
      t = performance.now();
      const out = await encode(sharp(bytes).rotate().resize({ width })).toBuffer();
      const fromJpeg = performance.now() - t;
      t = performance.now();
      await encode(raw().resize({ width })).toBuffer();
      const fromPixels = performance.now() - t;
      const quality = ssim(reference, await grey(out, width));
      console.log(
        `  ${String(width).padStart(4)} px ${label.padEnd(18)} ${String(out.length).padStart(7)} B  SSIM ${quality.toFixed(4)}  from JPEG ${fromJpeg.toFixed(0).padStart(5)} ms  from pixels ${fromPixels.toFixed(0).padStart(5)} ms`,
      );
    }
  }
}
