/**
 * A photo as a phone takes it: 4000×3000 (12 MP) JPEG at quality 92 (3–5 MB like a
 * real one), a school scene with gradients, shapes, grain and some fine texture, EXIF
 * (camera make, a GPS position) and optionally an orientation tag with the pixels
 * stored sideways, as phones do when held upright. Seeded: same seed, same bytes.
 */
import sharp from 'sharp';
import { random } from '../lib/random.ts';

export interface PhonePhotoOptions {
  width?: number;
  height?: number;
  /** EXIF orientation 6: the pixels are stored rotated 90° anticlockwise; viewers turn them upright. */
  upright?: boolean;
  quality?: number;
}

/**
 * The school event both generated photos show, as SVG: a sky, a building with windows,
 * trees, ground and people as shapes, drawn at `width / 1600` times the 1600 px design.
 * `leavesSeed` adds a band of foliage texture (phone photos). Draws from `rnd` in a fixed
 * order, so a seed gives the same picture.
 */
export function schoolSceneSvg(
  rnd: () => number,
  width: number,
  height: number,
  opts: { trees: number; people: number; leavesSeed?: number },
): string {
  const s = width / 1600;
  const hue = Math.floor(rnd() * 360);
  const shapes: string[] = [];
  for (let w = 0; w < 24; w++) {
    shapes.push(
      `<rect x="${(260 + (w % 8) * 140) * s}" y="${(330 + Math.floor(w / 8) * 110) * s}" width="${70 * s}" height="${60 * s}" fill="hsl(${hue},30%,${25 + rnd() * 30}%)"/>`,
    );
  }
  for (let t = 0; t < opts.trees; t++) {
    shapes.push(
      `<circle cx="${rnd() * width}" cy="${(620 + rnd() * 120) * s}" r="${(60 + rnd() * 90) * s}" fill="hsl(${100 + rnd() * 40},45%,${22 + rnd() * 20}%)"/>`,
    );
  }
  for (let p = 0; p < opts.people; p++) {
    const x = rnd() * width;
    const y = (820 + rnd() * 200) * s;
    shapes.push(
      `<rect x="${x}" y="${y}" width="${26 * s}" height="${70 * s}" rx="${10 * s}" fill="hsl(${rnd() * 360},55%,${35 + rnd() * 30}%)"/><circle cx="${x + 13 * s}" cy="${y - 14 * s}" r="${14 * s}" fill="hsl(30,40%,${40 + rnd() * 25}%)"/>`,
    );
  }
  const sky = `<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${200 + rnd() * 20},70%,55%)"/><stop offset="1" stop-color="hsl(${190 + rnd() * 20},60%,85%)"/></linearGradient>`;
  const leaves =
    opts.leavesSeed === undefined
      ? ['', '']
      : [
          `\n<filter id="leaves"><feTurbulence type="fractalNoise" baseFrequency="${0.02 / s}" numOctaves="3" seed="${opts.leavesSeed}"/><feColorMatrix values="0 0 0 0 0.2  0 0 0 0 0.45  0 0 0 0 0.15  0 0 0 0.9 0"/></filter>`,
          `\n<rect y="${560 * s}" width="${width}" height="${220 * s}" filter="url(#leaves)"/>`,
        ];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<defs>${sky}${leaves[0]}</defs>
<rect width="${width}" height="${height}" fill="url(#sky)"/>${leaves[1]}
<rect x="${200 * s}" y="${280 * s}" width="${1200 * s}" height="${420 * s}" fill="hsl(${hue},35%,78%)"/>
<polygon points="${180 * s},${290 * s} ${800 * s},${140 * s} ${1420 * s},${290 * s}" fill="hsl(${(hue + 180) % 360},45%,40%)"/>
<rect y="${760 * s}" width="${width}" height="${height - 760 * s}" fill="hsl(35,25%,${55 + rnd() * 15}%)"/>
${shapes.join('\n')}
</svg>`;
}

export async function makePhonePhoto(seed: number, opts: PhonePhotoOptions = {}): Promise<Buffer> {
  const rnd = random(seed);
  const [width, height] = [opts.width ?? 4000, opts.height ?? 3000];
  const svg = schoolSceneSvg(rnd, width, height, { trees: 14, people: 60, leavesSeed: seed % 1000 });
  const { data, info } = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  // Sensor grain: what makes a phone JPEG weigh megabytes.
  for (let i = 0; i < data.length; i++) data[i] = Math.max(0, Math.min(255, data[i]! + (rnd() - 0.5) * 16));
  let image = sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
  // Stored sideways: rotating by 270° and tagging orientation 6 displays the scene upright.
  if (opts.upright)
    image = sharp(await image.rotate(270).raw().toBuffer(), {
      raw: { width: info.height, height: info.width, channels: info.channels },
    });
  return image
    .jpeg({ quality: opts.quality ?? 92 })
    .withExif({
      IFD0: { Make: 'Samsung', Model: 'Galaxy A15', Copyright: 'Trường THCS thử nghiệm' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 1/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '105/1 51/1 0/1' },
    })
    .withMetadata({ orientation: opts.upright ? 6 : 1 })
    .toBuffer();
}
