/**
 * Where a page of an old portal lives in a `wget --mirror` folder, both ways. wget
 * keeps the query in the file name (`index.php?nv=news&op=x`, with `.html` added by
 * --adjust-extension) and stores `/a/` as `a/index.html`; the HTTP crawler writes the
 * same layout into its cache, so one reader serves both.
 */
import { posix } from 'node:path';

/** Why an address has no safe file in a mirror (crawl.ts, mirror.ts). */
export const UNSAFE_PATH = {
  vi: 'đường dẫn có đoạn .., ký tự không hợp lệ (\\, NUL) hoặc tên quá dài nên không tải, không lưu',
  en: 'the path has a .. segment, an invalid character (\\, NUL) or an overlong name, so it is neither fetched nor stored',
};

/** Longest file or folder name written, in bytes: file systems stop at 255, and wget may add `.html`. */
const MAX_NAME_BYTES = 240;

/**
 * `/a/b/` → `a/b/index.html`; `/x.php?id=1` → `x.php?id=1`. Undefined for a path that
 * leaves the folder (`..` in any spelling, a backslash, NUL) or has an overlong name.
 */
export function fileForUrl(url: URL): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  if (path.split('/').some((s) => s === '..' || s === '.') || path.includes('\\') || path.includes('\0'))
    return undefined;
  let file = path.replace(/^\/+/, '');
  if (file === '' || file.endsWith('/')) file += 'index.html';
  if (url.search) file += url.search;
  if (file.split('/').some((name) => Buffer.byteLength(name) > MAX_NAME_BYTES)) return undefined;
  return posix.normalize(file);
}

/** The inverse: a mirror-relative file name (with `/`) to a path and query of the old portal. */
export function urlPathForFile(rel: string): string {
  const q = rel.indexOf('?');
  let path = q < 0 ? rel : rel.slice(0, q);
  let query = q < 0 ? '' : rel.slice(q);
  // wget --adjust-extension appends .html after the query.
  if (query && /\.html?$/i.test(query)) query = query.replace(/\.html?$/i, '');
  if (path === 'index.html' || path.endsWith('/index.html')) path = path.slice(0, -'index.html'.length);
  return `/${path
    .split('/')
    .map((s) => encodeURIComponent(s).replace(/%40/g, '@').replace(/%2C/gi, ','))
    .join('/')}${query}`;
}
