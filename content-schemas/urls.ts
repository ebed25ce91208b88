/** Public URLs of entries, derived from the collection registry; shared by the theme and the /api/v1/ builders. */
import { COLLECTIONS, type CollectionName } from './index.ts';

/** `/tin-tuc/<slug>/`, `/van-ban/<slug>/`, … (pages and alerts have no detail page). */
export function entryUrl(collection: CollectionName, id: string): string {
  return `${COLLECTIONS[collection].url}${id}/`;
}

/** `/tin-tuc/a/` on the portal of `domain` → `https://<domain>/tin-tuc/a/`, for readers on other hosts. */
export function absoluteUrl(path: string, domain: string): string {
  return new URL(path, `https://${domain}/`).href;
}

/**
 * An editor's link (a path of the portal or an address) as an absolute `https:`
 * address, or undefined when it leads to no web page another portal may show:
 * `javascript:`, `data:`, `mailto:`, plain `http:`, nonsense.
 */
export function webUrl(link: string, domain: string): string | undefined {
  const url = URL.parse(link.trim(), `https://${domain}/`);
  return url?.protocol === 'https:' ? url.href : undefined;
}
