/**
 * Every Git backend, wrapped so that it never writes a file the build would
 * refuse (content-schemas/file-types.ts): a photo into media/, an attachment
 * into public/tep/, a PNG logo into public/, nothing else. An .html, .js or .svg
 * uploaded there would be published on the portal's origin, where this admin
 * keeps the editor's Git token.
 *
 * Decap writes uploads in two places: persistMedia (the media library opened
 * from the top bar) and persistEntry (files picked in an entry's fields, saved
 * with it). Both refuse before sending anything.
 */
import { uploadRefusal } from '../../../content-schemas/file-types.ts';

/** Decap prints it into its toasts with `${error}`: the message alone, no "Error:" in front. */
export class UploadRefused extends Error {
  override toString(): string {
    return this.message;
  }
}

interface AssetLike {
  path: string;
}

function refuseUnsafe(assets: AssetLike[]): void {
  const refusals = assets.map((a) => uploadRefusal(a.path.replace(/^\/+/, ''))).filter((r): r is string => Boolean(r));
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
