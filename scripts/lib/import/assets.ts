/**
 * Photos and attachments of imported posts, copied into the staging copy of the
 * site: photos into `media/` (turned upright, shrunk to the ingest limits of
 * content-schemas/media-limits.ts with scripts/lib/media/shrink.ts, EXIF and GPS
 * removed), attachments into `public/tep/` under a safe slug name after the type,
 * size and content checks. One old URL is stored once, whatever the posts naming it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import sharp from 'sharp';
import { extensionOf, IMAGE_EXTENSIONS } from '../../../content-schemas/file-types.ts';
import { isOversized } from '../../../content-schemas/media-limits.ts';
import { staysInside } from '../../../content-schemas/paths.ts';
import { shrinkPhoto } from '../media/shrink.ts';
import { attachmentRefusal, type Limits } from './file-checks.ts';
import { hashOf } from './manifest.ts';
import { safeFileName } from './slugs.ts';
import type { Read } from './mirror.ts';
import type { Words } from './types.ts';

export type Reader = (url: URL, maxBytes: number) => Promise<Read>;

/** sharp's name for a photo format → the extension it is stored under. */
const RASTER: Record<string, string> = { jpeg: 'jpg', png: 'png', gif: 'gif', webp: 'webp', heif: 'avif' };

export type Stored = { path: string; rel: string } | { reason: Words };

export interface AssetStore {
  image: (url: URL) => Promise<Stored>;
  /** A photo pasted into the old editor as a `data:image/…;base64,` address. */
  inline: (dataUrl: string) => Promise<Stored>;
  attachment: (url: URL) => Promise<Stored>;
  /** The old URL a written file came from, and the hash of the old bytes (to skip re-encoding next time). */
  sourceOf: (rel: string) => { url: string; sha256: string } | undefined;
  /** Whether photos and files at this address are read although it is not the page's host (--files). */
  readsElsewhere: (url: URL) => boolean;
}

/** The last path segment, decoded, as the old portal named the file. */
function fileNameOf(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).at(-1) ?? 'tep';
  try {
    return basename(decodeURIComponent(last));
  } catch {
    return basename(last);
  }
}

/**
 * `taken(rel)` says whether a file name is already used by something that is not
 * this old URL's own earlier copy (an editor's file, another import).
 */
