/**
 * Where the old portal is read from, as RawItems plus a reader for its photos and
 * files: a mirror folder (pages through extract.ts), a crawl of its URL into a cached
 * mirror, a WordPress export or an RSS/Atom feed.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Reader } from './assets.ts';
import { crawl, type Crawled } from './crawl.ts';
import { detectKind } from './detect.ts';
import { extractPage } from './extract.ts';
import { isFeed, readFeed } from './feed.ts';
import type { Limits } from './file-checks.ts';
import { decodeHtml } from './decode-html.ts';
import { openMirror } from './mirror.ts';
import { notAPage } from './page-bytes.ts';
import { createPoliteFetcher } from './polite-fetch.ts';
import type { ImportReport } from './report.ts';
import type { Kind, RawItem, Skipped } from './types.ts';
import { isWxr, readWxr } from './wxr.ts';

export interface SourceOptions {
  /** A mirror folder, a .xml file (WXR, RSS, Atom) or an http(s) base URL. */
  from: string;
  kind: Kind | 'auto';
  /** Where photos and files named by a WXR or feed are read: a mirror folder or the old site (default). */
  filesFrom?: string;
  /** Where a crawl keeps its mirror and state.json, to resume. */
  cacheDir: string;
  /** Milliseconds between two requests to the old portal (robots.txt's Crawl-delay may ask for more). */
  delayMs: number;
  maxPages: number;
  /** How long one answer of the old portal may take (polite-fetch.ts's default otherwise). */
  timeoutMs?: number;
  /** Origins an earlier import of this site read, so a re-import keeps the same old addresses. */
  knownOrigins?: string[];
  log?: (line: string) => void;
}

/** `--from` names something the import cannot read: a wrong argument (exit code 2), not a failed import. */
export class SourceError extends Error {}

