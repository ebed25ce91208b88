/** Published entries only: drafts never reach a page, a feed or the search index. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { CollectionName } from '../../../content-schemas/index.ts';

export async function published<C extends CollectionName>(name: C): Promise<CollectionEntry<C>[]> {
  const entries = await getCollection(name);
  return entries.filter((e) => !('draft' in e.data && e.data.draft));
}

/** Newest first by the given date field. */
export function byDateDesc<T extends { data: Record<string, unknown> }>(field: string) {
  return (a: T, b: T) => (b.data[field] as Date).getTime() - (a.data[field] as Date).getTime();
}

/** A page of the `pages` collection by its key (file name), if the site has it. */
export async function pageEntry(key: string): Promise<CollectionEntry<'pages'> | undefined> {
  return (await getCollection('pages')).find((p) => p.id === key);
}

/** News newest first (notices are the `thong-bao` category of the same collection). */
export async function newsByDate(): Promise<CollectionEntry<'news'>[]> {
  return (await published('news')).sort(byDateDesc('date'));
}

/** Documents newest first by date of issue, then by reference number. */
export async function documentsByDate(): Promise<CollectionEntry<'documents'>[]> {
  return (await published('documents')).sort(
    (a, b) => b.data.issued.getTime() - a.data.issued.getTime() || a.data.number.localeCompare(b.data.number, 'vi'),
  );
}

export async function leadersInOrder(): Promise<CollectionEntry<'leaders'>[]> {
  return (await getCollection('leaders')).sort(
    (a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name, 'vi'),
  );
}
