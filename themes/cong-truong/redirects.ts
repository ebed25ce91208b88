/**
 * Redirects from the school's old portal: every entry may list the paths it had there
 * (`oldPaths`), and the build leaves a small page at each one that sends the visitor,
 * and search engines, to the new address. A static host cannot answer 301, so the page
 * uses `<meta http-equiv="refresh">` with a canonical link (which search engines treat
 * as a permanent redirect) and a visible link for anyone whose browser does not follow it.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { entryPage } from '../../content-schemas/urls.ts';
import { hasField, type Entry } from '../../content-schemas/entry.ts';
import { checkUrlPath, staysInside } from '../../content-schemas/paths.ts';

export interface Redirect {
  from: string;
  to: string;
  /** The entry file that asks for it, for error messages. */
  file: string;
}

/** Marks the redirect pages, so the audit does not take them for portal pages. */
export const REDIRECT_MARK = '<meta name="generator" content="cong-truong redirect">';

export function redirectsOf(entries: readonly Entry[]): Redirect[] {
  return entries.flatMap((entry) => {
    const to = entryPage(entry.collection, entry.slug);
    const paths = hasField(entry, 'oldPaths') ? entry.data.oldPaths : [];
    if (!to || entry.data.draft === true) return [];
    return paths.map((from) => ({ from, to, file: entry.file }));
  });
}

/**
 * `/a/b.html` is written as that file; `/a/b` and `/a/b/` as `a/b/index.html`, decoded
 * as a static server decodes the address. Undefined for a path the path policy
 * refuses (`..` in any spelling, encoded slashes…), which the validator reports.
 */
export function redirectFile(from: string): string | undefined {
  const checked = checkUrlPath(from);
  if ('issue' in checked) return undefined;
  const path = checked.path.replace(/^\/+/, '');
  if (/\.html?$/i.test(path)) return path;
  return path === '' ? 'index.html' : `${path.replace(/\/+$/, '')}/index.html`;
}

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function redirectHtml(to: string, siteUrl: string, siteName: string): string {
  const absolute = new URL(to, siteUrl).href;
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Trang đã chuyển địa chỉ – ${escapeAttr(siteName)}</title>
${REDIRECT_MARK}
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeAttr(absolute)}">
<meta http-equiv="refresh" content="0; url=${escapeAttr(to)}">
</head>
<body>
<p>Trang này đã chuyển đến địa chỉ mới: <a href="${escapeAttr(to)}">${escapeAttr(absolute)}</a>.</p>
</body>
</html>
`;
}

export interface WriteResult {
  written: Redirect[];
  /** Old paths whose new page was not built (e.g. a page key with no route). */
  skipped: Redirect[];
}

/**
 * Writes one page per redirect into the built site. An old path that would overwrite
 * a page of the new site is refused: the school's real page must win.
 */
export function writeRedirects(
  outDir: string,
  redirects: Redirect[],
  site: { url: string; name: string },
): WriteResult {
  const result: WriteResult = { written: [], skipped: [] };
  for (const r of redirects) {
    const target = redirectFile(r.to);
    if (!target || !existsSync(join(outDir, target))) {
      result.skipped.push(r);
      continue;
    }
    const name = redirectFile(r.from);
    const file = name === undefined ? undefined : resolve(outDir, name);
    // The validator refuses such paths already; this keeps any caller inside the site.
    if (!file || staysInside(file, outDir)) {
      throw new Error(
        `${r.file}: «Đường dẫn cũ» (oldPaths) "${r.from}" trỏ ra ngoài thư mục của cổng. Cách sửa: chép đường dẫn từ thanh địa chỉ của cổng cũ, bắt đầu bằng / và không có đoạn . hay .. | ` +
          `"Old path" (oldPaths) "${r.from}" leads outside the portal's folder. Fix: copy the path from the old portal's address bar, starting with / and with no . or .. segment.`,
      );
    }
    if (existsSync(file)) {
      throw new Error(
        `${r.file}: «Đường dẫn cũ» (oldPaths) "${r.from}" trùng một trang của cổng mới. Cách sửa: xoá đường dẫn này khỏi bài. | ` +
          `"Old path" (oldPaths) "${r.from}" is a page of the new portal. Fix: remove it from the entry.`,
      );
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, redirectHtml(r.to, site.url, site.name));
    result.written.push(r);
  }
  return result;
}

/** Writes the redirect pages of a built site and says in the build's log what it wrote and skipped. */
export function leaveRedirects(
  outDir: string,
  redirects: Redirect[],
  site: { domain: string; name: string },
  logger: { info(message: string): void; warn(message: string): void },
): void {
  const { written, skipped } = writeRedirects(outDir, redirects, { url: `https://${site.domain}/`, name: site.name });
  if (written.length) logger.info(`${written.length} trang chuyển hướng từ cổng cũ / redirects from the old portal`);
  for (const r of skipped) {
    logger.warn(
      `${r.file}: bỏ qua đường dẫn cũ "${r.from}" vì bài chưa có trang trên cổng mới / old path skipped: the entry has no page on the new portal`,
    );
  }
}
