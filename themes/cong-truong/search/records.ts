/**
 * What the search index knows about each published entry: where its page is, which
 * filters it belongs to and which date it sorts by. Computed from the entries the
 * build has read and validated (the same files Astro's collections load), handed to
 * the indexer in the theme's `astro:build:done` hook (indexing/site-index.ts).
 * Pure data in, data out.
 */
import type { CollectionName } from '../../../content-schemas/index.ts';
import type { Entry } from '../../../content-schemas/entry.ts';
import { entryPage } from '../../../content-schemas/urls.ts';
import { schoolYearOfDay } from '../../../content-schemas/calendar.ts';
import { PAGE_ROUTES } from '../../../content-schemas/collections/pages.ts';
import { CONTENT_TYPES, type FilterKey } from './facets.ts';

/** The date a result shows and sorts by, per collection. */
const DATE_FIELD: Partial<Record<CollectionName, string>> = {
  news: 'date',
  documents: 'issued',
  disclosures: 'published',
  admissions: 'date',
  qa: 'answered',
  consultations: 'opens',
  albums: 'date',
  menus: 'weekStart',
  plans: 'published',
  pages: 'updated',
};

/** Sort key of undated pages: sorting by date drops pages without the key, so every record has one. */
export const NO_DATE = '0000-00-00';

export interface SearchRecord {
  /** Candidate URLs of the entry's page, most likely first; the first one built wins. */
  urls: string[];
  /** Empty: Pagefind takes the page's first `<h1>`. */
  title: string;
  /** `YYYY-MM-DD`, or NO_DATE. */
  date: string;
  filters: Partial<Record<FilterKey, string[]>>;
  /** Attachments served from `public/`, e.g. `/tep/ke-hoach.pdf`. */
  files: { title: string; file: string }[];
}

/** `YYYY-MM-DD` → `YYYYMMDD`: a date no one types, so it never matches a query word. */
export function compactDate(day: string): string {
  return day.replace(/-/g, '');
}

type Data = Record<string, unknown>;

function isoDay(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  return undefined;
}

/** "… năm học 2026-2027" in a title names the school year better than the publication date. */
function schoolYearIn(text: string): string | undefined {
  const m = /năm học\s+(\d{4})\s*[-–]\s*(\d{4})/iu.exec(text);
  return m ? `${m[1]}-${m[2]}` : undefined;
}

function contentType(collection: CollectionName, id: string, data: Data): string {
  if (collection === 'news') return data.category === 'thong-bao' ? CONTENT_TYPES.notice : CONTENT_TYPES.news;
  if (collection === 'pages' || collection === 'leaders') {
    const url = PAGE_ROUTES[id as keyof typeof PAGE_ROUTES] ?? '';
    return collection === 'leaders' || id === 'gioi-thieu' || url.startsWith('/gioi-thieu/')
      ? CONTENT_TYPES.about
      : CONTENT_TYPES.pages;
  }
  return CONTENT_TYPES[collection as keyof typeof CONTENT_TYPES] ?? CONTENT_TYPES.pages;
}

function candidateUrls(collection: CollectionName, id: string): string[] {
  const url = entryPage(collection, id);
  return url ? [url] : [];
}

/** One record per published entry; `undefined` for collections without a page (alerts). */
export function toSearchRecord(collection: CollectionName, id: string, data: Data): SearchRecord | undefined {
  if (collection === 'alerts') return undefined;
  const title = String(data.title ?? data.name ?? id);
  const field = DATE_FIELD[collection];
  const day = field ? (isoDay(data[field]) ?? (collection === 'qa' ? isoDay(data.asked) : undefined)) : undefined;
  const year =
    typeof data.schoolYear === 'string'
      ? data.schoolYear
      : (schoolYearIn(title) ?? (day && collection !== 'pages' ? schoolYearOfDay(day) : undefined));
  const filters: SearchRecord['filters'] = { loai: [contentType(collection, id, data)] };
  if (year) filters.nam_hoc = [year];
  if (collection === 'documents' && typeof data.issuer === 'string') filters.co_quan = [data.issuer];
  const files = Array.isArray(data.files) ? (data.files as { title: string; file: string }[]) : [];
  return { urls: candidateUrls(collection, id), title, date: day ?? NO_DATE, filters, files };
}

/** The leaders share one page, titled as the theme titles it. */
const LEADERS_RECORD = { slug: 'lanh-dao', data: { title: 'Ban lãnh đạo' } };

/**
 * The records of a site's entries (as the validator lists them: in the registry's order,
 * then by file name): one per published entry, one for the leaders' page when the site
 * has leaders, none for drafts or alerts.
 */
export function searchRecordsOf(entries: readonly Entry[]): SearchRecord[] {
  const records: SearchRecord[] = [];
  let leaders = false;
  for (const entry of entries) {
    if (entry.collection === 'leaders') {
      if (!leaders) records.push(toSearchRecord('leaders', LEADERS_RECORD.slug, LEADERS_RECORD.data)!);
      leaders = true;
      continue;
    }
    if (entry.data.draft === true) continue;
    const record = toSearchRecord(entry.collection, entry.slug, entry.data);
    if (record) records.push(record);
  }
  return records;
}

/**
 * Pages the theme builds from site.yaml rather than from an entry. Indexed when they
 * exist and no entry already produced them. List pages, the home page and the text
 * sitemap are left out on purpose: they repeat every title and would match everything.
 */
export const STATIC_PAGES: readonly SearchRecord[] = [
  { urls: ['/gioi-thieu/'], title: '', date: NO_DATE, filters: { loai: [CONTENT_TYPES.about] }, files: [] },
  {
    urls: ['/gioi-thieu/ban-bien-tap/'],
    title: '',
    date: NO_DATE,
    filters: { loai: [CONTENT_TYPES.about] },
    files: [],
  },
  { urls: ['/lien-he/'], title: '', date: NO_DATE, filters: { loai: [CONTENT_TYPES.about] }, files: [] },
  { urls: ['/chinh-sach-bao-mat/'], title: '', date: NO_DATE, filters: { loai: [CONTENT_TYPES.pages] }, files: [] },
  { urls: ['/kha-nang-tiep-can/'], title: '', date: NO_DATE, filters: { loai: [CONTENT_TYPES.pages] }, files: [] },
];
