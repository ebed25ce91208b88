/**
 * The sites the theme tests look at (built once by tests/global-setup.ts) and the
 * URLs each must have, derived from its own content through the schemas, so a new
 * entry or category is checked without editing the tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateSite, type Entry } from '../../content-schemas/validate.ts';
import { COLLECTIONS, hasDetailPages, type DetailCollection } from '../../content-schemas/index.ts';
import { entryPage, entryUrl } from '../../content-schemas/urls.ts';
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
  '/gioi-thieu/',
  '/gioi-thieu/lanh-dao/',
  '/gioi-thieu/ban-bien-tap/',
  '/tin-tuc/',
  '/thong-bao/',
  '/van-ban/',
  '/cong-khai/',
  '/tuyen-sinh/',
  '/hoi-dap/',
  '/lay-y-kien/',
  '/thu-vien-anh/',
  '/lien-he/',
  '/so-do-cong/',
  '/en/',
  '/en/lien-he/',
  '/chinh-sach-bao-mat/',
  '/kha-nang-tiep-can/',
  '/rss.xml',
  '/404.html',
  '/manifest.webmanifest',
];

export const isDraft = (e: Entry) => e.data.draft === true;
const live = (s: BuiltSite, c: Entry['collection']) => s.entries.filter((e) => e.collection === c && !isDraft(e));
const unique = <T>(xs: T[]) => [...new Set(xs)];

/** Every URL the site must have, given its content. */
export function expectedUrls(s: BuiltSite): string[] {
  const urls = [...ALWAYS];
  for (const e of s.entries) if (hasDetailPages(e.collection) && !isDraft(e)) urls.push(entryUrl(e.collection, e.slug));
  urls.push(...live(s, 'pages').flatMap((p) => entryPage('pages', p.slug) ?? []));
  const news = live(s, 'news');
  urls.push(...unique(news.map((n) => `/tin-tuc/chuyen-muc/${n.data.category}/`)));
  if (news.length > 20) urls.push('/tin-tuc/trang/2/');
  const docs = live(s, 'documents');
  urls.push(
    ...unique(docs.map((d) => `/van-ban/loai/${d.data.type}/`)),
    ...unique(docs.map((d) => `/van-ban/co-quan/${d.data.issuerLevel}/`)),
  );
  urls.push(...unique(live(s, 'disclosures').map((d) => `/cong-khai/nam-hoc/${d.data.schoolYear}/`)));
  if (live(s, 'menus').length) urls.push(COLLECTIONS.menus.url);
  if (live(s, 'plans').length) urls.push(COLLECTIONS.plans.url);
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
  const first = (c: Entry['collection']) => live(s, c)[0];
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
    about: '/gioi-thieu/',
    'about-page': subpage && entryPage('pages', subpage.slug),
    leaders: '/gioi-thieu/lanh-dao/',
    'editorial-board': '/gioi-thieu/ban-bien-tap/',
    'news-list': '/tin-tuc/',
    'news-category': news && `/tin-tuc/chuyen-muc/${news.data.category}/`,
    notices: '/thong-bao/',
    'news-detail': detail('news'),
    'documents-list': '/van-ban/',
    'documents-type': doc && `/van-ban/loai/${doc.data.type}/`,
    'documents-issuer': doc && `/van-ban/co-quan/${doc.data.issuerLevel}/`,
    'document-detail': detail('documents'),
    disclosures: '/cong-khai/',
    'disclosure-year': disclosure && `/cong-khai/nam-hoc/${disclosure.data.schoolYear}/`,
    'disclosure-detail': detail('disclosures'),
    admissions: '/tuyen-sinh/',
    'admission-detail': detail('admissions'),
    qa: '/hoi-dap/',
    'qa-detail': detail('qa'),
    consultations: '/lay-y-kien/',
    'consultation-detail': detail('consultations'),
    albums: '/thu-vien-anh/',
    'album-detail': detail('albums'),
    menus: live(s, 'menus').length ? COLLECTIONS.menus.url : undefined,
    'menu-detail': detail('menus'),
    plans: live(s, 'plans').length ? COLLECTIONS.plans.url : undefined,
    'plan-detail': detail('plans'),
    'optional-page': live(s, 'pages').some((p) => p.slug === 'thoi-khoa-bieu')
      ? '/thoi-khoa-bieu/'
      : live(s, 'pages').some((p) => p.slug === 'lich-cong-tac')
        ? '/lich-cong-tac/'
        : undefined,
    members: s.site.unitType === 'truong' ? undefined : '/truong-hoc/',
    contact: '/lien-he/',
    sitemap: '/so-do-cong/',
    english: '/en/',
    'english-contact': '/en/lien-he/',
    privacy: '/chinh-sach-bao-mat/',
    accessibility: '/kha-nang-tiep-can/',
    'editors-help': '/admin/huong-dan/',
    'not-found': '/404.html',
  };
  return Object.fromEntries(Object.entries(types).filter((e): e is [string, string] => Boolean(e[1])));
}
