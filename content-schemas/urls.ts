/**
 * Public URLs of entries, derived from the collection registry; shared by the theme,
 * the /api/v1/ builders, redirects, search records, the audit and the tests.
 */
import { COLLECTIONS, hasDetailPages, RESERVED_SLUGS, type CollectionName, type DetailCollection } from './index.ts';
import { PAGE_ROUTES, type PageKey } from './collections/pages.ts';

/** The list page of a collection (`/tin-tuc/`, `/van-ban/`, …). */
export function listUrl(collection: CollectionName): string {
  return COLLECTIONS[collection].url;
}

/**
 * A page under a collection's list page, one folder per segment:
 * `sectionUrl('news', 'chuyen-muc', 'hoat-dong')` → `/tin-tuc/chuyen-muc/hoat-dong/`.
 * The segments are the theme's route folders (reserved words, never a slug).
 */
export function sectionUrl(collection: CollectionName, ...segments: string[]): string {
  return `${listUrl(collection)}${segments.map((s) => `${s}/`).join('')}`;
}

/** `/tin-tuc/chuyen-muc/<category>/`: one news category. */
export const newsCategoryUrl = (category: string) => sectionUrl('news', 'chuyen-muc', category);
/** `/van-ban/loai/<type>/`: documents of one type. */
export const documentTypeUrl = (type: string) => sectionUrl('documents', 'loai', type);
/** `/van-ban/co-quan/<level>/`: documents by issuer level (`cap-tren`: those the site's units addressed to it). */
export const documentIssuerUrl = (level: string) => sectionUrl('documents', 'co-quan', level);
/** `/cong-khai/nam-hoc/<yyyy-yyyy>/`: one school year's công khai. */
export const disclosureYearUrl = (year: string) => sectionUrl('disclosures', 'nam-hoc', year);
/** `/van-ban/rss.xml`: the documents' feed. */
export const documentsFeedUrl = () => `${listUrl('documents')}rss.xml`;

/** `/tin-tuc/<slug>/`, `/van-ban/<slug>/`, …: the registry's `detail` pattern filled in. */
export function entryUrl(collection: DetailCollection, id: string): string {
  return COLLECTIONS[collection].detail.replace('[slug]', id);
}

/**
 * The slug of `path` when it is an entry's page of `collection` (`/tin-tuc/a/` → `a`),
 * else undefined: list, filter and pagination pages use reserved segments, never slugs.
 */
export function slugOfUrl(collection: DetailCollection, path: string): string | undefined {
  const [before, after] = COLLECTIONS[collection].detail.split('[slug]') as [string, string];
  if (!path.startsWith(before) || !path.endsWith(after)) return undefined;
  const slug = path.slice(before.length, path.length - after.length);
  const reserved: readonly string[] = RESERVED_SLUGS;
  return slug && !slug.includes('/') && !reserved.includes(slug) ? slug : undefined;
}

/** A page file name the theme has a route for (PAGE_ROUTES). */
export function isPageKey(id: string): id is PageKey {
  return Object.hasOwn(PAGE_ROUTES, id);
}

/**
 * The page that shows an entry: its own page, the fixed address of a known page key,
 * or the list of leaders; undefined for alerts (on every page) and page keys the theme
 * has no route for.
 */
export function entryPage(collection: CollectionName, id: string): string | undefined {
  if (hasDetailPages(collection)) return entryUrl(collection, id);
  if (collection === 'pages') return isPageKey(id) ? PAGE_ROUTES[id] : undefined;
  return collection === 'leaders' ? COLLECTIONS.leaders.url : undefined;
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
