/**
 * A portal of another repository or host, read from its `/api/v1/` files: a short
 * timeout, each payload checked against its schema, the last good copy kept. On any
 * failure (refused, timeout, HTTP error, invalid JSON, schema mismatch) the copy is
 * used and a warning names the unit and the copy's date; with no copy the file is
 * left out. Nothing here fails the build.
 */
import type { z } from 'astro/zod';
import { API_BASE, API_FILES, type ApiFileName } from '../../../content-schemas/api/index.ts';
import { readCopy, writeCopy } from './cache.ts';

/** Long enough for a slow provincial host, short enough not to stall a CI matrix. */
export const REMOTE_TIMEOUT_MS = 8_000;
/** The biggest file a portal publishes (a long van-ban register) is far below this. */
const MAX_BYTES = 10 * 1024 * 1024;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export interface RemoteOptions {
  cacheDir: string;
  now: Date;
  timeoutMs?: number;
}

export interface RemoteFile<T> {
  body?: T;
  /** Set when the body is a cached copy: the day it was saved (YYYY-MM-DD). */
  copyOf?: string;
  /** Why this time's answer was not used (Vietnamese, English). */
  failure?: { vi: string; en: string };
}

/** The portal's home as a URL, or why it cannot be read: HTTPS only (plain HTTP on this machine, for tests). */
export function portalUrl(address: string): URL | { vi: string; en: string } {
  const url = URL.parse(address);
  if (!url) return { vi: `"${address}" không phải địa chỉ web`, en: `"${address}" is not a web address` };
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname)))
    return new URL(url.pathname.endsWith('/') ? url.href : `${url.href}/`);
  return { vi: `"${address}" không dùng https://`, en: `"${address}" does not use https://` };
}

class ReadFailure extends Error {
  readonly vi: string;
  readonly en: string;
  constructor(vi: string, en: string) {
    super(en);
    this.vi = vi;
    this.en = en;
  }
}

async function fetchJson(url: URL, timeoutMs: number): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'follow',
      headers: { accept: 'application/json' },
    });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    const seconds = timeoutMs / 1000;
    if (timedOut)
      throw new ReadFailure(
        `quá ${String(seconds).replace('.', ',')} giây không trả lời`,
        `no answer within ${seconds} s`,
      );
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    throw new ReadFailure(`không kết nối được (${cause})`, `could not connect (${cause})`);
  }
  // A redirect may not lead from https:// to plain http:// on another host.
  if (response.url && !(portalUrl(response.url) instanceof URL))
    throw new ReadFailure(
      'máy chủ chuyển hướng sang địa chỉ không dùng https://',
      'the server redirected to an address without https://',
    );
  if (!response.ok)
    throw new ReadFailure(`máy chủ trả lỗi HTTP ${response.status}`, `the server answered HTTP ${response.status}`);
  const text = await response.text();
  if (text.length > MAX_BYTES) throw new ReadFailure('tệp quá lớn', 'the file is too big');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ReadFailure('nội dung không phải JSON hợp lệ', 'the content is not valid JSON');
  }
}

/** One `/api/v1/<name>.json` of the portal at `portal`, checked, or the last good copy. */
export async function readRemoteFile<N extends ApiFileName>(
  portal: URL,
  name: N,
  opts: RemoteOptions,
): Promise<RemoteFile<z.output<(typeof API_FILES)[N]['schema']>>> {
  type Body = z.output<(typeof API_FILES)[N]['schema']>;
  const schema = API_FILES[name].schema as z.ZodType;
  let failure: { vi: string; en: string };
  try {
    const raw = await fetchJson(
      new URL(`${API_BASE.slice(1)}${name}.json`, portal),
      opts.timeoutMs ?? REMOTE_TIMEOUT_MS,
    );
    const parsed = schema.safeParse(raw);
    if (!parsed.success)
      throw new ReadFailure(
        'nội dung không khớp chuẩn kết nối /api/v1/',
        'the content does not match the /api/v1/ schema',
      );
    writeCopy(opts.cacheDir, portal, name, parsed.data, opts.now);
    return { body: parsed.data as Body };
  } catch (error) {
    if (!(error instanceof ReadFailure)) throw error;
    failure = { vi: error.vi, en: error.en };
  }
  const copy = readCopy(opts.cacheDir, portal, name);
  // A copy is re-checked: the schema of v1 only grows, but a hand-edited cache may not.
  const parsed = copy && schema.safeParse(copy.body);
  if (!copy || !parsed || !parsed.success) return { failure };
  return { body: parsed.data as Body, copyOf: copy.savedAt.slice(0, 10), failure };
}
