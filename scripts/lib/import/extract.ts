/**
 * One HTML page of an old portal → one RawItem: the main content cut out by
 * Readability (over linkedom's DOM), and the metadata the page carries around it:
 * title, canonical address, date, breadcrumb categories, labelled document facts.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { dayFromIso, dayFromLabelledLine } from './vn-dates.ts';
import { isDetailPage, sectionOf } from './detect.ts';
import { fold } from './fold.ts';
import { sameOriginBase } from './redirects.ts';
import { notAPost } from './skip-reasons.ts';
import type { Kind, RawItem, Words } from './types.ts';
import { addUnsafe, type UnsafeCounts } from './unsafe-markup.ts';

type Doc = ReturnType<typeof parseHTML>['document'];

const HOME = /^(trang chu|trang nhat|home|trang chinh)$/;
/**
 * The page's chrome around the post: menus, header, footer, side blocks, breadcrumbs;
 * on EduPortal-style portals (hcm.edu.vn and its schools) also the reading tools bar
 * (`.action_button_change`: font size, contrast, listen) and «Tin cùng chuyên mục» (`.tinlienquan`).
 */
const CHROME =
  'nav, header, footer, aside, .sidebar, .menu, #menu, #header, #footer, .related, .block, .breadcrumb, .breadcrumbs, .action_button_change, .qi-nut-chiase, .tinlienquan';

type Node = ReturnType<Doc['querySelectorAll']>[number];

/**
 * Inside the page's chrome: a menu, header or side block that does not hold the post.
 * hcm.edu.vn-style portals wrap the post itself in an `<aside>`.
 */
function inChrome(node: Node): boolean {
  for (let at = node.closest(CHROME); at; at = at.parentElement?.closest(CHROME) ?? null)
    if (!at.querySelector(ARTICLE)) return true;
  return false;
}

function text(node: { textContent: string | null } | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim().normalize('NFC');
}

function meta(doc: Doc, selector: string): string | undefined {
  return doc.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
}

function crumbsOf(doc: Doc): string[] {
  const selectors = [
    '[itemtype*="BreadcrumbList"] [itemprop="name"]',
    '.breadcrumbs a',
    '.breadcrumb a',
    '.breadcrumb li',
    'nav[aria-label*="readcrumb"] a',
    '.duong-dan a',
  ];
  for (const selector of selectors) {
    const names = [...doc.querySelectorAll(selector)].map((n) => text(n)).filter((n) => n && !HOME.test(fold(n)));
    if (names.length) return [...new Set(names)];
  }
  const section = meta(doc, 'meta[property="article:section"]');
  return section ? [section.normalize('NFC')] : [];
}

/** A WordPress post's categories, as its theme links them (twentytwentyone's `.cat-links`, block themes' post terms). */
function wordpressCategories(doc: Doc): string[] {
  const names = [...doc.querySelectorAll('a[rel~="category"], .taxonomy-category a')]
    .map((n) => text(n))
    .filter(Boolean);
  return [...new Set(names)];
}

/**
 * WordPress names the page type on <body>: a post is `single`, a page `page`; the
 * home, archives and search results (`home`, `blog`, `archive`, `search`) list posts.
 */
function wordpressBody(doc: Doc): 'post' | 'page' | 'list' | undefined {
  const classes = ` ${doc.body?.getAttribute('class') ?? ''} `;
  if (/\s(home|blog|archive|search|error404|paged)\s/.test(classes)) return 'list';
  if (/\ssingle\s/.test(classes)) return 'post';
  if (/\spage\s/.test(classes)) return 'page';
  return undefined;
}

/** Machine-readable date first, then the platform's printed line near the title. */
function dateOf(doc: Doc): string | undefined {
  const machine = [
    meta(doc, 'meta[property="article:published_time"]'),
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined,
    meta(doc, 'meta[name="DC.date.issued"]'),
    meta(doc, 'meta[itemprop="datePublished"]'),
  ];
  for (const value of machine) {
    const day = value ? dayFromIso(value) : undefined;
    if (day) return day;
  }
  const printed = doc.querySelectorAll(
    '.time, .date, .post-date, .news-date, .publish-date, .ngay-dang, .h5, .info, .meta, span, p, div',
  );
  for (const node of printed) {
    // Headers of Vietnamese portals print today's date ("Thứ Hai, 07/12/2026"): not the post's.
    if (node.children.length > 3 || inChrome(node)) continue;
    const day = dayFromLabelledLine(text(node));
    if (day) return day;
  }
  return undefined;
}

