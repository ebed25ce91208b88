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
 * with it). Both refuse before sending anything, also a file whose name is
 * allowed but whose bytes are a web page (web-page-bytes.ts), as the build does.
 *
 * Decap prints a failed save as `Chưa lưu được bài: ${error}`; a lost connection
 * would read "TypeError: Failed to fetch", so it is reworded in Vietnamese here.
 */
import { extensionOf, uploadPathFor, uploadRefusal, VIDEO_EXTENSIONS } from '../../../content-schemas/file-types.ts';
import { videoSizeRefusal } from '../../../content-schemas/media-limits.ts';
import { looksLikeWebPage, WEB_PAGE_HEAD_BYTES } from '../../../content-schemas/web-page-bytes.ts';

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
  fileObj?: { size: number; slice?: (start: number, end: number) => Blob };
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

/** An allowed name on bytes that are a web page: a renamed .html, a "video" saved from a site. */
async function bytesRefusal(asset: AssetLike): Promise<string | undefined> {
  const head = asset.fileObj?.slice?.(0, WEB_PAGE_HEAD_BYTES);
  if (!head || !looksLikeWebPage(new Uint8Array(await head.arrayBuffer()))) return undefined;
  const name = asset.path.slice(asset.path.lastIndexOf('/') + 1);
  return `Không tải lên tệp «${name}»: tên tệp là .${extensionOf(name)} nhưng nội dung là một trang web (HTML), loại tệp có thể chạy mã độc trên cổng. Cách sửa: mở tệp gốc bằng chương trình đã tạo ra nó, lưu hoặc xuất lại đúng loại (ví dụ «Lưu thành PDF»), rồi tải lên lại.`;
}

async function refuseUnsafe(assets: AssetLike[]): Promise<void> {
  for (const asset of assets) relocate(asset);
  const refusals = await Promise.all(
    assets.map(async (a) => uploadRefusal(a.path.replace(/^\/+/, '')) ?? sizeRefusal(a) ?? (await bytesRefusal(a))),
  );
  const said = refusals.filter((r): r is string => Boolean(r));
  if (said.length) throw new UploadRefused(said.join(' '));
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
      await refuseUnsafe([file]);
      return super.persistMedia(file, options);
    }

    override async persistEntry(entry: { assets: AssetLike[] }, options: unknown) {
      await refuseUnsafe(entry.assets ?? []);
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
