/**
 * HTTP(S) reads from an old portal, politely: one host only, robots.txt obeyed
 * (robots-parser, with its Crawl-delay), one request at a time at most every
 * `delayMs`, a User-Agent that names the tool, a timeout for the whole answer (a
 * server that drips bytes forever is cut off), and a size limit per response counted
 * after decompression (a gzip bomb stops at the limit, not at the end of memory).
 * Redirects are never followed by fetch itself: redirects.ts decides.
 */
import { createRequire } from 'node:module';
import type { Read } from './mirror.ts';
import { MAX_REDIRECTS, redirectLoop, redirectTarget } from './redirects.ts';
import type { Words } from './types.ts';

interface Robots {
  isAllowed: (url: string, ua?: string) => boolean | undefined;
  getCrawlDelay: (ua?: string) => number | undefined;
}

// robots-parser is CommonJS with `module.exports = fn`; its typings declare an ES default.
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, text: string) => Robots;

export const USER_AGENT = 'CongTruongImport/1.0 (+https://github.com/cong-truong; chuyen cong thong tin truong hoc)';

export interface FetchResult {
  status: number;
  bytes: Buffer;
  contentType: string;
  /** The raw `Location` of a 3xx answer (redirects.ts checks it). */
  location?: string | null;
}

/** How long one answer may take, headers and body, by default. */
export const DEFAULT_TIMEOUT_MS = 20_000;

export interface PoliteFetcher {
  origin: string;
  get: (url: URL, maxBytes: number) => Promise<FetchResult | { reason: Words }>;
  /** The Read shape the asset store takes (2xx only). */
  read: (url: URL, maxBytes: number) => Promise<Read>;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The body up to `maxBytes` after decompression, or undefined when it is longer. */
async function readLimited(response: Response, maxBytes: number): Promise<Buffer | undefined> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) {
    await response.body?.cancel();
    return undefined;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  if (!reader) return Buffer.alloc(0);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export function createPoliteFetcher(opts: {
  origin: string;
  delayMs: number;
  timeoutMs?: number;
  userAgent?: string;
}): PoliteFetcher {
  const userAgent = opts.userAgent ?? USER_AGENT;
  const origin = new URL(opts.origin).origin;
  let last = 0;
  let delay = opts.delayMs;
  let robots: Robots | undefined;

  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function raw(url: URL, maxBytes: number): Promise<FetchResult | { tooLarge: boolean }> {
    const wait = last + delay - Date.now();
    if (wait > 0) await sleep(wait);
    last = Date.now();
    const response = await fetch(url, {
      redirect: 'manual',
      headers: { 'user-agent': userAgent, accept: '*/*' },
      signal: AbortSignal.timeout(timeoutMs),
    });
    const redirect = response.status >= 300 && response.status < 400;
    const bytes = redirect ? (await response.body?.cancel(), Buffer.alloc(0)) : await readLimited(response, maxBytes);
    if (!bytes) return { tooLarge: !!response.headers.get('content-encoding') };
    return {
      status: response.status,
      bytes,
      contentType: response.headers.get('content-type') ?? '',
      location: redirect ? response.headers.get('location') : undefined,
    };
  }

  async function allowed(url: URL): Promise<boolean> {
    if (!robots) {
      const robotsUrl = new URL('/robots.txt', origin);
      const answer = await raw(robotsUrl, 512 * 1024).catch(() => undefined);
      robots = robotsParser(
        robotsUrl.href,
        answer && 'bytes' in answer && answer.status === 200 ? answer.bytes.toString('utf8') : '',
      );
      const crawlDelay = robots.getCrawlDelay(userAgent);
      if (crawlDelay) delay = Math.max(delay, crawlDelay * 1000);
    }
    return robots.isAllowed(url.href, userAgent) !== false;
  }

  const get: PoliteFetcher['get'] = async (url, maxBytes) => {
    if (url.origin !== origin)
      return { reason: { vi: 'ở trang web khác, không tải', en: 'on another website, not fetched' } };
    if (!(await allowed(url)))
      return { reason: { vi: 'robots.txt của cổng cũ không cho tải', en: "the old portal's robots.txt disallows it" } };
    try {
      const result = await raw(url, maxBytes);
      if ('bytes' in result) return result;
      const kb = Math.ceil(maxBytes / 1024);
      return result.tooLarge
        ? {
            reason: {
              vi: `tệp nén giải ra hơn ${kb.toLocaleString('vi-VN')} KB (nghi là «bom nén»), không tải`,
              en: `the compressed answer unpacks to over ${kb} KB (a likely zip bomb), not fetched`,
            },
          }
        : { reason: { vi: `tệp quá lớn (trên ${kb.toLocaleString('vi-VN')} KB)`, en: `too large (over ${kb} KB)` } };
    } catch (error) {
      if ((error as Error).name === 'TimeoutError') {
        const s = timeoutMs / 1000;
        return {
          reason: {
            vi: `cổng cũ không trả lời xong trong ${s.toLocaleString('vi-VN')} giây, bỏ qua`,
            en: `the old portal did not finish answering within ${s} s, skipped`,
          },
        };
      }
      const why = (error as Error & { cause?: Error }).cause?.message ?? (error as Error).message;
      return { reason: { vi: `không tải được (${why})`, en: `could not be fetched (${why})` } };
    }
  };

  /** A photo or file: same-origin redirects are followed (a few hops), anything else refused. */
  const read: PoliteFetcher['read'] = async (start, maxBytes) => {
    const seen = new Set<string>();
    let url = start;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      seen.add(url.href);
      const result = await get(url, maxBytes);
      if ('reason' in result) return result;
      if (result.status >= 300 && result.status < 400) {
        const next = redirectTarget(result.location ?? null, url, origin);
        if ('reason' in next) return next;
        if (seen.has(next.href)) return redirectLoop(start.href);
        url = next;
        continue;
      }
      if (result.status !== 200)
        return {
          reason: { vi: `cổng cũ trả lời mã ${result.status}`, en: `the old portal answered ${result.status}` },
        };
      return { bytes: result.bytes };
    }
    return redirectLoop(start.href);
  };

  return { origin, get, read };
}
