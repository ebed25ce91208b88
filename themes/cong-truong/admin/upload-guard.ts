/**
 * Every Git backend, wrapped so that it never writes a file the build would
 * refuse (content-schemas/file-types.ts): a photo into media/, an attachment
 * into public/tep/, a video (within VIDEO_LIMITS) into public/video/, a PNG logo
 * into public/, nothing else. An .html, .js or .svg
 * uploaded there would be published on the portal's origin, where this admin
 * keeps the editor's Git token.
 *
 * Decap writes uploads in two places: persistMedia (the media library opened
 * from the top bar) and persistEntry (files picked in an entry's fields, saved
 * with it). Both refuse before sending anything.
 *
 * Decap prints a failed save as `Chưa lưu được bài: ${error}`; a lost connection
 * would read "TypeError: Failed to fetch", so it is reworded in Vietnamese here.
 */
import { extensionOf, uploadPathFor, uploadRefusal, VIDEO_EXTENSIONS } from '../../../content-schemas/file-types.ts';
import { videoSizeRefusal } from '../../../content-schemas/media-limits.ts';

/** Decap prints it into its toasts with `${error}`: the message alone, no "Error:" in front. */
export class UploadRefused extends Error {
  override toString(): string {
    return this.message;
  }
}

const OFFLINE =
  'Không kết nối được tới kho lưu bài (mất mạng, hoặc máy chủ Git đang bận). Nội dung vẫn còn trên trang này; hãy kiểm tra mạng rồi bấm «Lưu» lại.';

/** A fetch that never reached the server throws a bare TypeError; anything else keeps its own message. */
export function friendlyError(error: unknown): unknown {
  return error instanceof TypeError ? new UploadRefused(OFFLINE) : error;
}

interface AssetLike {
  path: string;
  /** The picked file (Decap's AssetProxy), when it came from the editor's computer. */
  fileObj?: { size: number };
}

/** A video over the shared size limit (media-limits.ts); photos are shrunk instead (photo-resize.ts). */
function sizeRefusal(asset: AssetLike): string | undefined {
  const name = asset.path.slice(asset.path.lastIndexOf('/') + 1);
  const isVideo = (VIDEO_EXTENSIONS as readonly string[]).includes(extensionOf(name));
  return isVideo && asset.fileObj ? videoSizeRefusal(name, asset.fileObj.size) : undefined;
}

/** A video picked in the media library goes to public/video/ (file-types.ts uploadPathFor). */
function relocate(asset: AssetLike): void {
  const lead = asset.path.startsWith('/') ? '/' : '';
  asset.path = lead + uploadPathFor(asset.path.slice(lead.length));
}

function refuseUnsafe(assets: AssetLike[]): void {
  for (const asset of assets) relocate(asset);
  const refusals = assets
    .map((a) => uploadRefusal(a.path.replace(/^\/+/, '')) ?? sizeRefusal(a))
    .filter((r): r is string => Boolean(r));
  if (refusals.length) throw new UploadRefused(refusals.join(' '));
}

// Decap's backend classes are untyped (decap-modules.d.ts); these are the two methods wrapped.
type Backend = new (...args: any[]) => {
  persistMedia(file: AssetLike, options: unknown): Promise<unknown>;
  persistEntry(entry: { assets: AssetLike[] }, options: unknown): Promise<unknown>;
};

export function guardUploads(Base: unknown): Backend {
  const Unguarded = Base as Backend;
  return class extends Unguarded {
    override async persistMedia(file: AssetLike, options: unknown) {
      refuseUnsafe([file]);
      return super.persistMedia(file, options);
    }

    override async persistEntry(entry: { assets: AssetLike[] }, options: unknown) {
      refuseUnsafe(entry.assets ?? []);
      return super.persistEntry(entry, options);
    }
  };
}

/**
 * Every method of the backend (it is the only code that talks to the Git host) turns
 * a lost connection into the Vietnamese message: a save reads entries, branches and
 * files before it writes, and any of those calls may be the one that fails.
 */
export function friendlyNetworkErrors<T extends new (...args: any[]) => object>(Base: T): T {
  const Friendly = class extends Base {};
  const names = new Set<string>();
  for (let proto = Base.prototype; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const name of Object.getOwnPropertyNames(proto))
      if (name !== 'constructor' && typeof proto[name] === 'function') names.add(name);
  }
  for (const name of names) {
    const original = (Base.prototype as Record<string, (...args: unknown[]) => unknown>)[name];
    Object.defineProperty(Friendly.prototype, name, {
      configurable: true,
      writable: true,
      value(this: object, ...args: unknown[]) {
        const result = original?.apply(this, args);
        return result instanceof Promise
          ? result.catch((error: unknown) => Promise.reject(friendlyError(error)))
          : result;
      },
    });
  }
  return Friendly;
}
