/**
 * How large an original photo in `sites/<id>/media/` may be. The theme never shows a
 * photo wider than 1080 px (themes/cong-truong/images/settings.ts), so 2000 px on the
 * long side keeps room for sharper screens while a 12 MP phone photo (4000×3000,
 * 3–5 MB) shrinks to a few hundred KB in Git. One module for every place that checks
 * or shrinks uploads: `npm run media` (scripts/lib/media/), the build's warning, and
 * the CMS's resize in the browser.
 */
export const MEDIA_LIMITS = {
  /** Longest side, in pixels, after EXIF rotation. */
  maxLongSide: 2000,
  /** Bytes; a photo within the pixel limit but heavier than this is re-encoded. */
  maxBytes: 1_000_000,
  /** JPEG quality when a photo is shrunk (visually lossless at this size). */
  jpegQuality: 85,
  webpQuality: 85,
} as const;

/** File types `npm run media` may rewrite (others, e.g. GIF animations, are left alone). */
export const SHRINKABLE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp'] as const;

export interface MediaFacts {
  /** Displayed size, i.e. after EXIF rotation. */
  width: number;
  height: number;
  bytes: number;
}

export function isOversized(facts: MediaFacts, limits = MEDIA_LIMITS): boolean {
  return Math.max(facts.width, facts.height) > limits.maxLongSide || facts.bytes > limits.maxBytes;
}
