/**
 * What every `/api/v1/` payload builder needs to know of the portal it describes.
 * The builders are pure: the theme feeds them Astro's collection entries, the
 * liên thông loader (scripts/lib/network/) feeds them the entries it validated
 * itself, and both get the same JSON.
 */
import type { DetailCollection } from '../../index.ts';
import type { SiteConfig } from '../../site.ts';
import { absoluteUrl, entryUrl, webUrl } from '../../urls.ts';
import { API_VERSION } from '../fields.ts';

export interface PayloadContext {
  siteId: string;
  site: SiteConfig;
  /** The instant the portal is built: its "today" (in Vietnam) and the `generated` stamp. */
  buildDate: Date;
}

/** An entry of a collection as both Astro and the validator hold it. */
export interface EntryOf<D> {
  id: string;
  data: D;
}

export function envelope(ctx: PayloadContext) {
  return { version: API_VERSION, generated: ctx.buildDate.toISOString(), site: ctx.siteId } as const;
}

/** A path of the portal as an address other hosts can follow (`https://<domain>/…`). */
export function absolute(ctx: PayloadContext, path: string): string {
  return absoluteUrl(path, ctx.site.domain);
}

/** `/tin-tuc/<slug>/`, `/van-ban/<slug>/`, … on the portal, absolute. */
export function entryAddress(ctx: PayloadContext, collection: DetailCollection, id: string): string {
  return absolute(ctx, entryUrl(collection, id));
}

/**
 * An editor's link as an absolute `https:` address, or undefined when it leads to no
 * web page another portal may show (`javascript:`, `data:`, `mailto:`, plain `http:`).
 */
export function webAddress(ctx: PayloadContext, link: string): string | undefined {
  return webUrl(link, ctx.site.domain);
}

export function fileLinks(
  ctx: PayloadContext,
  files: readonly { title: string; file: string }[],
): { title: string; url: string }[] {
  return files.map((f) => ({ title: f.title, url: absolute(ctx, f.file) }));
}

/** The Vietnamese label of a code that the schemas already checked against `labels`. */
export function labelIn(labels: Readonly<Record<string, string>>, code: string): string {
  const label = labels[code];
  if (label === undefined) throw new Error(`no label for "${code}"`);
  return label;
}

/** Drafts never leave the portal's repository. */
export function isPublished(entry: EntryOf<object>): boolean {
  return !('draft' in entry.data && entry.data.draft);
}
