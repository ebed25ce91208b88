/**
 * HTTP(S) reads from an old portal, politely: one host only, robots.txt obeyed
 * (robots-parser, with its Crawl-delay), one request at a time at most every
 * `delayMs`, a User-Agent that names the tool, a timeout, and a size limit per
 * response (the body is cut off, not read to the end).
 */
import { createRequire } from 'node:module';
import type { Read } from './mirror.ts';

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
  /** Where a 3xx answer points. */
  location?: URL;
}

export interface PoliteFetcher {
  origin: string;
  get: (url: URL, maxBytes: number) => Promise<FetchResult | { reason: { vi: string; en: string } }>;
  /** The Read shape the asset store takes (2xx only). */
  read: (url: URL, maxBytes: number) => Promise<Read>;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

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

  async function raw(url: URL, maxBytes: number): Promise<FetchResult | undefined> {
    const wait = last + delay - Date.now();
    if (wait > 0) await sleep(wait);
    last = Date.now();
    const response = await fetch(url, {
      redirect: 'manual',
      headers: { 'user-agent': userAgent, accept: '*/*' },
      signal: AbortSignal.timeout(opts.timeoutMs ?? 20_000),
    });
    const location = response.headers.get('location');
    const bytes =
      response.status >= 300 && response.status < 400
        ? (await response.body?.cancel(), Buffer.alloc(0))
        : await readLimited(response, maxBytes);
    if (!bytes) return undefined;
    return {
      status: response.status,
      bytes,
      contentType: response.headers.get('content-type') ?? '',
      location: location ? new URL(location, url) : undefined,
    };
  }

  async function allowed(url: URL): Promise<boolean> {
    if (!robots) {
      const robotsUrl = new URL('/robots.txt', origin);
      const answer = await raw(robotsUrl, 512 * 1024).catch(() => undefined);
      robots = robotsParser(robotsUrl.href, answer && answer.status === 200 ? answer.bytes.toString('utf8') : '');
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
      const kb = Math.ceil(maxBytes / 1024);
      return (
        result ?? {
          reason: { vi: `tệp quá lớn (trên ${kb.toLocaleString('vi-VN')} KB)`, en: `too large (over ${kb} KB)` },
        }
      );
    } catch (error) {
      return {
        reason: {
          vi: `không tải được (${(error as Error).message})`,
          en: `could not be fetched (${(error as Error).message})`,
        },
      };
    }
  };

  return {
    origin,
    get,
    read: async (url, maxBytes) => {
      const result = await get(url, maxBytes);
      if ('reason' in result) return result;
      if (result.status !== 200)
        return {
          reason: { vi: `cổng cũ trả lời mã ${result.status}`, en: `the old portal answered ${result.status}` },
        };
      return { bytes: result.bytes };
    },
  };
}
