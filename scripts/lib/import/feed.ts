/**
 * RSS 2.0 and Atom feeds → RawItems: what many old portals still publish
 * (NukeViet's `/rss/`, EduPortal's feeds), useful when no mirror can be made.
 * A feed carries the newest posts only; the report says so.
 */
import { dayFromFeed } from './vn-dates.ts';
import { sectionOf } from './detect.ts';
import { child, children, find, parseXml, textOf } from './xml-tree.ts';
import type { RawItem } from './types.ts';

export function isFeed(source: string): boolean {
  return /<(rss|feed)[\s>]/.test(source.slice(0, 3000));
}

export function readFeed(source: string, fallbackBase: string): { origin: string; items: RawItem[] } {
  const tree = parseXml(source);
  const channel = find(tree, 'channel');
  const atom = find(tree, 'feed');
  const baseText = channel
    ? textOf(channel, 'link')
    : (children(atom, 'link').find((l) => l.attrs.rel !== 'self')?.attrs.href ?? '');
  const base = new URL(baseText || fallbackBase);
  const entries = channel ? children(channel, 'item') : children(atom, 'entry');
  const items = entries.map((entry): RawItem => {
    const href = channel
      ? textOf(entry, 'link')
      : (children(entry, 'link').find((l) => !l.attrs.rel || l.attrs.rel === 'alternate')?.attrs.href ?? '');
    const url = new URL(href, base);
    const categories = children(entry, 'category')
      .map((c) => (c.attrs.term ?? c.text).trim().normalize('NFC'))
      .filter(Boolean);
    const html =
      textOf(entry, 'content:encoded') ||
      child(entry, 'content')?.text ||
      textOf(entry, 'description') ||
      textOf(entry, 'summary');
    return {
      url,
      aliases: [],
      section: sectionOf(url, categories),
      title: textOf(entry, 'title').replace(/<[^>]*>/g, ''),
      html: html.normalize('NFC'),
      date: dayFromFeed(textOf(entry, 'pubDate') || textOf(entry, 'published') || textOf(entry, 'updated')),
      categories,
      categoriesAreTags: true,
      facts: {},
    };
  });
  return { origin: base.origin, items };
}
