/** What `npm run media` and the build warning need to know about each photo in `media/`. */
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { isOversized, SHRINKABLE_EXTENSIONS, type MediaFacts } from '../../../content-schemas/media-limits.ts';

export interface MediaFile extends MediaFacts {
  /** Path relative to the site folder, e.g. media/san-truong.jpg. */
  name: string;
  file: string;
  oversized: boolean;
}

export async function inspectMedia(siteDir: string): Promise<MediaFile[]> {
  const dir = join(siteDir, 'media');
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
  const files: MediaFile[] = [];
  for (const name of names) {
    if (!(SHRINKABLE_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase())) continue;
    const file = join(dir, name);
    const bytes = statSync(file).size;
    let meta: Metadata;
    try {
      // Reads the header only: cheap enough to run on every build.
      meta = await sharp(file).metadata();
    } catch {
      // Not an image: the validator already names such a file.
      continue;
    }
    // Orientations 5–8 turn the picture by 90°: the displayed width is the stored height.
    const turned = (meta.orientation ?? 1) >= 5;
    const facts = {
      width: (turned ? meta.height : meta.width) ?? 0,
      height: (turned ? meta.width : meta.height) ?? 0,
      bytes,
    };
    files.push({ name: `media/${name}`, file, ...facts, oversized: isOversized(facts) });
  }
  return files;
}

export function formatBytes(bytes: number): string {
  return bytes >= 1_000_000
    ? `${(bytes / 1_000_000).toFixed(1).replace(/\.0$/, '').replace('.', ',')} MB`
    : `${Math.round(bytes / 1000)} KB`;
}
