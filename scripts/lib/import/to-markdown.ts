/**
 * The main content's HTML → the Markdown body of an entry. Photos and attachments
 * are fetched and their links pointed at the site's own copies; the rest goes
 * through the theme's own HTML allow-list (themes/cong-truong/lib/sanitize.ts, so
 * `javascript:` links, scripts, iframes and Word's markup go), then rehype-remark
 * with GFM tables, and NFC.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import rehypeRemark from 'rehype-remark';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { sanitizeSchema } from '../../../themes/cong-truong/lib/sanitize.ts';
import type { AssetStore } from './assets.ts';
import { isAttachmentName, isImageName } from './file-checks.ts';
import { fold } from './fold.ts';
import type { Words } from './types.ts';
import { unsafeIn, type UnsafeCounts } from './unsafe-markup.ts';

export interface Converted {
  markdown: string;
  /** Attachments linked from the body, in order, for the entry's `files`. */
  files: { title: string; file: string }[];
  /** Images whose old page gave no usable alt text (a placeholder was written). */
  imagesWithoutAlt: string[];
  /** Photos and files that could not be brought over, with why. */
  missing: { url: string; reason: Words }[];
  /** Files of media/ and public/tep/ the body uses, relative to the site folder. */
  assets: string[];
  /** A cover photo shown apart from the body (WordPress's featured image), when it is not in the body already. */
  cover?: { src: string; alt: string };
  /** Scripts, handlers and other unsafe markup the allow-list removed (unsafe-markup.ts). */
  unsafe: UnsafeCounts;
}

/** The platform's cover photo, stored like the body's; its alt text is a placeholder to review. */
export async function addCover(
  out: Converted,
  cover: { url: URL; alt?: string } | undefined,
  store: AssetStore,
  title: string,
): Promise<void> {
  if (!cover) return;
  const stored = await store.image(cover.url);
  if ('reason' in stored) {
    out.missing.push({ url: cover.url.href, reason: stored.reason });
    return;
  }
  if (out.assets.includes(stored.rel)) return;
  const alt = usableAlt(cover.alt);
  if (!alt) out.imagesWithoutAlt.push(cover.url.href);
  out.assets.push(stored.rel);
  out.cover = { src: stored.path, alt: alt ?? `Ảnh đại diện bài «${title.slice(0, 150)}»` };
}

const PAGE_EXT = /\.(html?|php|aspx?|jsp|cfm)$/i;

