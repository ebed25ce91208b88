/**
 * The collection registry (content-schemas/index.ts) states each collection's URLs;
 * the theme's routes are files. These tests keep the two together: change a URL in
 * the registry and the failure names the route file to move, and where to.
 */
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, COLLECTION_NAMES, DETAIL_COLLECTIONS, hasDetailPages } from '../../content-schemas/index.ts';
import { PAGE_ROUTES } from '../../content-schemas/collections/pages.ts';
import { entryPage, entryUrl } from '../../content-schemas/urls.ts';
import { detailRouteFile, listRouteFiles, routeFiles } from './route-files.ts';

const files = routeFiles();

describe('registry URL patterns against the route files', () => {
  /** `[slug]` routes no registry pattern names: where a collection's detail route sat before its URL changed. */
  const claimed = DETAIL_COLLECTIONS.map((c) => detailRouteFile(COLLECTIONS[c].detail));
  const unclaimed = files.filter((f) => f.endsWith('[slug].astro') && !claimed.includes(f));

  it.each(DETAIL_COLLECTIONS.map((c) => [c, COLLECTIONS[c].detail] as const))(
    '%s: its detail pattern %s is a route file',
    (collection, pattern) => {
      const expected = detailRouteFile(pattern);
      const fix = unclaimed.length
        ? unclaimed.map((f) => `move routes/${f} to routes/${expected}?`).join(' or ')
        : `create routes/${expected}`;
      expect(files, `COLLECTIONS.${collection}.detail is "${pattern}": ${fix}`).toContain(expected);
    },
  );

  it.each(COLLECTION_NAMES.map((c) => [c, COLLECTIONS[c].url] as const))(
    '%s: its list page %s has a route file',
    (collection, url) => {
      const candidates = listRouteFiles(url);
      expect(
        candidates.filter((f) => files.includes(f)),
        `COLLECTIONS.${collection}.url is "${url}": put its list route at routes/${candidates[0]}`,
      ).not.toEqual([]);
    },
  );

  it('has no [slug] route that the registry does not name', () => {
    expect(
      unclaimed,
      'a detail route without a registry pattern: set `detail` of its collection in content-schemas/index.ts',
    ).toEqual([]);
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
});
