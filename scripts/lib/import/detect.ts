/**
 * Which platform a mirrored portal ran on, from its markup and URL shapes; and, per
 * platform, which pages are single posts (list, tag and home pages are not imported)
 * and which section of our model they belong to.
 */
import { fold } from './fold.ts';
import type { Kind, Section } from './types.ts';

export function detectKind(samples: { url: URL; html: string }[]): Kind {
  const score: Record<Kind, number> = { nukeviet: 0, eduportal: 0, wordpress: 0, generic: 0 };
  for (const { url, html } of samples) {
    const head = html.slice(0, 20000);
    if (/content="NukeViet/i.test(head) || /nv=news|\/themes\/default\/|nukeviet/i.test(html)) score.nukeviet += 2;
    if (/content="WordPress/i.test(head) || /\/wp-content\/|\/wp-includes\//i.test(html)) score.wordpress += 2;
    if (
      /EduPortal|VHV|xem_trang_tin\.aspx|\/ct(full|mb)?\/\d+\/\d+|edu\.viettel\.vn|qicontentdetail|shieldix\.app/i.test(
        html,
      ) ||
      /\.aspx$|\/ct(full|mb)?\/\d+\/\d+$/i.test(url.pathname)
    )
      score.eduportal += 2;
  }
  const best = (Object.entries(score) as [Kind, number][]).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] > 0 ? best[0] : 'generic';
}

const NUKEVIET_DETAIL = /-\d+\.html?$/i;
const NUKEVIET_QUERY_DETAIL = /^(?:[\w-]+\/)+[\w-]+-\d+$/;
/** hcm.edu.vn-style posts: `/<chuyên mục>/<slug>/ct/<mục>/<bài>`, also `ctfull` (full width) and `ctmb` (mobile); lists are `/c/<mục>`. */
const EDUPORTAL_DETAIL = /\/ct(?:full|mb)?\/\d+\/\d+\/?$/i;
const WORDPRESS_DETAIL = /^\/(\d{4}\/\d{2}\/(\d{2}\/)?)[^/]+\/?$/;

/** Whether the page at this address is one post or document (not a list of them). */
export function isDetailPage(kind: Kind, url: URL, hasArticle: boolean): boolean {
  const path = url.pathname;
  const q = url.searchParams;
  switch (kind) {
    case 'nukeviet':
      if (q.get('nv'))
        return NUKEVIET_QUERY_DETAIL.test(q.get('op') ?? '') || (q.get('nv') === 'page' && !!q.get('op'));
      return NUKEVIET_DETAIL.test(path) || /\/page\/[\w-]+\.html?$/i.test(path) || /\/laws\/detail\//i.test(path);
    case 'eduportal':
      return (
        EDUPORTAL_DETAIL.test(path) ||
        (/xem_trang_tin\.aspx$/i.test(path) && q.has('id')) ||
        (/\.html$/i.test(path) && hasArticle)
      );
    case 'wordpress':
      return (
        WORDPRESS_DETAIL.test(path) ||
        q.has('p') ||
        q.has('page_id') ||
        (hasArticle && !/\/(category|tag|author|page)\//.test(path))
      );
    default:
      return hasArticle;
  }
}

/** Our section for a page, from its address and its breadcrumb. */
export function sectionOf(url: URL, crumbs: string[]): Section {
  const where = fold(`${decodeURIComponentSafe(url.pathname)} ${url.search} ${crumbs.join(' ')}`);
  if (/\bcong khai\b|\bba cong khai\b/.test(where)) return 'disclosure';
  if (/\bvan ban\b|\blaws\b|\bcong van\b|\bedoc\b/.test(where)) return 'document';
  if (/\b(gioi thieu|lien he|page)\b/.test(where) && !/\btin\b/.test(where)) return 'page';
  return 'news';
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
