/**
 * An item's old addresses, split by what can serve them: a plain path goes into the
 * entry's `oldPaths` (the theme leaves a redirect page there), a path with a query
 * string (`index.php?nv=news&op=…`, `xem_trang_tin.aspx?id=12`) only a web server can
 * tell apart, so it goes into the nginx map (nginx-map.ts).
 */
import { OLD_PATH_PATTERN } from '../../../content-schemas/fields.ts';
import { checkUrlPath } from '../../../content-schemas/paths.ts';
import { PAGE_ROUTES } from '../../../content-schemas/collections/pages.ts';
import { COLLECTIONS } from '../../../content-schemas/index.ts';

export interface OldUrls {
  paths: string[];
  queries: string[];
  /** Addresses neither can hold (e.g. a `..` segment), for the report. */
  refused: string[];
}

/** Addresses the new portal serves itself: a redirect page there would replace a real page. */
const NEW_PAGES = new Set<string>([
  '/',
  ...Object.values(PAGE_ROUTES),
  ...Object.values(COLLECTIONS).map((c) => c.url),
  '/tim-kiem/',
  '/so-do-cong/',
  '/en/',
  '/admin/',
  '/thong-bao/',
]);

function bare(path: string): string {
  return path.replace(/\/+$/, '') || '/';
}

export function splitOldUrls(urls: URL[], target: string): OldUrls {
  const out: OldUrls = { paths: [], queries: [], refused: [] };
  const taken = new Set([...NEW_PAGES].map(bare));
  taken.add(bare(target));
  for (const url of urls) {
    const path = url.pathname;
    if (url.search) {
      const key = `${path}${url.search}`;
      if (!out.queries.includes(key)) out.queries.push(key);
      continue;
    }
    if (taken.has(bare(path))) continue;
    const checked = checkUrlPath(path);
    if ('issue' in checked || !OLD_PATH_PATTERN.test(path)) {
      out.refused.push(path);
      continue;
    }
    if (!out.paths.includes(path)) out.paths.push(path);
  }
  return out;
}
