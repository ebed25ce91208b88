/**
 * Builds the Pagefind index of one built site, in place (`<outDir>/pagefind/`), from
 * the theme's `astro:build:done` hook (index.ts).
 *
 * Which pages are indexed, and with which filters and dates, comes from the search
 * records of the site's entries (search/records.ts), computed from the entries the
 * build read once. Each page's HTML is prepared in memory (page-html.ts): only
 * `<main>` is indexed, plus the text of its PDF attachments (pdf-text.ts) and hidden
 * folded words. Problems with attachments are warnings, never failures.
 *
 * On a Phòng's or Sở's portal, the members' news, documents and công khai entries
 * (from the Network the build assembled) are added as custom records
 * (member-records.ts), and every page gets the "Đơn vị" filter. On every site, what
 * the units above addressed to it (văn bản, notices) is added the same way.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Network } from '../../../content-schemas/network.ts';
import { UNIT_FILTER } from '../search/facets.ts';
import { memberRecords, upstreamRecords } from '../search/member-records.ts';
import { STATIC_PAGES, type SearchRecord } from '../search/records.ts';
import { defaultPdfCacheDir, pdfText } from './pdf-text.ts';
import { prepareHtml, type Attachment } from './page-html.ts';
import type { IndexResult } from './report.ts';

/**
 * Index chunk size, in word locations. Pagefind's default (20 000) makes chunks of
 * 150–180 KB on a 1000-page school site, and a first search fetches two or three of
 * them; at 100, a search fetches only the few small chunks its words live in (the
 * bench: first search 130–165 KB instead of 500 KB). The knob is marked unstable in
 * Pagefind 1.5.2 (an environment variable read when its service starts); if a later
 * version drops it, indexes just get the default chunks again. See scripts/bench/search.ts.
 */
export const INDEX_CHUNK_SIZE = '100';
/**
 * Attachment text kept per page. Pagefind stores a page's whole text in the fragment
 * a result loads, so very long PDFs would make every search that lists them heavy.
 * About 15 A4 pages of running text.
 */
export const MAX_ATTACHMENT_CHARS = 40_000;
/**
 * Pages handed to Pagefind before waiting for its answers: its service indexes one
 * page while this process parses the next (two cores, both busy), instead of the two
 * taking turns.
 */
const IN_FLIGHT = 32;
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

/**
 * Pagefind's ready-made search interfaces, written beside every index: the theme's own
 * search page (search/client.ts) loads only pagefind.js (and its worker and wasm), so
 * these ~420 KB per site would be published, and uploaded by every school, for nothing.
 */
export const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

export interface IndexInput {
  /** The search records of the site's entries (search/records.ts `searchRecordsOf`). */
  records: readonly SearchRecord[];
  /** The site's own name: the "Đơn vị" of its own pages when it has members. */
  unit: string;
  /** The site's liên thông data (members' and upstream entries). */
  network: Pick<Network, 'members' | 'upstream'>;
  pdfCacheDir?: string;
  /** Receives each warning as it comes; all are also in the result. */
  onWarning?: (message: string) => void;
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

/** Throws Pagefind's errors for one call, naming the page. */
async function checked(call: Promise<{ errors: string[] }>, what: string): Promise<void> {
  const { errors } = await call;
  if (errors.length) throw new Error(`Pagefind (${what}): ${errors.join('; ')}`);
}

export async function indexSite(outDir: string, input: IndexInput): Promise<IndexResult> {
  const started = Date.now();
  const warnings: string[] = [];
  const warn = (message: string) => {
    warnings.push(message);
    input.onWarning?.(message);
  };
  const cacheDir = input.pdfCacheDir ?? defaultPdfCacheDir();
  const members = memberRecords(input.network);
  const unit = members.length ? input.unit : undefined;
  // Entries a unit above addressed to this site have no page here: the original is the record.
  const upstream = upstreamRecords(input.network);
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi', excludeSelectors: EXCLUDE_SELECTORS });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  let pages = 0;
  let pdfs = 0;
  const pending: Promise<void>[] = [];
  try {
    const seen = new Set<string>();
    const missing: string[] = [];
    for (const record of [...input.records, ...STATIC_PAGES]) {
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
      pending.push(checked(index.addHTMLFile({ url, content: html }), url));
      if (pending.length >= IN_FLIGHT) await Promise.all(pending.splice(0));
      pages += 1;
      pdfs += attachments.length;
    }
    for (const record of [...members, ...upstream]) pending.push(checked(index.addCustomRecord(record), record.url));
    await Promise.all(pending.splice(0));
    if (missing.length)
      warn(
        `${missing.length} mục không có trang đã dựng nên không tìm kiếm được / entries without a built page: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`,
      );
    const output = join(outDir, 'pagefind');
    await checked(index.writeFiles({ outputPath: output }), 'pagefind/');
    for (const file of UNUSED_UI_FILES) rmSync(join(output, file), { force: true });
  } finally {
    // Settled before the index goes, so no answer arrives for a deleted index.
    await Promise.allSettled(pending);
    await index.deleteIndex();
  }
  return { pages, pdfs, memberRecords: members.length + upstream.length, warnings, ms: Date.now() - started };
}
