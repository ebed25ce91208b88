/**
 * The sites the theme tests look at (built once by tests/global-setup.ts) and the
 * URLs each must have, derived from its own content through the schemas, so a new
 * entry or category is checked without editing the tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateSite, type Entry } from '../../content-schemas/validate.ts';
import { isEntryOf } from '../../content-schemas/entry.ts';
import { hasDetailPages, type DetailCollection } from '../../content-schemas/index.ts';
import {
  disclosureYearUrl,
  documentIssuerUrl,
  documentTypeUrl,
  entryPage,
  entryUrl,
  listUrl,
  newsCategoryUrl,
} from '../../content-schemas/urls.ts';
import { PAGE_ROUTES } from '../../content-schemas/collections/pages.ts';
import type { SiteConfig } from '../../content-schemas/site.ts';
import { EXAMPLE_DIST, FIXTURE_DIST, FIXTURE_SITES_DIR, SITES_DIR } from '../helpers/paths.ts';

export interface BuiltSite {
  id: string;
  siteDir: string;
  dist: string;
  site: SiteConfig;
  entries: Entry[];
}

export const EXAMPLE_SCHOOL_IDS = ['thcs-nguyen-du', 'mn-hoa-sen'];
/** The Sở and the Phòng of the example network: their pages add the member list and the members' blocks. */
export const EXAMPLE_UNIT_IDS = ['so-gddt-tphcm', 'phong-vhxh-ben-thanh'];
export const EXAMPLE_IDS = [...EXAMPLE_SCHOOL_IDS, ...EXAMPLE_UNIT_IDS];

function load(id: string, sitesDir: string, distRoot: string): BuiltSite {
  const siteDir = join(sitesDir, id);
  const { site, entries } = validateSite(siteDir);
  return { id, siteDir, dist: join(distRoot, id), site, entries };
}

/** The example sites and the fixture that exercises every collection. */
export function builtSites(): BuiltSite[] {
  return [...EXAMPLE_IDS.map((id) => load(id, SITES_DIR, EXAMPLE_DIST)), load('mini', FIXTURE_SITES_DIR, FIXTURE_DIST)];
}

/** Pages every school site has, whatever its content. */
export const ALWAYS = [
  '/',
  PAGE_ROUTES['gioi-thieu'],
  listUrl('leaders'),
  PAGE_ROUTES['ban-bien-tap'],
  listUrl('news'),
  '/thong-bao/',
  listUrl('documents'),
  listUrl('disclosures'),
  listUrl('admissions'),
  listUrl('qa'),
  listUrl('consultations'),
  listUrl('albums'),
  PAGE_ROUTES['lien-he'],
  '/so-do-cong/',
  '/en/',
  '/en/lien-he/',
  PAGE_ROUTES['chinh-sach-bao-mat'],
  PAGE_ROUTES['kha-nang-tiep-can'],
  '/rss.xml',
  '/404.html',
  '/manifest.webmanifest',
];

export const isDraft = (e: Entry) => e.data.draft === true;
const live = <C extends Entry['collection']>(s: BuiltSite, c: C): Entry<C>[] =>
  s.entries.filter(isEntryOf(c)).filter((e) => !isDraft(e));
const unique = <T>(xs: T[]) => [...new Set(xs)];

/** Every URL the site must have, given its content. */
export function expectedUrls(s: BuiltSite): string[] {
  const urls = [...ALWAYS];
  for (const e of s.entries) if (hasDetailPages(e.collection) && !isDraft(e)) urls.push(entryUrl(e.collection, e.slug));
  urls.push(...live(s, 'pages').flatMap((p) => entryPage('pages', p.slug) ?? []));
  const news = live(s, 'news');
  urls.push(...unique(news.map((n) => newsCategoryUrl(n.data.category))));
  if (news.length > 20) urls.push(`${listUrl('news')}trang/2/`);
  const docs = live(s, 'documents');
  urls.push(
    ...unique(docs.map((d) => documentTypeUrl(d.data.type))),
    ...unique(docs.map((d) => documentIssuerUrl(d.data.issuerLevel))),
  );
  urls.push(...unique(live(s, 'disclosures').map((d) => disclosureYearUrl(d.data.schoolYear))));
  if (live(s, 'menus').length) urls.push(listUrl('menus'));
  if (live(s, 'plans').length) urls.push(listUrl('plans'));
  if (s.site.unitType !== 'truong') urls.push('/truong-hoc/');
  return unique(urls);
}

