/**
 * The collection registry (content-schemas/index.ts) states each collection's URLs;
 * the theme serves each collection's route folder there (route-files.ts). These tests
 * keep the two together: a collection without a folder, a detail pattern no route
 * serves or a [slug] route the registry does not name fails with the fix.
 */
import { describe, expect, it } from 'vitest';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  DETAIL_COLLECTIONS,
  hasDetailPages,
  type CollectionName,
} from '../../content-schemas/index.ts';
import { PAGE_ROUTES } from '../../content-schemas/collections/pages.ts';
import { entryPage, entryUrl, slugOfUrl } from '../../content-schemas/urls.ts';
import { COLLECTION_ROUTES, themeRoutes } from '../../themes/cong-truong/route-files.ts';
import { listRouteFiles, routeFiles } from './route-files.ts';

const files = routeFiles();
const patterns = themeRoutes().map((r) => r.pattern);
const FIX = 'COLLECTION_ROUTES in themes/cong-truong/route-files.ts';
/** Collections with pages of their own (pages and alerts have none: PAGE_ROUTES and every page). */
const SECTIONS = COLLECTION_NAMES.filter((c) => COLLECTIONS[c].url !== '/');
const folderOf = (c: CollectionName) => Object.entries(COLLECTION_ROUTES).find(([, name]) => name === c)?.[0];

describe('the routes are served where the registry puts them', () => {
  it.each(SECTIONS)('%s has one route folder', (collection) => {
    const folder = folderOf(collection);
    expect(folder, `add the folder of ${collection}'s routes to ${FIX}`).toBeDefined();
    expect(
      files.some((f) => f.startsWith(`${folder}/`) || f === `${folder}.astro`),
      `${FIX}: routes/${folder} missing`,
    ).toBe(true);
  });

  it.each(DETAIL_COLLECTIONS.map((c) => [c, COLLECTIONS[c].detail] as const))(
    '%s: its detail pattern %s is served',
    (collection, pattern) => {
      expect(
        patterns,
        `COLLECTIONS.${collection}.detail: put a [slug].astro in routes/${folderOf(collection)}/`,
      ).toContain(pattern.slice(0, -1));
    },
  );

  it.each(SECTIONS.map((c) => [c, COLLECTIONS[c].url] as const))(
    '%s: its list page %s is served',
    (collection, url) => {
      const base = url.slice(0, -1);
      const served = [base, `${url}[...page]`, `${url}[...index]`].filter((p) => patterns.includes(p));
      expect(
        served,
        `COLLECTIONS.${collection}.url: put an index.astro in routes/${folderOf(collection)}/`,
      ).not.toEqual([]);
    },
  );

  it('serves no [slug] route that the registry does not name', () => {
    const named = DETAIL_COLLECTIONS.map((c) => COLLECTIONS[c].detail.slice(0, -1));
    expect(
      patterns.filter((p) => p.endsWith('[slug]') && !named.includes(p)),
      `a detail route without a registry pattern: set \`detail\` of its collection in content-schemas/index.ts and its folder in ${FIX}`,
    ).toEqual([]);
  });

  it('serves every route once', () => {
    expect(patterns.filter((p, i) => patterns.indexOf(p) !== i)).toEqual([]);
  });

  it('places detail pages under their list page, so the section crumb and menu item hold', () => {
    for (const c of DETAIL_COLLECTIONS) expect(COLLECTIONS[c].detail.startsWith(COLLECTIONS[c].url), c).toBe(true);
  });

  it('gives every page key a route file at its address or a [page] route beside it', () => {
    for (const [key, url] of Object.entries(PAGE_ROUTES)) {
      const path = url.replace(/^\/|\/$/g, '');
      const parent = path.includes('/') ? `${path.slice(0, path.lastIndexOf('/'))}/` : '';
      const candidates = [...listRouteFiles(url), `${parent}[page].astro`];
      expect(
        candidates.filter((f) => files.includes(f)),
        `PAGE_ROUTES['${key}'] is "${url}"`,
      ).not.toEqual([]);
    }
  });
});

describe('entry URLs come from the registry', () => {
  it('fills the detail pattern with the file name', () => {
    for (const c of DETAIL_COLLECTIONS)
      expect(entryUrl(c, 'le-khai-giang')).toBe(COLLECTIONS[c].detail.replace('[slug]', 'le-khai-giang'));
    expect(entryUrl('news', 'le-khai-giang')).toBe('/tin-tuc/le-khai-giang/');
    expect(entryUrl('plans', 'tuan-1')).toBe('/ke-hoach-tuan/tuan-1/');
  });

  it('sends entries without a page of their own to where they are shown, or nowhere', () => {
    expect(COLLECTION_NAMES.filter((c) => !hasDetailPages(c))).toEqual(['leaders', 'pages', 'alerts']);
    expect(entryPage('leaders', 'hieu-truong')).toBe('/gioi-thieu/lanh-dao/');
    expect(entryPage('pages', 'lien-he')).toBe('/lien-he/');
    expect(entryPage('pages', 'co-cau-to-chuc')).toBe('/gioi-thieu/co-cau-to-chuc/');
    // A page key the theme has no route for, and names that only look like keys.
    expect(entryPage('pages', 'noi-quy')).toBeUndefined();
    expect(entryPage('pages', 'constructor')).toBeUndefined();
    expect(entryPage('pages', '__proto__')).toBeUndefined();
    expect(entryPage('alerts', 'nghi-hoc-do-bao')).toBeUndefined();
  });

  it('reads the slug back from an entry page, never from a list, filter or pagination page', () => {
    expect(slugOfUrl('news', entryUrl('news', 'le-khai-giang'))).toBe('le-khai-giang');
    expect(slugOfUrl('documents', '/van-ban/cv-125/')).toBe('cv-125');
    for (const url of [
      '/tin-tuc/',
      '/tin-tuc/trang/2/',
      '/tin-tuc/chuyen-muc/',
      '/tin-tuc/a/b/',
      '/van-ban/a/',
      '/tin-tuc/a',
    ])
      expect(slugOfUrl('news', url), url).toBeUndefined();
  });
});
