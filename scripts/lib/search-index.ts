/**
 * Builds the Pagefind index of one built site, in place (`<outDir>/pagefind/`).
 *
 * Which pages are indexed, and with which filters and dates, comes from the search
 * records the theme writes at `/tim-kiem/ban-ghi.json` (one per published entry, from
 * the same content collections as the pages); the file is deleted afterwards. Each
 * page's HTML is prepared in memory (search-html.ts): only `<main>` is indexed, plus
 * the text of its PDF attachments (pdf-text.ts) and hidden folded words. Problems
 * with attachments are warnings, never failures.
 *
 * On a Phòng's or Sở's portal, the members' news, documents and công khai entries (from
 * the Network the build hands over in CONG_TRUONG_NETWORK) are added as custom records
 * (member-records.ts), and every page gets the "Đơn vị" filter. On every site, what the
 * units above addressed to it (văn bản, notices) is added the same way.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { readNetworkFile, type Network } from '../../content-schemas/network.ts';
import { UNIT_FILTER } from '../../themes/cong-truong/search/facets.ts';
import { memberRecords, upstreamRecords } from '../../themes/cong-truong/search/member-records.ts';
import { STATIC_PAGES, type SearchRecord, type SearchRecordsFile } from '../../themes/cong-truong/search/records.ts';
import { defaultPdfCacheDir, pdfText } from './pdf-text.ts';
import { prepareHtml, type Attachment } from './search-html.ts';

/**
 * Index chunk size, in word locations. Pagefind's default (20 000) makes chunks of
 * 150–180 KB on a 1000-page school site, and a first search fetches two or three of
 * them; at 100, a search fetches only the few small chunks its words live in (the
 * bench: first search 130–165 KB instead of 500 KB). The knob is marked unstable in
 * Pagefind 1.5.2 (an environment variable read when its service starts); if a later
 * version drops it, indexes just get the default chunks again. See scripts/bench/search.ts.
 */
export const INDEX_CHUNK_SIZE = '100';

/** Where the theme writes the records during the Astro build. */
export const RECORDS_PATH = 'tim-kiem/ban-ghi.json';
/**
 * Attachment text kept per page. Pagefind stores a page's whole text in the fragment
 * a result loads, so very long PDFs would make every search that lists them heavy.
 * About 15 A4 pages of running text.
 */
export const MAX_ATTACHMENT_CHARS = 40_000;
/**
 * Inside `<main>`, still not content: breadcrumbs, menus, forms, related-post boxes.
 * `.ct-noprint` is the theme's mark for what a printout leaves out (related posts,
 * the print help): what is not worth printing is not worth matching either.
 */
export const EXCLUDE_SELECTORS = [
  'nav',
  'form',
  'aside',
  '[role="search"]',
  '.ct-noprint',
  'script',
  'style',
  'noscript',
  'template',
];

export interface IndexOptions {
  pdfCacheDir?: string;
  /** The site's liên thông data; default: the file named by CONG_TRUONG_NETWORK, if any. */
  network?: Network;
  /** Receives each warning; default: printed on stderr. */
  onWarning?: (message: string) => void;
}

export interface IndexResult {
  pages: number;
  /** PDF attachments whose text was indexed. */
  pdfs: number;
  /** Entries of the members' portals added to a unit's index. */
  memberRecords: number;
  warnings: string[];
}

function readRecords(outDir: string): SearchRecordsFile | undefined {
  const file = join(outDir, RECORDS_PATH);
  if (!existsSync(file)) return undefined;
  const records = JSON.parse(readFileSync(file, 'utf8')) as SearchRecordsFile;
  rmSync(file);
  return records;
}

/** A unit with members files its own pages under its own name in the "Đơn vị" filter. */
function withUnit(record: SearchRecord, unit: string | undefined): SearchRecord {
  return unit ? { ...record, filters: { ...record.filters, [UNIT_FILTER]: [unit.normalize('NFC')] } } : record;
}

function builtPage(outDir: string, record: SearchRecord): string | undefined {
  return record.urls.find((url) => existsSync(join(outDir, url, 'index.html')));
}

async function attachmentsOf(
  outDir: string,
  record: SearchRecord,
  cacheDir: string,
  warn: (m: string) => void,
): Promise<Attachment[]> {
  const found: Attachment[] = [];
  let room = MAX_ATTACHMENT_CHARS;
  for (const file of record.files.filter((f) => /\.pdf$/i.test(f.file))) {
    const result = await pdfText(join(outDir, file.file), file.file, cacheDir);
    if (result.warning) warn(result.warning);
    if (!result.text || room <= 0) continue;
    found.push({ title: file.title, text: result.text.slice(0, room) });
    room -= result.text.length;
  }
  return found;
}

export async function indexSite(outDir: string, options: IndexOptions = {}): Promise<IndexResult> {
  const warnings: string[] = [];
  const warn = (message: string) => {
    warnings.push(message);
    (options.onWarning ?? ((m: string) => console.warn(`⚠ Tìm kiếm / search: ${m}`)))(message);
  };
  const cacheDir = options.pdfCacheDir ?? defaultPdfCacheDir();
  const file = readRecords(outDir);
  const records = file?.records;
  const network = options.network ?? readNetworkFile();
  const members = memberRecords(network);
  const unit = members.length ? file?.unit : undefined;
  // Entries a unit above addressed to this site have no page here: the original is the record.
  const upstream = upstreamRecords(network);
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi', excludeSelectors: EXCLUDE_SELECTORS });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  let pages = 0;
  let pdfs = 0;
  let added = 0;
  try {
    if (!records) {
      // A theme without the records endpoint: index every page as it is.
      warn(
        `không có ${RECORDS_PATH}: lập chỉ mục mọi trang, không có bộ lọc / no search records: indexing every page without filters`,
      );
      const added = await index.addDirectory({ path: outDir });
      if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
      pages = added.page_count;
    } else {
      const seen = new Set<string>();
      const missing: string[] = [];
      for (const record of [...records, ...STATIC_PAGES]) {
        const url = builtPage(outDir, record);
        if (!url) {
          if (record.title) missing.push(record.urls[0] ?? '?');
          continue;
        }
        if (seen.has(url)) continue;
        seen.add(url);
        const attachments = await attachmentsOf(outDir, record, cacheDir, warn);
        const html = prepareHtml(
          readFileSync(join(outDir, url, 'index.html'), 'utf8'),
          withUnit(record, unit),
          attachments,
        );
        if (!html) continue;
        const added = await index.addHTMLFile({ url, content: html });
        if (added.errors.length) throw new Error(`Pagefind (${url}): ${added.errors.join('; ')}`);
        pages += 1;
        pdfs += attachments.length;
      }
      for (const record of [...members, ...upstream]) {
        const result = await index.addCustomRecord(record);
        if (result.errors.length) throw new Error(`Pagefind (${record.url}): ${result.errors.join('; ')}`);
        added += 1;
      }
      if (missing.length)
        warn(
          `${missing.length} mục không có trang đã dựng nên không tìm kiếm được / entries without a built page: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`,
        );
    }
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await index.deleteIndex();
  }
  return { pages, pdfs, memberRecords: added, warnings };
}
