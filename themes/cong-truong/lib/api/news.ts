/** `/api/v1/tin-tuc.json`: the newest published news, with the shared copy of each cover. */
import type { ImageMetadata } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { NewsApi } from '../../../../content-schemas/api/news.ts';
import { newsPayload as build } from '../../../../content-schemas/api/payloads/news.ts';
import { absolute } from '../../../../content-schemas/api/payloads/context.ts';
import { shareImage } from '../images.ts';
import { payloadContext } from './common.ts';

async function cover(n: CollectionEntry<'news'>): Promise<NewsApi['items'][number]['cover']> {
  const c = n.data.cover;
  if (!c) return undefined;
  // The collection's image() field: Astro has already resolved it to the file's metadata.
  const image = await shareImage(c.src as ImageMetadata);
  return {
    url: absolute(payloadContext, image.src),
    width: Number(image.attributes.width),
    height: Number(image.attributes.height),
    alt: c.alt,
    caption: c.caption,
  };
}

export async function newsPayload(): Promise<NewsApi> {
  return build(payloadContext, await getCollection('news'), cover);
}
