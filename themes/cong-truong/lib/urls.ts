/** Public URLs of entries and list pages, derived from the collection registry. */
import { COLLECTIONS, type CollectionName } from '../../../content-schemas/index.ts';
import { PAGE_ROUTES, type PageKey } from '../../../content-schemas/collections/pages.ts';

/** `/tin-tuc/<slug>/`, `/van-ban/<slug>/`, … (pages and alerts have no detail page). */
export function entryUrl(collection: CollectionName, id: string): string {
  return `${COLLECTIONS[collection].url}${id}/`;
}

export function pageUrl(key: PageKey): string {
  return PAGE_ROUTES[key];
}

/** Page 1 is the base URL itself; later pages live under the reserved `trang/` segment. */
export function listPageUrl(base: string, page: number): string {
  return page <= 1 ? base : `${base}trang/${page}/`;
}

export function isExternal(url: string): boolean {
  return /^https?:\/\//.test(url);
}
