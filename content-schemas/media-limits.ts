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

/**
 * A school's own video file (public/video/). Every clip stays in the Git history
 * for good, and Decap uploads it through the Git host's API in one request: 25 MB
 * is about two minutes of 720p phone video re-encoded (HandBrake «Fast 720p30»).
 * Longer films belong on the school's YouTube or Facebook page, linked with «Video».
 */
export const VIDEO_LIMITS = { maxBytes: 25_000_000 } as const;

/** Why a video of this size cannot be uploaded (Vietnamese), or undefined. */
export function videoSizeRefusal(name: string, bytes: number, limits = VIDEO_LIMITS): string | undefined {
  if (bytes <= limits.maxBytes) return undefined;
  // Rounded up, so a file just over the limit never reads as equal to it; Vietnamese decimal comma.
  const mb = (n: number) => `${String(Math.ceil(n / 100_000) / 10).replace('.', ',')} MB`;
  return `Không tải lên video «${name}»: tệp nặng ${mb(bytes)}, quá giới hạn ${mb(limits.maxBytes)}. Cách sửa: nén lại video (ví dụ HandBrake, chế độ «Fast 720p30») hoặc đăng lên trang YouTube/Facebook của trường rồi chèn liên kết bằng nút «Video».`;
}
