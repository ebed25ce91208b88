/**
 * The one copy of a photo that leaves the page: the Open Graph image and the cover
 * other portals show from `/api/v1/tin-tuc.json`. One set of options, so both name
 * the same file and sharp encodes it once; at the ladder's top width it is also the
 * JPEG fallback of the photo on its page (components/Photo.astro), the same file
 * again. Never wider than the original (sharp does not enlarge), so the width and
 * height reported are the file's own.
 */
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import { MAX_WIDTH } from '../images/settings.ts';
import { imageFacts } from '../images/ladder.ts';

export function shareImage(src: ImageMetadata) {
  return getImage({ src, width: Math.min(MAX_WIDTH, imageFacts(src).width), format: 'jpg' });
}
