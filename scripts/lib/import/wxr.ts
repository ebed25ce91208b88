/**
 * A WordPress export (WXR: Tools → Export → All content) → RawItems. Published posts
 * and pages are read; drafts, revisions and menu items are skipped with the reason.
 * Each post's old addresses are its permalink and WordPress's own `/?p=<id>`
 * (`/?page_id=<id>` for pages), which needs the nginx map.
 */
import { dayFromFeed } from './vn-dates.ts';
import { sectionOf } from './detect.ts';
import { children, find, parseXml, textOf, type XmlNode } from './xml-tree.ts';
import type { RawItem, Skipped } from './types.ts';

export function isWxr(source: string): boolean {
  return /<rss[\s\S]{0,2000}xmlns:wp=|<wp:wxr_version>/.test(source.slice(0, 5000));
}

function urlOr(value: string, base: URL): URL | undefined {
  try {
    return value ? new URL(value, base) : undefined;
  } catch {
    return undefined;
  }
}

export function readWxr(source: string): { origin: string; items: RawItem[]; skipped: Skipped[] } {
  const tree = parseXml(source);
  const channel = find(tree, 'channel');
  const base = new URL(textOf(channel, 'wp:base_blog_url') || textOf(channel, 'link') || 'http://cong-cu.invalid/');
  const all = children(channel, 'item');
  const attachments = new Map(
    all
      .filter((i) => textOf(i, 'wp:post_type') === 'attachment')
      .map((i) => [textOf(i, 'wp:post_id'), textOf(i, 'wp:attachment_url')]),
  );
  const items: RawItem[] = [];
  const skipped: Skipped[] = [];
  for (const item of all) {
    const type = textOf(item, 'wp:post_type');
    const link = textOf(item, 'link');
    if (type === 'attachment') continue;
    if (type !== 'post' && type !== 'page') {
      skipped.push({
        url: link || textOf(item, 'guid'),
        reason: {
          vi: `loại nội dung WordPress «${type}» không nhập`,
          en: `WordPress content type "${type}" is not imported`,
        },
      });
      continue;
    }
    if (textOf(item, 'wp:status') !== 'publish') {
      skipped.push({
        url: link,
        reason: {
          vi: `bài ở trạng thái «${textOf(item, 'wp:status')}», chưa đăng trên cổng cũ`,
          en: `status "${textOf(item, 'wp:status')}", not published on the old portal`,
        },
      });
      continue;
    }
    items.push(toItem(item, type, base, attachments));
  }
  return { origin: base.origin, items, skipped };
}

function toItem(item: XmlNode, type: string, base: URL, attachments: Map<string, string>): RawItem {
  const id = textOf(item, 'wp:post_id');
  const url = urlOr(textOf(item, 'link'), base) ?? new URL(`/?p=${id}`, base);
  const short = new URL(type === 'page' ? `/?page_id=${id}` : `/?p=${id}`, base);
  const categories = children(item, 'category')
    .filter((c) => c.attrs.domain === 'category')
    .map((c) => c.text.trim().normalize('NFC'));
  const thumbnail = children(item, 'wp:postmeta').find((m) => textOf(m, 'wp:meta_key') === '_thumbnail_id');
  const coverUrl = thumbnail ? urlOr(attachments.get(textOf(thumbnail, 'wp:meta_value')) ?? '', base) : undefined;
  const section = type === 'page' ? 'page' : sectionOf(url, categories);
  const html = textOf(item, 'content:encoded');
  return {
    url,
    aliases: short.href === url.href ? [] : [short],
    section,
    title: textOf(item, 'title'),
    // WordPress stores paragraphs as blank lines (wpautop), not <p>.
    html: /<p[\s>]/i.test(html)
      ? html
      : html
          .split(/\n\s*\n/)
          .map((p) => `<p>${p}</p>`)
          .join('\n'),
    description: textOf(item, 'excerpt:encoded').replace(/<[^>]*>/g, '') || undefined,
    date: dayFromFeed(textOf(item, 'wp:post_date')) ?? dayFromFeed(textOf(item, 'pubDate')),
    categories,
    categoriesAreTags: true,
    facts: {},
    cover: coverUrl ? { url: coverUrl } : undefined,
    author: undefined,
  };
}
