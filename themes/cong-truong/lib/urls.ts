/** Public URLs of entries and list pages, derived from the collection registry. */
import { COLLECTIONS, type CollectionName } from '../../../content-schemas/index.ts';

/** `/tin-tuc/<slug>/`, `/van-ban/<slug>/`, … (pages and alerts have no detail page). */
export function entryUrl(collection: CollectionName, id: string): string {
  return `${COLLECTIONS[collection].url}${id}/`;
}

/** Page 1 is the base URL itself; later pages live under the reserved `trang/` segment. */
export function listPageUrl(base: string, page: number): string {
  return page <= 1 ? base : `${base}trang/${page}/`;
}
