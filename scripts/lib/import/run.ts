/**
 * `npm run import`: one old portal (mirror folder, WordPress export, feed, or URL)
 * into one site. Everything is first written into a staging copy and validated there
 * with the real schemas (content-schemas/validate.ts); only entries that pass, and
 * the photos and files they use, reach `sites/<id>/`, and never over a file an editor
 * changed since the last import (manifest.ts). A dry run stops before that step.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { stringify } from 'yaml';
import { COLLECTIONS } from '../../../content-schemas/index.ts';
import { PAGE_ROUTES } from '../../../content-schemas/collections/pages.ts';
import { vnDay } from '../../../content-schemas/calendar.ts';
import { loadSiteConfig, readEntry, readSite } from '../../../content-schemas/validate.ts';
import { createAssetStore, type Reader } from './assets.ts';
import { crawl } from './crawl.ts';
import { detectKind } from './detect.ts';
import { extractPage } from './extract.ts';
import { readFeed, isFeed } from './feed.ts';
import { DEFAULT_LIMITS, type Limits } from './file-checks.ts';
import { hashOf, IMPORT_DIR, readManifest, verdict, writeManifest, type Manifest } from './manifest.ts';
import { mapEntry, type Mapped } from './map-entry.ts';
import { openMirror } from './mirror.ts';
import { nginxMap } from './nginx-map.ts';
import { splitOldUrls } from './old-urls.ts';
import { createPoliteFetcher } from './polite-fetch.ts';
import { reportMarkdown, type ImportReport } from './report.ts';
import { slugOf, stableId } from './slugs.ts';
import { addCover, htmlToMarkdown, type Converted } from './to-markdown.ts';
import { isWxr, readWxr } from './wxr.ts';
import type { Kind, RawItem, Review, Skipped } from './types.ts';

export interface ImportOptions {
  siteDir: string;
  siteId: string;
  /** A mirror folder, a .xml file (WXR, RSS, Atom) or an http(s) base URL. */
  from: string;
  kind: Kind | 'auto';
  dryRun: boolean;
  /** Where photos and files named by a WXR or feed are read: a mirror folder or the old site (default). */
  filesFrom?: string;
  cacheDir: string;
  delayMs: number;
  maxPages: number;
  limits?: Limits;
  /** The import day in Vietnam, for entries without a date. */
  now?: Date;
  log?: (line: string) => void;
}

interface Source {
  kind: ImportReport['kind'];
  items: RawItem[];
  skipped: Skipped[];
  read: Reader;
}

/** Pages of one item found under several addresses (canonical link, redirects) become one. */
function mergeByUrl(items: RawItem[], redirects: Record<string, string> = {}): RawItem[] {
  const byUrl = new Map<string, RawItem>();
  for (const item of items) {
    const seen = byUrl.get(item.url.href);
    if (!seen) byUrl.set(item.url.href, item);
    else seen.aliases.push(...item.aliases.filter((a) => !seen.aliases.some((b) => b.href === a.href)));
  }
  for (const [from, to] of Object.entries(redirects)) byUrl.get(to)?.aliases.push(new URL(from));
  return [...byUrl.values()];
}

function fromMirror(root: string, kind: Kind | 'auto', limits: Limits, origin?: string, redirects?: Record<string, string>): Source {
  const mirror = openMirror(root, origin);
  const pages = mirror.pages().map((p) => ({ url: p.url, read: mirror.read(p.url, limits.pageBytes) }));
  const htmlOf = (r: (typeof pages)[number]['read']) => ('bytes' in r ? r.bytes.toString('utf8') : '');
  const detected = kind === 'auto' ? detectKind(pages.slice(0, 40).map((p) => ({ url: p.url, html: htmlOf(p.read) }))) : kind;
  const items: RawItem[] = [];
  const skipped: Skipped[] = [];
  for (const page of pages) {
    if ('reason' in page.read) {
      skipped.push({ url: page.url.href, reason: page.read.reason });
      continue;
    }
    const result = extractPage(htmlOf(page.read), page.url, detected);
    if ('skip' in result) skipped.push({ url: page.url.href, reason: result.skip });
    else items.push(result.item);
  }
  return { kind: detected, items: mergeByUrl(items, redirects), skipped, read: async (url, max) => mirror.read(url, max) };
}

