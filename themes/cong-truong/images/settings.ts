/**
 * Formats, widths and encoder settings, chosen from measurements on 12 MP phone
 * photos (scripts/bench/image-encoders.ts, figures in its header):
 *
 * - AVIF effort 2 gives the same bytes (±3%) as the default effort 4 in a tenth of
 *   the time (1080 px: ~0.48 s against ~4.3 s); effort 0 is faster but up to 50%
 *   bigger on smooth photos.
 * - WebP and JPEG keep sharp's defaults (quality 80): WebP is the fallback every
 *   current browser reads; one JPEG per photo is left for the rare browser with neither.
 * - One ladder of widths for every component, so a photo used as a cover, a
 *   thumbnail and a share image is encoded at four widths, not at twelve.
 */
import type { AvifOptions, JpegOptions, WebpOptions } from 'sharp';

/** Every width the theme asks for; components pick from it. */
export const WIDTH_LADDER = [256, 360, 720, 1080] as const;
export type LadderWidth = (typeof WIDTH_LADDER)[number];

/** The widest copy of any photo, and the width of the share image (Open Graph, API). */
export const MAX_WIDTH = 1080;

/** Photos in Markdown bodies: the widths and `sizes` they get (the body column is 45rem). */
export const BODY_WIDTHS = [360, 720, 1080];
export const BODY_SIZES = '(min-width: 48rem) 45rem, 100vw';

export const ENCODERS: { avif: AvifOptions; webp: WebpOptions; jpeg: JpegOptions } = {
  avif: { quality: 50, effort: 2 },
  webp: { quality: 80 },
  jpeg: { quality: 80 },
};
