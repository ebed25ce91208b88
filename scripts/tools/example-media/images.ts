/** The illustrative photos (JPEG, ≤ 40 KB), the leaders' portraits and the organisation chart (PNG) of one school. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { rngFor } from './rng.ts';
import { orgChartSvg, portraitSvg, SCENES } from './scenes.ts';
import type { SiteMedia } from './schools.ts';
import { caption, H, W } from './svg-kit.ts';

const MAX_JPEG_BYTES = 40 * 1024;

async function writeJpeg(svg: string, file: string, width = W, height = H): Promise<number> {
  const input = Buffer.from(svg);
  for (const [quality, scale] of [
    [60, 1],
    [52, 1],
    [46, 1],
    [52, 0.8],
    [46, 0.8],
    [44, 0.7],
  ] as const) {
    const buf = await sharp(input, { density: 72 })
      .resize(Math.round(width * scale), Math.round(height * scale))
      .jpeg({ quality, mozjpeg: true, chromaSubsampling: '4:2:0' })
      .toBuffer();
    if (buf.length <= MAX_JPEG_BYTES || scale === 0.7) {
      writeFileSync(file, buf);
      return buf.length;
    }
  }
  return 0;
}

export async function generateImages(site: SiteMedia, sitesDir: string): Promise<void> {
  const dir = join(sitesDir, site.id, 'media');
  mkdirSync(dir, { recursive: true });
  let total = 0;
  for (const photo of site.photos) {
    const rng = rngFor(`${site.id}/${photo.file}`);
    const body = SCENES[photo.scene]!({ rng, school: site.school, label: photo.label, preschool: site.preschool });
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${body}${caption(photo.caption)}</svg>`;
    total += await writeJpeg(svg, join(dir, photo.file));
  }
  for (const p of site.portraits) {
    const rng = rngFor(`${site.id}/${p.file}`);
    const svg = portraitSvg(rng, {
      woman: p.woman,
      shirt: p.shirt,
      bg: site.preschool ? '#fde2e4' : '#dbe7f3',
      label: `${p.label} – ảnh minh họa`,
    });
    total += await writeJpeg(svg, join(dir, p.file), 360, 480);
  }
  const org = orgChartSvg(site.org.title, site.colour, site.org.top, site.org.leadership, site.org.units);
  const png = await sharp(Buffer.from(org))
    .png({ palette: true, colours: 32, compressionLevel: 9, effort: 10 })
    .toBuffer();
  writeFileSync(join(dir, site.org.file), png);
  total += png.length;
  console.log(`${site.id}: ${site.photos.length + site.portraits.length + 1} ảnh, ${(total / 1024).toFixed(0)} KB`);
}