export function createAssetStore(opts: {
  stagingDir: string;
  read: Reader;
  limits: Limits;
  taken: (rel: string, url: string) => boolean;
  /** The name this old URL was stored under by an earlier run, so re-imports keep it. */
  previous: (url: string) => string | undefined;
  /**
   * The site's copy of this old photo, when an earlier run stored it from the same
   * old bytes and nobody changed it since: it is reused instead of encoded again.
   */
  reusable: (url: string, sourceSha256: string) => string | undefined;
  siteDir: string;
  /** The portal's file server, when --files named one. */
  filesOrigin?: string;
}): AssetStore {
  const done = new Map<string, Promise<Stored>>();
  const used = new Set<string>();
  const sources = new Map<string, { url: string; sha256: string }>();

  function place(folder: 'media' | 'public/tep', name: string, url: string): string {
    const before = opts.previous(url);
    if (before && before.startsWith(`${folder}/`) && !used.has(before)) {
      used.add(before);
      return before;
    }
    const ext = extensionOf(name);
    const base = name.slice(0, -(ext.length + 1));
    for (let n = 1; ; n++) {
      const candidate = `${folder}/${n === 1 ? base : `${base}-${n}`}.${ext}`;
      if (!used.has(candidate) && !opts.taken(candidate, url)) {
        used.add(candidate);
        return candidate;
      }
    }
  }

  function write(rel: string, bytes: Buffer): void {
    const file = join(opts.stagingDir, rel);
    // The name is a slug already; this keeps any future change honest.
    if (staysInside(file, opts.stagingDir)) throw new Error(`refusing to write outside the staging folder: ${rel}`);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, bytes);
  }

  async function storeImage(url: URL): Promise<Stored> {
    const original = fileNameOf(url);
    const ext = extensionOf(original);
    if (!(IMAGE_EXTENSIONS as readonly string[]).includes(ext)) {
      return {
        reason: {
          vi: `«${original}» không phải loại ảnh được dùng (${IMAGE_EXTENSIONS.join(', ')}; SVG có thể chứa mã nên không nhận)`,
          en: `"${original}" is not an accepted photo type (${IMAGE_EXTENSIONS.join(', ')}; SVG can carry script)`,
        },
      };
    }
    const read = await opts.read(url, opts.limits.imageBytes);
    if ('reason' in read) return read;
    const sha256 = hashOf(read.bytes);
    const kept = opts.reusable(url.href, sha256);
    if (kept && !used.has(kept)) {
      used.add(kept);
      write(kept, readFileSync(join(opts.siteDir, kept)));
      sources.set(kept, { url: url.href, sha256 });
      return { path: `../../${kept}`, rel: kept };
    }
    return encode(url.href, original, ext, read.bytes, sha256);
  }

  /** Shrinks and stores photo bytes; `key` is where they came from (an old URL or a data: hash). */
  async function encode(key: string, original: string, named: string, input: Buffer, sha256: string): Promise<Stored> {
    let ext = named;
    let meta;
    try {
      meta = await sharp(input).metadata();
    } catch {
      return {
        reason: {
          vi: `«${original}» có đuôi ảnh nhưng không đọc được như ảnh`,
          en: `"${original}" has a photo extension but is not a readable image`,
        },
      };
    }
    // The bytes decide, not the name: an SVG (it can carry script) or a page saved as `.jpg` is refused,
    // and a PNG named `.jpg`, common on old portals, keeps its real type.
    const real = meta.format === 'heif' && meta.compression !== 'av1' ? undefined : RASTER[meta.format ?? ''];
    if (!real) {
      return {
        reason: {
          vi: `«${original}» có đuôi ảnh nhưng nội dung là ${meta.format === 'svg' ? 'SVG (có thể chứa mã)' : `«${meta.format}»`}, không phải ảnh JPEG, PNG, GIF, WebP hay AVIF`,
          en: `"${original}" has a photo extension but holds ${meta.format === 'svg' ? 'SVG (which can carry script)' : `"${meta.format}"`}, not a JPEG, PNG, GIF, WebP or AVIF photo`,
        },
      };
    }
    ext = real === ext || (real === 'jpg' && ext === 'jpeg') ? ext : real;
    const turned = (meta.orientation ?? 1) >= 5;
    const facts = {
      width: (turned ? meta.height : meta.width) ?? 0,
      height: (turned ? meta.width : meta.height) ?? 0,
      bytes: input.length,
    };
    // Every photo from the old portal is re-encoded when it carries EXIF (GPS, camera) or is over the limits.
    const needsShrink = ext !== 'gif' && (isOversized(facts) || !!meta.exif || (meta.orientation ?? 1) !== 1);
    const bytes = needsShrink ? (await shrinkPhoto(input, `.${ext}`)).data : input;
    const rel = place('media', safeFileName(original, ext === 'jpeg' ? 'jpg' : ext), key);
    write(rel, bytes);
    sources.set(rel, { url: key, sha256 });
    return { path: `../../${rel}`, rel };
  }

  async function storeInline(dataUrl: string): Promise<Stored> {
    const m = /^data:image\/(png|jpe?g|gif|webp);base64,([A-Za-z0-9+/=\s]+)$/i.exec(dataUrl);
    if (!m)
      return {
        reason: {
          vi: 'ảnh dán trực tiếp không phải PNG, JPEG, GIF hay WebP',
          en: 'a pasted image that is not PNG, JPEG, GIF or WebP',
        },
      };
    const input = Buffer.from(m[2]!, 'base64');
    if (input.length > opts.limits.imageBytes)
      return { reason: { vi: 'ảnh dán trực tiếp quá lớn', en: 'the pasted image is too large' } };
    const ext = m[1]!.toLowerCase() === 'jpeg' ? 'jpg' : m[1]!.toLowerCase();
    const sha256 = hashOf(input);
    return encode(`data:${sha256}`, `anh-dan-${sha256.slice(0, 8)}.${ext}`, ext, input, sha256);
  }

  async function storeAttachment(url: URL): Promise<Stored> {
    const original = fileNameOf(url);
    const ext = extensionOf(original);
    const read = await opts.read(url, opts.limits.attachmentBytes + 1);
    if ('reason' in read) return read;
    const refusal = attachmentRefusal(original, read.bytes, opts.limits);
    if (refusal) return { reason: { vi: `«${original}»: ${refusal.vi}`, en: `"${original}": ${refusal.en}` } };
    const rel = place('public/tep', safeFileName(original, ext), url.href);
    write(rel, read.bytes);
    sources.set(rel, { url: url.href, sha256: hashOf(read.bytes) });
    return { path: `/${rel.slice('public/'.length)}`, rel };
  }

  const once = (kind: 'image' | 'attachment', fn: (url: URL) => Promise<Stored>) => (url: URL) => {
    const key = `${kind} ${url.href}`;
    if (!done.has(key)) done.set(key, fn(url));
    return done.get(key)!;
  };

  const inlineDone = new Map<string, Promise<Stored>>();
  const inline = (dataUrl: string) => {
    if (!inlineDone.has(dataUrl)) inlineDone.set(dataUrl, storeInline(dataUrl));
    return inlineDone.get(dataUrl)!;
  };

  return {
    image: once('image', storeImage),
    inline,
    attachment: once('attachment', storeAttachment),
    sourceOf: (rel) => sources.get(rel),
    readsElsewhere: (url) => url.origin === opts.filesOrigin,
  };
}
