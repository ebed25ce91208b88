/**
 * Why a page of the old portal is not imported as an entry, in words that say what
 * the page is: a feed, a login or administration page, the home page, or a list.
 * Feeds and admin pages are recognised before anything else (a login page may look
 * like an article to Readability); home and list only once the page is not a post.
 */
import type { Words } from './types.ts';

type Doc = { querySelector: (selector: string) => unknown };

const FEED_MARKUP = /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]/i;
const FEED_URL = /(^|\/)(feed|rss|atom)(\/|\.xml|\.rss)?$|[?&](op|feed)=(rss|atom)\b/i;
const ADMIN_URL =
  /(^|\/)(admin|administrator|wp-admin|wp-login\.php|quan-tri|quantri|dang-nhap|dangnhap|login|signin|user\/login)(\/|\.|$)|[?&]nv=users\b/i;

export const SKIP_WORDS = {
  feed: {
    vi: 'nguồn tin RSS/Atom của cổng cũ, không phải một bài (các bài trong đó được nhập từ trang riêng của chúng; muốn nhập từ nguồn tin thì tải tệp về rồi chạy --from <tệp .xml>)',
    en: "the old portal's RSS/Atom feed, not a post (its posts are imported from their own pages; to import from the feed, save it and run --from <file.xml>)",
  },
  admin: {
    vi: 'trang đăng nhập hoặc quản trị của cổng cũ, không phải nội dung công khai',
    en: "the old portal's login or administration page, not public content",
  },
  home: {
    vi: 'trang chủ của cổng cũ (các bài trên đó được nhập từ trang riêng của chúng)',
    en: "the old portal's home page (its posts are imported from their own pages)",
  },
  list: {
    vi: 'trang danh sách (chuyên mục, trang 2, 3…, thẻ, tìm kiếm), không phải một bài',
    en: 'a list page (category, page 2, 3…, tag, search), not a single post',
  },
} satisfies Record<string, Words>;

function isHome(url: URL): boolean {
  return (
    /^\/(index\.(html?|php|aspx?))?$/i.test(url.pathname) &&
    (!url.search || /^\?(lang|language)=\w+$/i.test(url.search))
  );
}

/**
 * A feed or an admin page: its reason. A password field counts only on a page without
 * a post (NukeViet themes put a members' login box beside every post). With `fallback`
 * set (the page is not a post), also the home page or a list, whichever it is.
 */
export function notAPost(html: string, doc: Doc, url: URL, hasArticle: boolean, fallback?: 'list'): Words | undefined {
  if (
    FEED_MARKUP.test(html.slice(0, 2000)) ||
    (FEED_URL.test(`${url.pathname}${url.search}`) && !doc.querySelector('body *'))
  )
    return SKIP_WORDS.feed;
  if (ADMIN_URL.test(`${url.pathname}${url.search}`) || (!hasArticle && doc.querySelector('input[type="password"]')))
    return SKIP_WORDS.admin;
  if (!fallback) return undefined;
  return isHome(url) ? SKIP_WORDS.home : SKIP_WORDS.list;
}