function filesReader(filesFrom: string | undefined, origin: string, delayMs: number): Reader {
  if (filesFrom && !/^https?:/i.test(filesFrom)) {
    const mirror = openMirror(resolve(filesFrom), origin);
    return async (url, max) => mirror.read(url, max);
  }
  const fetcher = createPoliteFetcher({ origin: filesFrom ?? origin, delayMs });
  return (url, max) => fetcher.read(url, max);
}

async function openSource(opts: ImportOptions, limits: Limits): Promise<Source> {
  if (/^https?:\/\//i.test(opts.from)) {
    const start = new URL(opts.from);
    const fetcher = createPoliteFetcher({ origin: start.origin, delayMs: opts.delayMs });
    const cacheDir = join(opts.cacheDir, start.host.replace(/[^a-z0-9.-]/gi, '_'));
    const crawled = await crawl({ start, cacheDir, fetcher, limits, maxPages: opts.maxPages, log: opts.log });
    const source = fromMirror(crawled.root, opts.kind, limits, start.origin, crawled.state.redirects);
    return { ...source, skipped: [...crawled.state.skipped, ...source.skipped] };
  }
  const path = resolve(opts.from);
  if (statSync(path).isDirectory()) return fromMirror(path, opts.kind, limits);
  const text = readFileSync(path, 'utf8');
  if (isWxr(text)) {
    const wxr = readWxr(text);
    return { kind: 'wxr', items: wxr.items, skipped: wxr.skipped, read: filesReader(opts.filesFrom, wxr.origin, opts.delayMs) };
  }
  if (isFeed(text)) {
    const feed = readFeed(text, 'http://cong-cu.invalid/');
    return { kind: 'feed', items: feed.items, skipped: [], read: filesReader(opts.filesFrom, feed.origin, opts.delayMs) };
  }
  throw new Error(`${opts.from}: không phải thư mục bản sao, tệp xuất WordPress (WXR) hay RSS/Atom. Cách sửa: chỉ --from tới thư mục của wget --mirror, tệp .xml xuất từ WordPress, hoặc địa chỉ https:// của cổng cũ. | not a mirror folder, a WordPress export (WXR) or an RSS/Atom feed. Fix: point --from at a wget --mirror folder, a WordPress .xml export or the old portal's https:// address.`);
}

