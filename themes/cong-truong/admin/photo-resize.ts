/**
 * Photos are shrunk in the editor's browser before they reach Git: the long side
 * to MEDIA_LIMITS.maxLongSide (content-schemas/media-limits.ts, the same limit the
 * build warns about and `npm run media` applies), re-encoded at its quality, upright
 * (EXIF orientation applied to the pixels) and without EXIF/XMP (GPS position,
 * camera serial). A photo already within the limits and carrying no metadata is
 * stored as it came: re-encoding it would only lose quality.
 *
 * Decap's own media_processing can only resize to a fixed width or height, so the
 * bundle swaps its lib/imageTransformations module for this one (bundle.ts); the
 * four exports keep that module's names and signatures.
 */
import { MEDIA_LIMITS } from '../../../content-schemas/media-limits.ts';

export interface PhotoLimits {
  maxLongSide: number;
  maxBytes: number;
  /** 0–1, per output type. */
  quality: Record<string, number>;
}

const LIMITS: PhotoLimits = {
  maxLongSide: MEDIA_LIMITS.maxLongSide,
  maxBytes: MEDIA_LIMITS.maxBytes,
  quality: { 'image/jpeg': MEDIA_LIMITS.jpegQuality / 100, 'image/webp': MEDIA_LIMITS.webpQuality / 100 },
};

/** PNG stays PNG (logos, screenshots with text); only lossy types are re-encoded for weight. */
const PHOTO_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp']);
const LOSSY_TYPES = new Set(['image/jpeg', 'image/webp']);

/** Decap calls this with (config, field); the limits are the project's, not per field. */
export function getMediaProcessingConfig(): PhotoLimits {
  return LIMITS;
}

export function shouldTransformImage(file: File, limits: PhotoLimits | undefined): boolean {
  return Boolean(limits) && PHOTO_TYPES.has(file.type.toLowerCase());
}

/** The type and so the extension never change. */
export function getMediaProcessingFileName(fileName: string): string {
  return fileName;
}

/**
 * Whether the head of the file holds EXIF or XMP: a JPEG APP1 "Exif"/XMP segment,
 * a PNG eXIf/iTXt chunk, a WebP EXIF/XMP chunk. Metadata sits before the pixels.
 */
export function hasMetadata(head: Uint8Array): boolean {
  const text = new TextDecoder('latin1').decode(head);
  return /Exif\0|eXIf|EXIF|XMP |http:\/\/ns\.adobe\.com\/xap/.test(text);
}

/** Width and height after scaling the long side down to `maxLongSide` (never up). */
export function fitLongSide(width: number, height: number, maxLongSide: number): { width: number; height: number } {
  const scale = Math.min(1, maxLongSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

function encode(canvas: HTMLCanvasElement, type: string, quality: number | undefined): Promise<Blob> {
  return new Promise((done, fail) =>
    canvas.toBlob(
      (blob) => (blob ? done(blob) : fail(new Error(`Trình duyệt không nén được ảnh (${type}).`))),
      type,
      quality,
    ),
  );
}

/** Returns `[{ file, path }]` as Decap expects: the original when nothing needs doing. */
export async function transformImage(
  file: File,
  path: string,
  limits: PhotoLimits,
): Promise<{ file: File; path: string }[]> {
  const type = file.type.toLowerCase();
  const metadata = hasMetadata(new Uint8Array(await file.slice(0, 128 * 1024).arrayBuffer()));
  // 'from-image': the pixels are turned the way the camera's EXIF orientation says, before it is dropped.
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    const tooLarge = Math.max(bitmap.width, bitmap.height) > limits.maxLongSide;
    const tooHeavy = LOSSY_TYPES.has(type) && file.size > limits.maxBytes;
    if (!tooLarge && !tooHeavy && !metadata) return [{ file, path }];
    const size = fitLongSide(bitmap.width, bitmap.height, limits.maxLongSide);
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('Trình duyệt không xử lý được ảnh (thiếu canvas 2D).');
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, size.width, size.height);
    const blob = await encode(canvas, type, limits.quality[type]);
    return [{ file: new File([blob], file.name, { type, lastModified: file.lastModified }), path }];
  } finally {
    bitmap.close();
  }
}