/** The built file behind a URL path. */
export function fileOf(s: BuiltSite, url: string): string {
  return join(s.dist, url.endsWith('/') ? `${url}index.html` : url);
}

export function read(s: BuiltSite, url: string): string {
  return readFileSync(fileOf(s, url), 'utf8');
}

export function exists(s: BuiltSite, url: string): boolean {
  return existsSync(fileOf(s, url));
}

/** One URL of each page type the site has: what the browser tests visit. */
export function pageTypes(s: BuiltSite): Record<string, string> {
  const first = <C extends Entry['collection']>(c: C) => live(s, c)[0];
  const detail = (c: DetailCollection) => {
    const e = first(c);
    return e ? entryUrl(c, e.slug) : undefined;
  };
  const news = first('news');
  const doc = first('documents');
  const disclosure = first('disclosures');
  const subpage = live(s, 'pages').find((p) =>
    ['lich-su', 'chuc-nang-nhiem-vu', 'co-cau-to-chuc', 'co-so-vat-chat', 'thanh-tich'].includes(p.slug),
  );
  const types: Record<string, string | undefined> = {
    home: '/',
    about: PAGE_ROUTES['gioi-thieu'],
    'about-page': subpage && entryPage('pages', subpage.slug),
    leaders: listUrl('leaders'),
    'editorial-board': PAGE_ROUTES['ban-bien-tap'],
    'news-list': listUrl('news'),
    'news-category': news && newsCategoryUrl(news.data.category),
    notices: '/thong-bao/',
    'news-detail': detail('news'),
    'documents-list': listUrl('documents'),
    'documents-type': doc && documentTypeUrl(doc.data.type),
    'documents-issuer': doc && documentIssuerUrl(doc.data.issuerLevel),
    'document-detail': detail('documents'),
    disclosures: listUrl('disclosures'),
    'disclosure-year': disclosure && disclosureYearUrl(disclosure.data.schoolYear),
    'disclosure-detail': detail('disclosures'),
    admissions: listUrl('admissions'),
    'admission-detail': detail('admissions'),
    qa: listUrl('qa'),
    'qa-detail': detail('qa'),
    consultations: listUrl('consultations'),
    'consultation-detail': detail('consultations'),
    albums: listUrl('albums'),
    'album-detail': detail('albums'),
    menus: live(s, 'menus').length ? listUrl('menus') : undefined,
    'menu-detail': detail('menus'),
    plans: live(s, 'plans').length ? listUrl('plans') : undefined,
    'plan-detail': detail('plans'),
    'optional-page': live(s, 'pages').some((p) => p.slug === 'thoi-khoa-bieu')
      ? PAGE_ROUTES['thoi-khoa-bieu']
      : live(s, 'pages').some((p) => p.slug === 'lich-cong-tac')
        ? PAGE_ROUTES['lich-cong-tac']
        : undefined,
    members: s.site.unitType === 'truong' ? undefined : '/truong-hoc/',
    contact: PAGE_ROUTES['lien-he'],
    sitemap: '/so-do-cong/',
    english: '/en/',
    'english-contact': '/en/lien-he/',
    privacy: PAGE_ROUTES['chinh-sach-bao-mat'],
    accessibility: PAGE_ROUTES['kha-nang-tiep-can'],
    'editors-help': '/admin/huong-dan/',
    'not-found': '/404.html',
  };
  return Object.fromEntries(Object.entries(types).filter((e): e is [string, string] => Boolean(e[1])));
}