function entryText(data: Record<string, unknown>, body: string): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n${body}\n`;
}

function targetUrl(mapped: Mapped, slug: string): string {
  return mapped.collection === 'pages' ? PAGE_ROUTES[mapped.pageKey!] : `${COLLECTIONS[mapped.collection].url}${slug}/`;
}

interface Staged {
  item: RawItem;
  rel: string;
  text: string;
  assets: string[];
  queries: string[];
  to: string;
}

/** The file name for an item: the one it had before, else a free slug from its title. */
function chooseRel(item: RawItem, mapped: Mapped, manifest: Manifest, siteDir: string, used: Set<string>): string {
  const folder = `content/${COLLECTIONS[mapped.collection].folder}`;
  if (mapped.pageKey) return `${folder}/${mapped.pageKey}.md`;
  const before = manifest.entries[item.url.href]?.file;
  if (before?.startsWith(`${folder}/`) && !used.has(before)) return before;
  const base = slugOf(item.title);
  for (let n = 1; ; n++) {
    const rel = `${folder}/${n === 1 ? base : `${base}-${n}`}.md`;
    const owner = Object.entries(manifest.entries).find(([, e]) => e.file === rel)?.[0];
    if (!used.has(rel) && (owner === undefined ? !existsSync(join(siteDir, rel)) : owner === item.url.href)) return rel;
  }
}

function reviewsOf(item: RawItem, mapped: Mapped, converted: Converted, rel: string): Review[] {
  const at = { url: item.url.href, file: rel };
  return [
    ...mapped.reviews.map((r) => ({ ...at, ...r })),
    ...converted.imagesWithoutAlt.map((src) => ({ ...at, issue: 'image-alt' as const, words: { vi: `ảnh ${src} không có mô tả trên cổng cũ; đã ghi mô tả tạm, hãy tả nội dung ảnh`, en: `photo ${src} had no alt text; a placeholder was written: describe the photo` } })),
    ...converted.missing.map((m) => ({ ...at, issue: 'asset' as const, words: { vi: `${m.url}: ${m.reason.vi}`, en: `${m.url}: ${m.reason.en}` } })),
  ];
}

export async function runImport(opts: ImportOptions): Promise<ImportReport> {
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const site = loadSiteConfig(opts.siteDir);
  const manifest = readManifest(opts.siteDir);
  const source = await openSource(opts, limits);
  const staging = mkdtempSync(join(tmpdir(), 'cong-truong-import-'));
  const report: ImportReport = { site: opts.siteId, source: opts.from, kind: source.kind, dryRun: opts.dryRun, imported: [], skipped: [...source.skipped], review: [], files: [], nginxRules: 0 };
  try {
    const assetOwners = new Map(Object.entries(manifest.files).map(([rel, f]) => [f.from, rel]));
    const store = createAssetStore({
      stagingDir: staging,
      read: source.read,
      limits,
      previous: (url) => assetOwners.get(url),
      taken: (rel, url) => (manifest.files[rel] ? manifest.files[rel].from !== url : existsSync(join(opts.siteDir, rel))),
    });
    const siteFacts = { name: site.name, today: vnDay(opts.now ?? new Date()) };
    const claimed = new Set<string>();
    const used = new Set<string>();
    const staged: Staged[] = [];
    for (const item of source.items.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.url.href.localeCompare(b.url.href))) {
      const converted = await htmlToMarkdown(item.html, item.url, store, item.title);
      if (item.section === 'news') await addCover(converted, item.cover, store, item.title);
      const mapped = mapEntry(item, converted, siteFacts, claimed);
      const rel = chooseRel(item, mapped, manifest, opts.siteDir, used);
      const slug = rel.replace(/^.*\/|\.md$/g, '');
      const to = targetUrl(mapped, slug);
      const old = splitOldUrls([item.url, ...item.aliases], to);
      old.refused.forEach((path) => report.review.push({ url: item.url.href, file: rel, issue: 'old-url', words: { vi: `địa chỉ cũ ${path} không dùng được làm đường dẫn chuyển hướng`, en: `old address ${path} cannot be a redirect path` } }));
      const data = { ...mapped.data, ...(old.paths.length ? { oldPaths: old.paths } : {}) };
      const text = entryText(data, converted.markdown);
      mkdirSync(dirname(join(staging, rel)), { recursive: true });
      writeFileSync(join(staging, rel), text);
      const checked = readEntry(mapped.collection, join(staging, rel), staging, staging);
      if (!checked.entry) {
        rmSync(join(staging, rel));
        report.skipped.push({ url: item.url.href, reason: { vi: `không qua kiểm tra nội dung: ${checked.problems.map((p) => `${p.field}: ${p.vi}`).join('; ')}`, en: `failed validation: ${checked.problems.map((p) => `${p.field}: ${p.en}`).join('; ')}` } });
        continue;
      }
      used.add(rel);
      report.review.push(...reviewsOf(item, mapped, converted, rel));
      staged.push({ item, rel, text, assets: converted.assets, queries: old.queries, to });
    }
    commit(opts, staging, staged, manifest, report, (rel) => store.sourceOf(rel) ?? '');
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return report;
}

/** Copies what passed into the site (unless dry run), keeps the manifest, writes the nginx map and the report. */
function commit(opts: ImportOptions, staging: string, staged: Staged[], manifest: Manifest, report: ImportReport, sourceOf: (rel: string) => string): void {
  const rules: { from: string; to: string }[] = [];
  const assetsDone = new Set<string>();
  for (const entry of staged) {
    const status = verdict(opts.siteDir, entry.rel, entry.text, manifest);
    if (status === 'edited' || status === 'deleted' || status === 'foreign') {
      const words = status === 'edited'
        ? { vi: 'tệp đã được biên tập viên sửa sau lần nhập trước nên không ghi đè', en: 'the file was changed by an editor since the last import, so it was not overwritten' }
        : status === 'deleted'
          ? { vi: 'tệp đã bị xoá sau lần nhập trước nên không tạo lại', en: 'the file was deleted since the last import, so it was not written again' }
          : { vi: 'đã có tệp cùng tên do nhà trường viết nên không ghi đè', en: 'a file of that name written by the school exists, so it was not overwritten' };
      report.skipped.push({ url: entry.item.url.href, reason: words });
      report.review.push({ url: entry.item.url.href, file: entry.rel, issue: 'edited', words });
      continue;
    }
    for (const rel of entry.assets) {
      if (assetsDone.has(rel)) continue;
      assetsDone.add(rel);
      const bytes = readFileSync(join(staging, rel));
      const fileStatus = verdict(opts.siteDir, rel, bytes, manifest);
      report.files.push({ file: rel, status: fileStatus });
      if (opts.dryRun || (fileStatus !== 'new' && fileStatus !== 'updated')) continue;
      mkdirSync(dirname(join(opts.siteDir, rel)), { recursive: true });
      copyFileSync(join(staging, rel), join(opts.siteDir, rel));
      manifest.files[rel] = { sha256: hashOf(bytes), from: sourceOf(rel) };
    }
    if (!opts.dryRun && status !== 'unchanged') {
      mkdirSync(dirname(join(opts.siteDir, entry.rel)), { recursive: true });
      writeFileSync(join(opts.siteDir, entry.rel), entry.text);
    }
    if (!opts.dryRun) {
      manifest.entries[entry.item.url.href] = { id: stableId(entry.item.url.href), file: entry.rel };
      manifest.files[entry.rel] = { sha256: hashOf(entry.text), from: entry.item.url.href };
    }
    report.imported.push({ file: entry.rel, title: String((entry.text.match(/^title: (.*)$/m) ?? [])[1] ?? ''), url: entry.item.url.href, status });
    rules.push(...entry.queries.map((from) => ({ from, to: entry.to })));
  }
  report.nginxRules = rules.length;
  if (opts.dryRun) return;
  const dir = join(opts.siteDir, IMPORT_DIR);
  mkdirSync(dir, { recursive: true });
  const map = nginxMap(opts.siteId, rules);
  map.refused.forEach((from) => report.review.push({ url: from, issue: 'old-url', words: { vi: 'địa chỉ cũ có ký tự không ghi được vào nginx map', en: 'the old address has characters an nginx map cannot hold' } }));
  writeFileSync(join(dir, 'nginx-redirects.map'), map.text);
  report.nginxMap = relative(opts.siteDir, join(dir, 'nginx-redirects.map'));
  writeManifest(opts.siteDir, manifest);
  // The whole site once more: old paths claimed twice, links between entries.
  for (const problem of readSite(opts.siteDir, opts.siteDir).problems) {
    report.review.push({ url: '', file: problem.file, issue: 'validation', words: { vi: `${problem.field}: ${problem.vi}`, en: `${problem.field}: ${problem.en}` } });
  }
  writeFileSync(join(dir, 'bao-cao-nhap.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(dir, 'bao-cao-nhap.md'), reportMarkdown(report));
}
