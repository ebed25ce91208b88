/**
 * Crawls an old portal over HTTP(S) into a mirror folder in the cache (the same layout
 * as `wget --mirror`, mirror-paths.ts), following same-host links from the base URL:
 * pages, their photos and their attachments. Progress is kept in `state.json` after
 * every request, so an interrupted crawl resumes where it stopped and pages already
 * on disk are not fetched again. Redirects between old addresses are remembered, so
 * both addresses lead to the new page.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { staysInside } from '../../../content-schemas/paths.ts';
import { isAttachmentName, isImageName, type Limits } from './file-checks.ts';
import { decodeHtml } from './decode-html.ts';
import { fileForUrl } from './mirror-paths.ts';
import type { PoliteFetcher } from './polite-fetch.ts';
import type { Skipped } from './types.ts';

export interface CrawlState {
  queue: string[];
  done: string[];
  /** Old address → where it redirected (same host). */
  redirects: Record<string, string>;
  skipped: Skipped[];
}

const SKIP_LINK = /\.(css|js|json|xml|ico|svg|woff2?|ttf|eot|zip|rar|7z|exe|mp[34]|avi|mov)(\?|$)/i;

function readState(file: string, start: URL): CrawlState {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as CrawlState;
  return { queue: [start.href], done: [], redirects: {}, skipped: [] };
}

function saveState(file: string, state: CrawlState): void {
  writeFileSync(`${file}.tmp`, JSON.stringify(state));
  renameSync(`${file}.tmp`, file);
}

/** Same-host page, photo and attachment links of a page, without fragments. */
function linksOf(html: string, base: URL): URL[] {
  const { document } = parseHTML(html);
  const found: URL[] = [];
  for (const node of document.querySelectorAll('a[href], img[src], link[rel="canonical"]')) {
    const value = node.getAttribute('href') ?? node.getAttribute('src');
    try {
      const url = new URL(value ?? '', base);
      url.hash = '';
      if (url.origin === base.origin && !SKIP_LINK.test(url.pathname)) found.push(url);
    } catch {
      // Not a URL (e.g. "javascript:void(0)" is one, but another origin): ignored.
    }
  }
  return found;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function store(file: string, bytes: Buffer): boolean {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR' || code === 'ENOTDIR' || code === 'EEXIST') return false;
    throw error;
  }
}

export async function crawl(opts: {
  start: URL;
  cacheDir: string;
  fetcher: PoliteFetcher;
  limits: Limits;
  maxPages: number;
  log?: (line: string) => void;
}): Promise<{ root: string; state: CrawlState }> {
  const root = join(opts.cacheDir, 'mirror', opts.start.host.replace(/[^a-z0-9.-]/gi, '_'));
  mkdirSync(root, { recursive: true });
  const stateFile = join(opts.cacheDir, 'state.json');
  const state = readState(stateFile, opts.start);
  const seen = new Set([...state.done, ...state.queue]);
  let pages = state.done.length;
  while (state.queue.length && pages < opts.maxPages) {
    const href = state.queue.shift()!;
    const url = new URL(href);
    const rel = fileForUrl(url);
    const file = rel ? join(root, rel) : undefined;
    if (!file || staysInside(file, root)) {
      state.skipped.push({
        url: href,
        reason: { vi: 'đường dẫn không lưu được an toàn', en: 'the path cannot be stored safely' },
      });
    } else {
      const asset = isImageName(url.pathname) || isAttachmentName(url.pathname);
      const cached = isFile(file);
      const result = cached
        ? { status: 200, bytes: readFileSync(file), contentType: asset ? '' : 'text/html', location: undefined }
        : await opts.fetcher.get(url, asset ? opts.limits.attachmentBytes + 1 : opts.limits.pageBytes);
      if ('reason' in result) state.skipped.push({ url: href, reason: result.reason });
      else if (result.location && result.location.origin === url.origin) {
        state.redirects[href] = result.location.href;
        if (!seen.has(result.location.href)) (seen.add(result.location.href), state.queue.push(result.location.href));
      } else if (result.status === 200) {
        if (!cached && !store(file, result.bytes)) {
          // `/a` as a page and `/a/b` below it cannot both be files: wget has the same limit.
          state.skipped.push({
            url: href,
            reason: {
              vi: 'đường dẫn trùng tên một thư mục của bản sao',
              en: 'the path clashes with a folder of the mirror',
            },
          });
        }
        if (!asset && /html/i.test(result.contentType || 'text/html')) {
          pages++;
          opts.log?.(`  ↓ ${url.pathname}${url.search}`);
          for (const link of linksOf(decodeHtml(result.bytes), url)) {
            if (!seen.has(link.href)) (seen.add(link.href), state.queue.push(link.href));
          }
        }
      } else {
        state.skipped.push({
          url: href,
          reason: { vi: `cổng cũ trả lời mã ${result.status}`, en: `the old portal answered ${result.status}` },
        });
      }
    }
    state.done.push(href);
    saveState(stateFile, state);
  }
  return { root, state };
}
