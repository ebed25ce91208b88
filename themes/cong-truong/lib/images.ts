/**
 * The one copy of a photo that leaves the page: the Open Graph image and the cover
 * other portals show from `/api/v1/tin-tuc.json`. One set of options, so both name
 * the same file and sharp encodes it once. It takes the widest ladder width the photo
 * fills (1080 px for a phone photo), so it is also the JPEG fallback of the photo on
 * its page (components/Photo.astro), the same file again. Never wider than the
 * original, so the width and height reported are the file's own.
 */
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import { imageFacts, topWidth } from '../images/ladder.ts';

export function shareImage(src: ImageMetadata) {
  return getImage({ src, width: topWidth(imageFacts(src).width), format: 'jpg' });
}
