/**
 * Pictures made from the logo at build time, self-hosted: the fallback share image
 * (Open Graph, 1200×630, logo and the unit's name), PNG icons for phones and the
 * manifest, and /favicon.ico. Sharp renders the name as SVG text with the system
 * fonts (librsvg + fontconfig), so the build machine needs a font with Vietnamese
 * glyphs (Noto Sans or DejaVu Sans; both are listed first).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

export const SHARE_CARD = { width: 1200, height: 630 } as const;
export const ICON_SIZES = [192, 512] as const;
export const TOUCH_ICON_SIZE = 180;
export const FAVICON_SIZES = [16, 32, 48] as const;
const FONTS = "'Noto Sans', 'DejaVu Sans', sans-serif";

/** The logo file named by site.yaml (`/logo.svg` lives in the site's public folder). */
export function readLogo(siteDir: string, src: string): Buffer {
  return readFileSync(join(siteDir, 'public', src));
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Greedy word wrap by character count: SVG text does not wrap by itself. */
export function wrapWords(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const word of text.normalize('NFC').split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}

/** The logo as a square PNG on white with a margin, as phones and browsers show icons. */
export async function iconPng(logo: Buffer, size: number): Promise<Buffer> {
  const inner = Math.round(size * 0.84);
  const mark = await sharp(logo, { density: 300 })
    .resize(inner, inner, { fit: 'contain', background: { r: 255, g: 255, b: 255, alpha: 0 } })
    .png()
    .toBuffer();
  return sharp({ create: { width: size, height: size, channels: 4, background: '#ffffff' } })
    .composite([{ input: mark, gravity: 'centre' }])
    .png()
    .toBuffer();
}

/** An .ico holding PNG images (Windows Vista and every current browser read PNG entries). */
export function icoFromPngs(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // type 1: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at);
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt16LE(1, at + 4); // colour planes
    header.writeUInt16LE(32, at + 6); // bits per pixel
    header.writeUInt32LE(png.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.png)]);
}

export async function faviconIco(logo: Buffer): Promise<Buffer> {
  return icoFromPngs(await Promise.all(FAVICON_SIZES.map(async (size) => ({ size, png: await iconPng(logo, size) }))));
}

/** 1200×630: a band in the theme colour, the logo on the left, the name (and a second line) on the right. */
export async function shareCardPng(
  logo: Buffer,
  card: { name: string; subtitle: string; primary: string },
): Promise<Buffer> {
  const { width, height } = SHARE_CARD;
  const logoSize = 300;
  const mark = await sharp(logo, { density: 300 })
    .resize(logoSize, logoSize, { fit: 'contain', background: { r: 255, g: 255, b: 255, alpha: 0 } })
    .png()
    .toBuffer();
  const lines = wrapWords(card.name, 24, 4);
  const fontSize = lines.length > 3 ? 50 : 58;
  const lineHeight = Math.round(fontSize * 1.25);
  const textX = 420;
  const blockHeight = lines.length * lineHeight + 60;
  const top = Math.round((height - 40 - blockHeight) / 2) + fontSize;
  const nameText = lines
    .map(
      (l, i) =>
        `<text x="${textX}" y="${top + i * lineHeight}" font-family="${FONTS}" font-size="${fontSize}" font-weight="700" fill="#111827">${escapeXml(l)}</text>`,
    )
    .join('');
  const subtitle = `<text x="${textX}" y="${top + (lines.length - 1) * lineHeight + 64}" font-family="${FONTS}" font-size="30" fill="#374151">${escapeXml(card.subtitle.normalize('NFC'))}</text>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="#ffffff"/><rect y="${height - 40}" width="${width}" height="40" fill="${card.primary}"/><rect width="24" height="${height}" fill="${card.primary}"/>${nameText}${subtitle}</svg>`;
  return sharp(Buffer.from(svg))
    .composite([{ input: mark, left: 80, top: Math.round((height - 40 - logoSize) / 2) }])
    .png({ compressionLevel: 9 })
    .toBuffer();
}