/** "Số hiệu: 12/KH-THCS", table rows and definition lists of a văn bản page, by folded label. */
function labelledFacts(doc: Doc): Record<string, string> {
  const facts: Record<string, string> = {};
  const put = (label: string, value: string) => {
    const key = fold(label.replace(/:$/, ''));
    if (key && value && key.length < 40 && !(key in facts)) facts[key] = value;
  };
  for (const row of doc.querySelectorAll('tr')) {
    const cells = [...row.querySelectorAll('th, td')];
    if (cells.length === 2) put(text(cells[0]), text(cells[1]));
  }
  for (const dt of doc.querySelectorAll('dt')) {
    const dd = dt.nextElementSibling;
    if (dd?.tagName === 'DD') put(text(dt), text(dd));
  }
  for (const li of doc.querySelectorAll('li, p')) {
    const m = /^([^:]{2,30}):\s*(.{1,200})$/.exec(text(li));
    if (
      m &&
      /\b(so|so hieu|so ky hieu|ngay ban hanh|co quan ban hanh|nguoi ky|loai van ban|ngay hieu luc)\b/.test(fold(m[1]!))
    )
      put(m[1]!, m[2]!);
  }
  return facts;
}

function httpUrl(href: string | null | undefined, base: URL): URL | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return /^https?:$/.test(url.protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

function sameHost(href: string | null | undefined, base: URL): URL | undefined {
  const url = httpUrl(href, base);
  return url?.host === base.host ? url : undefined;
}

const BYLINE = /^(tác giả|người viết|người đăng|tin, ảnh|tin và ảnh|nguồn tin)\s*:\s*(.{2,80})$/iu;

/** "Tác giả: Tổ Văn phòng" under the post; the page's meta author is the whole portal's name. */
function bylineOf(doc: Doc): string | undefined {
  for (const node of doc.querySelectorAll('p, div, span')) {
    if (node.children.length > 2) continue;
    const m = BYLINE.exec(text(node));
    if (m) return m[2];
  }
  return undefined;
}

/** The platform's sapo, which Readability often leaves out of the body. */
function sapoOf(doc: Doc): string | undefined {
  const node = doc.querySelector('.hometext, [itemprop="description"], .sapo, .summary, .news-summary, .entry-summary');
  return text(node) || undefined;
}

/**
 * Before Readability: the printed date line, the byline and the title are the
 * page's metadata, read above; left in, they would open the body.
 */
function dropMetadataLines(doc: Doc): void {
  for (const node of [...doc.querySelectorAll(`${CHROME}, .tools, .control, script, style, form`)])
    if (!node.querySelector(ARTICLE)) node.remove();
  for (const node of [...doc.querySelectorAll('span, p, div, em, small')]) {
    if (node.children.length > 3) continue;
    const line = text(node);
    if (dayFromLabelledLine(line) && line.length < 60) node.remove();
    else if (BYLINE.test(line)) node.remove();
  }
}

const FILE_LINK = /\.(pdf|docx?|xlsx?|pptx?|od[ts]|rtf|csv|txt|zip|rar|exe)$/i;

/**
 * Readability keeps prose and may drop a văn bản's "File đính kèm" row: file links of
 * the page's content area (not its menus and side blocks) missing from the body are
 * appended, so the files come along (and refused ones are reported).
 */
function missedAttachments(doc: Doc, content: string, base: URL): string {
  const links = [...doc.querySelectorAll('a[href]')].filter((a) => !inChrome(a));
  const extra = links.filter((a) => {
    const href = a.getAttribute('href') ?? '';
    // Other hosts too: EduPortal-style portals keep attachments on a file server (to-markdown.ts reports them).
    const url = httpUrl(href, base);
    return (
      url && FILE_LINK.test(url.pathname) && !content.includes(href.replace(/&/g, '&amp;')) && !content.includes(href)
    );
  });
  if (!extra.length) return '';
  const items = extra.map(
    (a) =>
      `<li><a href="${(a.getAttribute('href') ?? '').replace(/"/g, '&quot;')}">${text(a).replace(/</g, '&lt;') || 'Tệp đính kèm'}</a></li>`,
  );
  return `<p>Tệp đính kèm:</p><ul>${[...new Set(items)].join('')}</ul>`;
}

/** The platforms' post containers; `.qicontentdetail` is the body of EduPortal-style (hcm.edu.vn) posts. */
const ARTICLE =
  'article, .bodytext, #news-bodyhtml, .news-detail, .detail-content, .qicontentdetail, .entry-content, .post-content, [itemprop="articleBody"], .noi-dung, .ArticleContent';

function hasArticle(doc: Doc): boolean {
  return !!doc.querySelector(ARTICLE);
}

/**
 * Scripts and frames inside the post itself (not the page's own), and a `<base href>`
 * to another website, which would point every relative link and photo there. The base
 * is removed, or replaced by its same-origin form, before Readability resolves links.
 */
function neutralise(doc: Doc, page: URL): UnsafeCounts {
  const counts: UnsafeCounts = {};
  for (const container of doc.querySelectorAll(ARTICLE)) {
    if (container.parentElement?.closest(ARTICLE) || inChrome(container)) continue;
    addUnsafe(counts, 'script', container.querySelectorAll('script').length);
    addUnsafe(counts, 'frame', container.querySelectorAll('iframe, object, embed, frame, applet').length);
    // Readability turns `javascript:` links into plain text before to-markdown.ts could count them.
    const links = [...container.querySelectorAll('a[href]')];
    addUnsafe(counts, 'script-link', links.filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? '')).length);
  }
  const bases = [...doc.querySelectorAll('base')];
  const href = bases[0]?.getAttribute('href');
  const safe = sameOriginBase(href, page);
  if (href && safe === page && new URL(href, page).href !== page.href) addUnsafe(counts, 'foreign-base');
  for (const base of bases) base.remove();
  if (safe !== page) {
    const base = doc.createElement('base');
    base.setAttribute('href', safe.href);
    doc.head?.prepend(base);
  }
  return counts;
}

