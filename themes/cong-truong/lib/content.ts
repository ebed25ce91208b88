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
