/**
 * The theme's Astro image service (astro.config.mjs `image.service`): Astro's sharp
 * service with three changes measured in scripts/bench/image-encoders.ts:
 *  - variants come from the shared content-addressed cache (cache.ts) when another
 *    site, checkout or earlier build already encoded them;
 *  - a JPEG, PNG or WebP source is decoded once for all its variants (decoded.ts);
 *  - the encoder settings of settings.ts (AVIF effort 2), and photos in Markdown
 *    bodies get WebP at the body's widths instead of one copy at full size.
 * Anything else (SVG, GIF, a decode that fails) goes to Astro's own service unchanged.
 */
import sharp, { type FitEnum, type FormatEnum, type ResizeOptions } from 'sharp';
import type { ImageTransform } from 'astro';
import type { LocalImageService } from 'astro';
import sharpService, { resolveSharpEncoderOptions, type SharpImageServiceConfig } from 'astro/assets/services/sharp';
import { imageCacheDir, logImageEvent, readVariant, sourceHash, variantKey, writeVariant } from './cache.ts';
import { decodeOnce } from './decoded.ts';
import { BODY_SIZES, BODY_WIDTHS, ENCODERS, MAX_WIDTH } from './settings.ts';

const FIT: Record<string, keyof FitEnum> = {
  fill: 'fill',
  contain: 'inside',
  cover: 'cover',
  none: 'outside',
  'scale-down': 'inside',
  outside: 'outside',
  inside: 'inside',
};
/** Bump when the way variants are made changes, so old cache entries are not reused. */
const RECIPE_VERSION = 1;

type Decodable = 'jpeg' | 'png' | 'webp';

function decodable(bytes: Uint8Array): Decodable | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  if (
    Buffer.from(bytes.subarray(0, 4)).toString('latin1') === 'RIFF' &&
    Buffer.from(bytes.subarray(8, 12)).toString('latin1') === 'WEBP'
  )
    return 'webp';
  return undefined;
}

/** A photo in a Markdown body arrives without format or widths: give it WebP at the body's widths. */
function bodyImageDefaults(options: ImageTransform): ImageTransform {
  const src = options.src;
  if (typeof src !== 'object' || options.format || options.widths || options.densities) return options;
  if (src.format === 'svg' || src.format === 'gif') return options;
  const width = Math.min(src.width, MAX_WIDTH);
  const widths = BODY_WIDTHS.filter((w) => w < width);
  return {
    ...options,
    format: 'webp',
    width,
    height: Math.round((width * src.height) / src.width),
    widths: [...widths, width],
    sizes: (options as { sizes?: string }).sizes ?? BODY_SIZES,
  } as ImageTransform;
}

type Config = Parameters<NonNullable<LocalImageService<SharpImageServiceConfig>['transform']>>[2];

async function encode(
  pixels: Awaited<ReturnType<typeof decodeOnce>>,
  transform: Record<string, any>,
  format: string,
  encoder: object | undefined,
  kernel: ResizeOptions['kernel'],
) {
  const image = sharp(pixels.data, { raw: pixels.info });
  const width = transform.width ? Math.round(transform.width) : undefined;
  const height = transform.height ? Math.round(transform.height) : undefined;
  if (width || height) {
    const fit = width && height && transform.fit ? (FIT[transform.fit] ?? 'inside') : undefined;
    image.resize({
      width,
      height,
      fit,
      position: width && height ? transform.position : undefined,
      kernel,
      withoutEnlargement: true,
    });
  }
  if (transform.background) image.flatten({ background: transform.background });
  if (format === 'avif') image.avif(encoder);
  else if (format === 'webp') image.webp(encoder);
  else if (format === 'png') image.png(encoder);
  else if (format === 'jpeg' || format === 'jpg') image.jpeg(encoder);
  else image.toFormat(format as keyof FormatEnum, encoder);
  const { data, info } = await image.toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data), format: info.format };
}

const service: LocalImageService<SharpImageServiceConfig> = {
  ...sharpService,
  validateOptions(options, imageConfig, logger) {
    return sharpService.validateOptions!(bodyImageDefaults(options), imageConfig, logger);
  },
  async transform(inputBuffer, transform, config: Config, logger) {
    const input = decodable(inputBuffer);
    const format = transform.format as string | undefined;
    if (!input || !format || format === 'svg') return sharpService.transform(inputBuffer, transform, config, logger);
    const serviceConfig: SharpImageServiceConfig = { ...ENCODERS, ...config.service.config };
    const encoder = resolveSharpEncoderOptions({ format, quality: transform.quality }, input, serviceConfig);
    const kernel = serviceConfig.kernel;
    const source = sourceHash(inputBuffer);
    const key = variantKey(source, {
      recipe: RECIPE_VERSION,
      sharp: sharp.versions,
      format,
      width: transform.width,
      height: transform.height,
      fit: transform.fit,
      position: transform.position,
      background: transform.background,
      kernel,
      encoder,
    });
    const outFormat = format === 'jpg' ? 'jpeg' : format;
    const dir = imageCacheDir();
    const cached = readVariant(dir, key, outFormat);
    const event = { key, source, format: outFormat, width: transform.width, height: transform.height };
    if (cached) {
      logImageEvent({ ...event, event: 'hit', ms: 0, at: Date.now() });
      return { data: new Uint8Array(cached), format: outFormat as 'jpeg' };
    }
    const started = performance.now();
    let result;
    try {
      const pixels = await decodeOnce(source, inputBuffer, config.service.config.limitInputPixels);
      result = await encode(pixels, transform, format, encoder, kernel);
    } catch {
      // Astro's service gives the usual warning or error for a file sharp cannot read.
      return sharpService.transform(
        inputBuffer,
        transform,
        { ...config, service: { ...config.service, config: serviceConfig } },
        logger,
      );
    }
    writeVariant(dir, key, outFormat, result.data);
    logImageEvent({ ...event, event: 'encode', ms: Math.round(performance.now() - started), at: Date.now() });
    return result as { data: Uint8Array; format: 'jpeg' };
  },
};

export default service;