export interface Source {
  kind: ImportReport['kind'];
  items: RawItem[];
  skipped: Skipped[];
  read: Reader;
  /** Another origin whose photos and files `read` serves: the portal's file server, named with --files. */
  filesOrigin?: string;
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

function fromMirror(
  root: string,
  kind: Kind | 'auto',
  limits: Limits,
  origin: string | { known: string[] },
  redirects?: Record<string, string>,
): Source {
  const mirror = openMirror(root, origin);
  const pages = mirror.pages();
  // Pages are read one at a time: a province's old portal can hold tens of thousands.
  const htmlOf = (url: URL) => {
    const read = mirror.read(url, limits.pageBytes);
    if (!('bytes' in read)) return read;
    const refusal = notAPage(read.bytes, '');
    return refusal ? { reason: refusal } : { html: decodeHtml(read.bytes) };
  };
  const sample = pages
    .slice(0, 40)
    .map((p) => ({ url: p.url, html: ((r) => ('html' in r ? r.html : ''))(htmlOf(p.url)) }));
  const detected = kind === 'auto' ? detectKind(sample) : kind;
  const items: RawItem[] = [];
  const skipped: Skipped[] = [];
  for (const page of pages) {
    const read = htmlOf(page.url);
    if ('reason' in read) {
      skipped.push({ url: page.url.href, reason: read.reason });
      continue;
    }
    const result = extractPage(read.html, page.url, detected);
    if ('skip' in result) skipped.push({ url: page.url.href, reason: result.skip });
    else items.push(result.item);
  }
  return {
    kind: detected,
    items: mergeByUrl(items, redirects),
    skipped,
    read: async (url, max) => mirror.read(url, max),
  };
}

function filesReader(filesFrom: string | undefined, origin: string, opts: SourceOptions): Reader {
  if (filesFrom && !/^https?:/i.test(filesFrom)) {
    const mirror = openMirror(resolve(filesFrom), origin);
    return async (url, max) => mirror.read(url, max);
  }
  const fetcher = createPoliteFetcher({
    origin: filesFrom ?? origin,
    delayMs: opts.delayMs,
    timeoutMs: opts.timeoutMs,
  });
  return (url, max) => fetcher.read(url, max);
}

/** The report's line when the crawl stopped at its budget: how many addresses wait, and how to go on. */
function budgetLine(budget: NonNullable<Crawled['budget']>): Skipped {
  const { pages, left, next } = budget;
  return {
    url: next,
    reason: {
      vi: `dừng ở giới hạn ${pages.toLocaleString('vi-VN')} trang (--max-pages); còn ${left.toLocaleString('vi-VN')} địa chỉ chưa tải, kể cả địa chỉ này. Cách sửa: chạy lại lệnh với --max-pages lớn hơn, lệnh nhập đi tiếp từ chỗ đã dừng`,
      en: `stopped at the budget of ${pages} pages (--max-pages); ${left} addresses, this one included, were not fetched. Fix: run again with a larger --max-pages; the import resumes where it stopped`,
    },
  };
}

export async function openSource(opts: SourceOptions, limits: Limits): Promise<Source> {
  if (/^https?:\/\//i.test(opts.from)) {
    const start = new URL(opts.from);
    const fetcher = createPoliteFetcher({ origin: start.origin, delayMs: opts.delayMs, timeoutMs: opts.timeoutMs });
    const cacheDir = join(opts.cacheDir, start.host.replace(/[^a-z0-9.-]/gi, '_'));
    const crawled = await crawl({ start, cacheDir, fetcher, limits, maxPages: opts.maxPages, log: opts.log });
    const source = fromMirror(crawled.root, opts.kind, limits, start.origin, crawled.state.redirects);
    const budget = crawled.budget ? [budgetLine(crawled.budget)] : [];
    // A photo or file the crawl could not fetch: its own reason, not "missing from the mirror".
    const refused = new Map(crawled.state.skipped.map((s) => [s.url, s.reason]));
    // EduPortal-style portals keep photos and files on a file server; --files names it, so it may be read.
    const filesOrigin =
      opts.filesFrom && /^https?:\/\//i.test(opts.filesFrom) ? new URL(opts.filesFrom).origin : undefined;
    const files = filesOrigin && filesOrigin !== start.origin ? filesReader(filesOrigin, filesOrigin, opts) : undefined;
    const read: Reader = async (url, max) => {
      if (files && url.origin === filesOrigin) return files(url, max);
      const reason = refused.get(url.href);
      return reason ? { reason } : source.read(url, max);
    };
    return {
      ...source,
      read,
      skipped: [...budget, ...crawled.state.skipped, ...source.skipped],
      ...(files ? { filesOrigin } : {}),
    };
  }
  const path = resolve(opts.from);
  if (statSync(path).isDirectory()) return fromMirror(path, opts.kind, limits, { known: opts.knownOrigins ?? [] });
  const text = readFileSync(path, 'utf8');
  if (isWxr(text)) {
    const wxr = readWxr(text);
    return {
      kind: 'wxr',
      items: wxr.items,
      skipped: wxr.skipped,
      read: filesReader(opts.filesFrom, wxr.origin, opts),
    };
  }
  if (isFeed(text)) {
    const feed = readFeed(text, 'http://cong-cu.invalid/');
    return {
      kind: 'feed',
      items: feed.items,
      skipped: [],
      read: filesReader(opts.filesFrom, feed.origin, opts),
    };
  }
  throw new SourceError(
    `--from ${opts.from}: không phải thư mục bản sao, tệp xuất WordPress (WXR) hay RSS/Atom. Cách sửa: chỉ --from tới thư mục của wget --mirror, tệp .xml xuất từ WordPress, hoặc địa chỉ https:// của cổng cũ. | not a mirror folder, a WordPress export (WXR) or an RSS/Atom feed. Fix: point --from at a wget --mirror folder, a WordPress .xml export or the old portal's https:// address.`,
  );
}
