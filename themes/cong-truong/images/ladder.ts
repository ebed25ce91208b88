import type { ImageMetadata } from 'astro';
import { WIDTH_LADDER } from './settings.ts';

/**
 * The ladder widths for the widths a component asks for: each moved to the nearest
 * ladder width (ties go up), none wider than the source; a source narrower than the
 * whole ladder is used at its own width.
 */
export function ladderWidths(requested: readonly number[], sourceWidth: number): number[] {
  const nearest = (w: number) =>
    WIDTH_LADDER.reduce((best, l) =>
      Math.abs(l - w) < Math.abs(best - w) || (Math.abs(l - w) === Math.abs(best - w) && l > best) ? l : best,
    );
  const usable = [...new Set(requested.map(nearest))].filter((w) => w <= sourceWidth).sort((a, b) => a - b);
  return usable.length ? usable : [sourceWidth];
}

/**
 * An imported image's metadata without marking the original as used: Astro copies an
 * original into the output (a 4000×3000 JPEG weighs megabytes) when any code reads a
 * property of its import other than `clone`, e.g. `src.width`.
 */
export function imageFacts(src: ImageMetadata): ImageMetadata {
  return (src as ImageMetadata & { clone?: ImageMetadata }).clone ?? src;
}

/** The widest ladder width a source can fill (its own width if narrower than the ladder). */
export function topWidth(sourceWidth: number): number {
  const fits = WIDTH_LADDER.filter((w) => w <= sourceWidth);
  return fits.length ? Math.max(...fits) : sourceWidth;
}
