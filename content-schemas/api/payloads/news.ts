/** `/api/v1/tin-tuc.json`: the newest published news and notices. */
import { NEWS_CATEGORIES, type News } from '../../collections/news.ts';
import { NEWS_LIMIT, type NewsApi } from '../news.ts';
import { envelope, entryAddress, fileLinks, isPublished, type EntryOf, type PayloadContext } from './context.ts';
import { dayOf } from '../../calendar.ts';

type Item = NewsApi['items'][number];
/** The cover is left to the caller: Astro's image pipeline makes the shared copy. */
export type NewsEntry = EntryOf<Omit<News, 'cover'> & { cover?: { alt: string; caption?: string } }>;
export type CoverOf<E extends NewsEntry> = (entry: E) => Item['cover'] | Promise<Item['cover']>;

export function newsItem(ctx: PayloadContext, n: NewsEntry, cover?: Item['cover']): Item {
  const d = n.data;
  return {
    slug: n.id,
    title: d.title,
    description: d.description,
    date: dayOf(d.date),
    updated: d.updated && dayOf(d.updated),
    category: d.category,
    categoryLabel: NEWS_CATEGORIES[d.category],
    url: entryAddress(ctx, 'news', n.id),
    cover,
    author: d.author,
    files: fileLinks(ctx, d.files),
    audience: d.audience,
  };
}

/** Published news, newest first. */
export function newsInOrder<E extends NewsEntry>(entries: readonly E[]): E[] {
  return entries.filter(isPublished).sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
}

export async function newsPayload<E extends NewsEntry>(
  ctx: PayloadContext,
  entries: readonly E[],
  cover: CoverOf<E> = () => undefined,
): Promise<NewsApi> {
  const news = newsInOrder(entries).slice(0, NEWS_LIMIT);
  return {
    ...envelope(ctx),
    items: await Promise.all(news.map(async (n) => newsItem(ctx, n, n.data.cover ? await cover(n) : undefined))),
  };
}
