/**
 * Crawls an old portal over HTTP(S) into a mirror folder in the cache (the same layout
 * as `wget --mirror`, mirror-paths.ts), following same-host links from the base URL:
 * pages, their photos and their attachments. Progress is kept in `state.json` after
 * every request, so an interrupted crawl resumes where it stopped and pages already
 * on disk are not fetched again. Redirects between old addresses are remembered, so
 * both addresses lead to the new page; a redirect anywhere else is refused
 * (redirects.ts). Pages are stored as UTF-8 after their charset is worked out
 * (decode-html.ts), only when their bytes are HTML (page-bytes.ts), and the crawl
 * stops at its page budget with a line in the report saying how much was left.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { staysInside } from '../../../content-schemas/paths.ts';
import { isAttachmentName, isImageName, type Limits } from './file-checks.ts';
import { decodeHtml } from './decode-html.ts';
import { fileForUrl, UNSAFE_PATH } from './mirror-paths.ts';
import { headerCharset, notAPage } from './page-bytes.ts';
import type { FetchResult, PoliteFetcher } from './polite-fetch.ts';
import { redirectLoop, redirectTarget, sameOriginBase } from './redirects.ts';
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
function linksOf(html: string, page: URL): URL[] {
  const { document } = parseHTML(html);
  const base = sameOriginBase(document.querySelector('base[href]')?.getAttribute('href'), page);
  const found: URL[] = [];
  for (const node of document.querySelectorAll('a[href], img[src], link[rel="canonical"]')) {
    const value = node.getAttribute('href') ?? node.getAttribute('src');
    try {
      const url = new URL(value ?? '', base);
      url.hash = '';
      if (url.origin === page.origin && !SKIP_LINK.test(url.pathname)) found.push(url);
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

/** Why a redirect is not followed: elsewhere, or round in a loop back to where it started. */
function redirectIssue(state: CrawlState, href: string, to: URL | { reason: Skipped['reason'] }) {
  if ('reason' in to) return to;
  const chain = new Set([href]);
  for (let next: string | undefined = to.href; next; next = state.redirects[next]) {
    if (chain.has(next)) return redirectLoop(href);
    chain.add(next);
  }
  return undefined;
}

/** One answer at a page address, stored as UTF-8 when it is a page; its links go into the queue. */
function keepPage(
  result: FetchResult,
  url: URL,
  file: string,
  cached: boolean,
): { links: URL[] } | { reason: Skipped['reason'] } {
  const refusal = notAPage(result.bytes, result.contentType);
  if (refusal) return { reason: refusal };
  const html = decodeHtml(result.bytes, headerCharset(result.contentType));
  if (!cached && !store(file, Buffer.from(html, 'utf8'))) return { reason: CLASH };
  return { links: linksOf(html, url) };
}

/** Requests allowed per page of the budget: a page's photos and files, and its dead links. */
const REQUESTS_PER_PAGE = 10;

/** `/a` as a page and `/a/b` below it cannot both be files: wget has the same limit. */
const CLASH = { vi: 'đường dẫn trùng tên một thư mục của bản sao', en: 'the path clashes with a folder of the mirror' };

export interface Crawled {
  root: string;
  state: CrawlState;
  /** Set when the crawl stopped at its budget with addresses still queued. */
  budget?: { pages: number; left: number; next: string };
}

export async function crawl(opts: {
  start: URL;
  cacheDir: string;
  fetcher: PoliteFetcher;
  limits: Limits;
  maxPages: number;
  log?: (line: string) => void;
}): Promise<Crawled> {
  const root = join(opts.cacheDir, 'mirror', opts.start.host.replace(/[^a-z0-9.-]/gi, '_'));
  mkdirSync(root, { recursive: true });
  const stateFile = join(opts.cacheDir, 'state.json');
  const state = readState(stateFile, opts.start);
  const seen = new Set([...state.done, ...state.queue]);
  // A fetched page's photos and files, and a redirect's target (the page the link meant), go first:
  // a budget spent on long lists must not leave the posts already found without them.
  const enqueue = (link: URL, first = isImageName(link.pathname) || isAttachmentName(link.pathname)) => {
    if (seen.has(link.href)) return;
    seen.add(link.href);
    if (first) state.queue.unshift(link.href);
    else state.queue.push(link.href);
  };
  let pages = state.done.length;
  // Answers that are not pages (404s, redirects, files) count too, so a list of endless dead links ends.
  let requests = 0;
  while (state.queue.length && pages < opts.maxPages && requests < opts.maxPages * REQUESTS_PER_PAGE) {
    const href = state.queue.shift()!;
    const url = new URL(href);
    const rel = fileForUrl(url);
    const file = rel ? join(root, rel) : undefined;
    const skip = (reason: Skipped['reason']) => state.skipped.push({ url: href, reason });
    if (!file || staysInside(file, root)) {
      skip(UNSAFE_PATH);
    } else {
      const asset = isImageName(url.pathname) || isAttachmentName(url.pathname);
      const cached = isFile(file);
      const result: FetchResult | { reason: Skipped['reason'] } = cached
        ? { status: 200, bytes: readFileSync(file), contentType: asset ? '' : 'text/html' }
        : (requests++, await opts.fetcher.get(url, asset ? opts.limits.attachmentBytes + 1 : opts.limits.pageBytes));
      if ('reason' in result) skip(result.reason);
      else if (result.status >= 300 && result.status < 400) {
        const to = redirectTarget(result.location ?? null, url, opts.fetcher.origin);
        const issue = redirectIssue(state, href, to);
        if (issue) skip(issue.reason);
        else if (!('reason' in to)) {
          state.redirects[href] = to.href;
          enqueue(to, true);
        }
      } else if (result.status !== 200) {
        skip({ vi: `cổng cũ trả lời mã ${result.status}`, en: `the old portal answered ${result.status}` });
      } else if (asset) {
        // Photos and files are checked by their bytes when an entry uses them (assets.ts).
        if (!cached && !store(file, result.bytes)) skip(CLASH);
      } else {
        const kept = keepPage(result, url, file, cached);
        if ('reason' in kept) skip(kept.reason);
        else {
          pages++;
          opts.log?.(`  ↓ ${url.pathname}${url.search}`);
          for (const link of kept.links) enqueue(link);
        }
      }
    }
    state.done.push(href);
    saveState(stateFile, state);
  }
  const left = state.queue.length;
  return { root, state, ...(left ? { budget: { pages: opts.maxPages, left, next: state.queue[0]! } } : {}) };
}
