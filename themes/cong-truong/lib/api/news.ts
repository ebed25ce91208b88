/** `/api/v1/tin-tuc.json`: the newest published news, with the shared copy of each cover. */
import type { ImageMetadata } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { NEWS_LIMIT, type NewsApi } from '../../../../content-schemas/api/news.ts';
import { NEWS_CATEGORIES } from '../../../../content-schemas/collections/news.ts';
import { newsByDate } from '../content.ts';
import { dayOf } from '../dates.ts';
import { shareImage } from '../images.ts';
import { entryUrl } from '../urls.ts';
import { absolute, envelope, fileLinks } from './common.ts';

type Item = NewsApi['items'][number];

async function cover(c: NonNullable<CollectionEntry<'news'>['data']['cover']>): Promise<Item['cover']> {
  // The collection's image() field: Astro has already resolved it to the file's metadata.
  const image = await shareImage(c.src as ImageMetadata);
  return { url: absolute(image.src), width: Number(image.attributes.width), height: Number(image.attributes.height), alt: c.alt, caption: c.caption };
}

async function item(n: CollectionEntry<'news'>): Promise<Item> {
  const d = n.data;
  return {
    slug: n.id,
    title: d.title,
    description: d.description,
    date: dayOf(d.date),
    updated: d.updated && dayOf(d.updated),
    category: d.category,
    categoryLabel: NEWS_CATEGORIES[d.category],
    url: absolute(entryUrl('news', n.id)),
    cover: d.cover && (await cover(d.cover)),
    author: d.author,
    files: fileLinks(d.files),
  };
}

export async function newsPayload(): Promise<NewsApi> {
  const news = (await newsByDate()).slice(0, NEWS_LIMIT);
  return { ...envelope(), items: await Promise.all(news.map(item)) };
}