function resolve(href: unknown, base: URL): URL | undefined {
  if (typeof href !== 'string' || !href.trim()) return undefined;
  try {
    const url = new URL(href.trim(), base);
    return /^https?:$/.test(url.protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

function textOf(node: Element): string {
  let out = '';
  visit(node, 'text', (t) => void (out += t.value));
  return out.replace(/\s+/g, ' ').trim();
}

/** Why a photo could not come along, in the words an editor needs. */
function notBroughtOver(src: string) {
  if (/^file:/i.test(src)) {
    return {
      vi: 'ảnh dán từ Word còn trỏ vào máy tính của người soạn (file:///…), cổng cũ cũng không hiện được: chèn lại ảnh gốc',
      en: "a photo pasted from Word still points at the author's computer (file:///…), the old portal could not show it either: insert the original photo",
    };
  }
  return {
    vi: 'ảnh ở trang web khác hoặc không phải tệp ảnh: tải về rồi chèn lại',
    en: 'a photo from another website or not a photo file: download it and insert it again',
  };
}

/**
 * Words portals put in every photo's alt or title that say nothing about the photo:
 * EduPortal-style portals give each body photo `title="Nhấn vào ảnh để phóng to"`
 * ("click to enlarge") and each cover `alt="Ảnh đại diện"`.
 */
const GENERIC_ALT =
  /^(nhan (vao )?(anh|hinh) de (phong to|xem anh lon)|click (to|de) (enlarge|zoom|phong to)|anh dai dien|hinh dai dien|anh minh hoa|hinh anh|logo)$/;

/** An attachment linked on another host: the import reads only the old portal's own origin. */
function elsewhere(url: URL): Words {
  return {
    vi: `tệp đính kèm ở máy chủ khác (${url.host}) nên không tải về; bài vẫn liên kết tới đó, nhưng liên kết sẽ hỏng khi cổng cũ đóng. Cách sửa: nếu đó là máy chủ tệp của chính cổng cũ, chạy lại lệnh với --files ${url.origin}; nếu không, tải tệp về rồi đính kèm lại vào bài`,
    en: `an attachment on another host (${url.host}), so it was not fetched; the entry still links there, but the link breaks when the old portal closes. Fix: if it is the old portal's own file server, run again with --files ${url.origin}; otherwise download the file and attach it to the entry again`,
  };
}

/** An alt that only repeats a file name ("IMG_2031.JPG", "anh1.jpg") or the portal's UI says nothing. */
function usableAlt(alt: unknown): string | undefined {
  if (typeof alt !== 'string') return undefined;
  const clean = alt.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (
    !clean ||
    /\.(jpe?g|png|gif|webp)$/i.test(clean) ||
    /^(img|dsc|image|anh|hinh|photo)[\s_-]*\d*$/i.test(fold(clean).replace(/ /g, '_')) ||
    GENERIC_ALT.test(fold(clean).replace(/[.!…]+$/, ''))
  )
    return undefined;
  return clean.slice(0, 250);
}

/** A caption under the photo: figcaption, or NukeViet's `<em>` note right after it. */
function captionNear(parent: Element | undefined): string | undefined {
  if (!parent) return undefined;
  const figcaption = parent.children.find((c): c is Element => c.type === 'element' && c.tagName === 'figcaption');
  return figcaption ? textOf(figcaption) || undefined : undefined;
}

async function localiseAssets(tree: Root, base: URL, store: AssetStore, title: string, out: Converted): Promise<void> {
  const jobs: Promise<void>[] = [];
  visit(tree, 'element', (node, _index, parent) => {
    if (node.tagName === 'img') {
      const src = String(node.properties.src ?? node.properties.dataSrc ?? '');
      const url = resolve(src, base);
      jobs.push(
        (async () => {
          const stored = src.startsWith('data:')
            ? await store.inline(src)
            : url && (url.host === base.host || store.readsElsewhere(url))
              ? await store.image(url)
              : undefined;
          if (!stored || 'reason' in stored) {
            const shown = src.startsWith('data:') ? `${src.slice(0, 30)}…` : (url?.href ?? src);
            out.missing.push({
              url: shown,
              reason: stored && 'reason' in stored ? stored.reason : notBroughtOver(src),
            });
            node.tagName = 'span';
            node.properties = {};
            return;
          }
          const alt =
            usableAlt(node.properties.alt) ??
            usableAlt(node.properties.title) ??
            usableAlt(captionNear(parent as Element | undefined));
          if (!alt) out.imagesWithoutAlt.push(url?.href ?? `${src.slice(0, 30)}…`);
          out.assets.push(stored.rel);
          node.properties = { src: stored.path, alt: alt ?? `Ảnh minh họa bài «${title.slice(0, 150)}»` };
        })(),
      );
    }
    if (node.tagName === 'a') {
      const url = resolve(node.properties.href, base);
      if (!url) {
        // A `javascript:`, `vbscript:` or `data:` link keeps its words, not an empty link.
        if (
          /^[\s\u0000-\u001f]*[a-z][\w+.\-\s]*:/i.test(String(node.properties.href ?? '')) &&
          !/^\s*(mailto|tel):/i.test(String(node.properties.href))
        ) {
          node.tagName = 'span';
          node.properties = {};
        }
        return;
      }
      if (url.host !== base.host && !store.readsElsewhere(url)) {
        // EduPortal-style portals keep attachments on a file server of their own (another host).
        if (isAttachmentName(url.pathname)) out.missing.push({ url: url.href, reason: elsewhere(url) });
        node.properties = { href: url.href };
        return;
      }
      if (!isAttachmentName(url.pathname) && /\.[a-z0-9]{2,5}$/i.test(url.pathname) && !PAGE_EXT.test(url.pathname)) {
        // A link to a file type the portal may not publish (.exe, .zip…): its text stays, the link goes.
        out.missing.push({
          url: url.href,
          reason: {
            vi: 'loại tệp không được đăng trên cổng (chỉ pdf, docx, doc, odt, rtf, txt, xlsx, xls, ods, csv, pptx). Cách sửa: nếu tệp cần thiết, đổi sang PDF rồi đính kèm lại vào bài',
            en: 'a file type the portal may not publish (only pdf, docx, doc, odt, rtf, txt, xlsx, xls, ods, csv, pptx). Fix: if the file is needed, save it as PDF and attach it to the entry again',
          },
        });
        node.tagName = 'span';
        node.properties = {};
        return;
      }
      if (isAttachmentName(url.pathname)) {
        jobs.push(
          (async () => {
            const stored = await store.attachment(url);
            if ('reason' in stored) {
              out.missing.push({ url: url.href, reason: stored.reason });
              node.tagName = 'span';
              node.properties = {};
              return;
            }
            node.properties = { href: stored.path };
            out.assets.push(stored.rel);
            if (!out.files.some((f) => f.file === stored.path))
              out.files.push({ title: textOf(node) || stored.path.slice(5), file: stored.path });
          })(),
        );
        return;
      }
      if (url.host !== base.host) {
        node.properties = { href: url.href };
        return;
      }
      // Links to other pages of the old portal: their redirect pages (or the nginx map) lead on.
      node.properties = { href: `${url.pathname}${url.search}${url.hash}` };
    }
  });
  await Promise.all(jobs);
}

/**
 * Word and most portal editors make tables without header cells; GFM needs a header
 * row, and screen readers need `th`: the first row becomes the header.
 */
function promoteHeaderRows(tree: Root): void {
  visit(tree, 'element', (table) => {
    if (table.tagName !== 'table') return;
    let first: Element | undefined;
    visit(table, 'element', (row) => {
      if (!first && row.tagName === 'tr') first = row;
    });
    const cells = first?.children.filter((c): c is Element => c.type === 'element') ?? [];
    if (cells.length && cells.every((c) => c.tagName === 'td')) cells.forEach((c) => (c.tagName = 'th'));
  });
  // A header cell is bold already: Word's <b> inside it would print as **…** in the table.
  visit(tree, 'element', (cell) => {
    if (cell.tagName !== 'th') return;
    visit(cell, 'element', (node, index, parent) => {
      if ((node.tagName === 'b' || node.tagName === 'strong') && parent && index !== undefined) {
        parent.children.splice(index, 1, ...node.children);
        return index;
      }
      return undefined;
    });
  });
}

/**
 * The page's title is its only h1, and headings may not skip a level (WCAG 1.3.1, and
 * the HTML checker flags it): an old body's h1 becomes h2, an h4 right after an h2
 * becomes h3.
 */
function levelHeadings(tree: Root): void {
  let previous = 1;
  visit(tree, 'element', (node) => {
    const m = /^h([1-6])$/.exec(node.tagName);
    if (!m) return;
    const level = Math.min(Math.max(2, Number(m[1])), previous + 1);
    node.tagName = `h${level}`;
    previous = level;
  });
}

export async function htmlToMarkdown(html: string, base: URL, store: AssetStore, title: string): Promise<Converted> {
  const out: Converted = { markdown: '', files: [], imagesWithoutAlt: [], missing: [], assets: [], unsafe: {} };
  const tree = fromHtml(html.normalize('NFC'), { fragment: true }) as Root;
  out.unsafe = unsafeIn(tree, base);
  await localiseAssets(tree, base, store, title, out);
  promoteHeaderRows(tree);
  levelHeadings(tree);
  const processor = unified()
    .use(rehypeSanitize, { ...sanitizeSchema, protocols: { ...sanitizeSchema.protocols, src: [] } })
    .use(rehypeRemark)
    .use(remarkGfm)
    .use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-' });
  const mdast = await processor.run(tree);
  const markdown = processor.stringify(mdast as Parameters<typeof processor.stringify>[0]);
  out.markdown = String(markdown)
    .normalize('NFC')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return out;
}