export type Extracted = { item: RawItem } | { skip: Words };

export function extractPage(html: string, pageUrl: URL, kind: Kind): Extracted {
  const { document: doc } = parseHTML(html);
  const other = notAPost(html, doc, pageUrl, hasArticle(doc));
  if (other) return { skip: other };
  const canonical = sameHost(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), pageUrl);
  const url = canonical ?? pageUrl;
  const wp = kind === 'wordpress' ? wordpressBody(doc) : undefined;
  const detail = wp
    ? wp !== 'list'
    : isDetailPage(kind, pageUrl, hasArticle(doc)) || !!(canonical && isDetailPage(kind, canonical, hasArticle(doc)));
  if (!detail) return { skip: notAPost(html, doc, pageUrl, hasArticle(doc), 'list')! };
  const wpCategories = wp === 'post' ? wordpressCategories(doc) : [];
  const crumbs = wpCategories.length ? wpCategories : crumbsOf(doc);
  const h1 = text(doc.querySelector('h1'));
  const title = (meta(doc, 'meta[property="og:title"]') ?? (h1 || text(doc.querySelector('title')))).normalize('NFC');
  const date = dateOf(doc);
  const facts = labelledFacts(doc);
  const ogImage = sameHost(meta(doc, 'meta[property="og:image"]'), pageUrl);
  // WordPress's `/?p=123` is how old posts were often linked: another address of the same post.
  const shortlink = sameHost(doc.querySelector('link[rel="shortlink"]')?.getAttribute('href'), pageUrl);
  const aliases = [pageUrl, ...(shortlink ? [shortlink] : [])].filter(
    (a, i, all) => a.href !== url.href && all.findIndex((b) => b.href === a.href) === i,
  );
  const copy = parseHTML(html).document;
  const unsafe = neutralise(copy, pageUrl);
  dropMetadataLines(copy);
  const article = new Readability(copy as unknown as Document, { keepClasses: false, charThreshold: 100 }).parse();
  if (!article?.content || !title) {
    return { skip: { vi: 'không tìm thấy nội dung chính của trang', en: 'no main content found on the page' } };
  }
  const lastCrumb = crumbs.at(-1);
  // A breadcrumb that ends with the post's own title is not a category.
  const categories = lastCrumb && fold(lastCrumb) === fold(title) ? crumbs.slice(0, -1) : crumbs;
  const section = sectionOf(url, categories);
  return {
    item: {
      url,
      aliases,
      // A WordPress page is a page of the site unless its address says công khai or văn bản.
      section: wp === 'page' && section === 'news' ? 'page' : section,
      title,
      html: article.content + missedAttachments(doc, article.content, pageUrl),
      description: (
        meta(doc, 'meta[name="description"]') ??
        meta(doc, 'meta[property="og:description"]') ??
        sapoOf(doc) ??
        article.excerpt ??
        undefined
      )?.normalize('NFC'),
      date,
      categories,
      categoriesAreTags: wpCategories.length > 0,
      facts,
      cover: ogImage ? { url: ogImage } : undefined,
      author: bylineOf(doc),
      unsafe,
    },
  };
}
