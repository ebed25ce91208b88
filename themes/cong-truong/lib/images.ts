/**
 * The one copy of a photo that leaves the page: the Open Graph image and the cover
 * other portals show from `/api/v1/tin-tuc.json`. One set of options, so both name
 * the same file and sharp encodes it once. Never wider than the original (sharp
 * does not enlarge), so the width and height reported are the file's own.
 */
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';

const SHARE_WIDTH = 1200;

export function shareImage(src: ImageMetadata) {
  return getImage({ src, width: Math.min(SHARE_WIDTH, src.width), format: 'jpg' });
}
