/** Published entries only: drafts never reach a page, a feed or the search index. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { CollectionName } from '../../../content-schemas/index.ts';
import { oncePerBuild, oncePerBuildByKey } from './build-memo.ts';

// Read once per build (build-memo.ts): layouts ask for menus, plans and alerts on every page.
const entriesOf = oncePerBuildByKey((name: CollectionName) => getCollection(name));
const publishedOf = oncePerBuildByKey(async (name: CollectionName) =>
  (await entriesOf(name)).filter((e) => !('draft' in e.data && e.data.draft)),
);

/** Every entry of a collection, drafts included; a fresh array, so callers may sort it. */
export async function allEntries<C extends CollectionName>(name: C): Promise<CollectionEntry<C>[]> {
  return [...((await entriesOf(name)) as CollectionEntry<C>[])];
}

/** A fresh array, so callers may sort it. */
export async function published<C extends CollectionName>(name: C): Promise<CollectionEntry<C>[]> {
  return [...((await publishedOf(name)) as CollectionEntry<C>[])];
}

/** Newest first by the given date field. */
export function byDateDesc<T extends { data: Record<string, unknown> }>(field: string) {
  return (a: T, b: T) => (b.data[field] as Date).getTime() - (a.data[field] as Date).getTime();
}

/** A page of the `pages` collection by its key (file name), if the site has it. */
export async function pageEntry(key: string): Promise<CollectionEntry<'pages'> | undefined> {
  return (await entriesOf('pages')).find((p) => p.id === key) as CollectionEntry<'pages'> | undefined;
}

const newsSorted = oncePerBuild(async () => (await published('news')).sort(byDateDesc('date')));

/** News newest first (notices are the `thong-bao` category of the same collection). */
export async function newsByDate(): Promise<CollectionEntry<'news'>[]> {
  return [...(await newsSorted())];
}

/** Documents newest first by date of issue, then by reference number. */
export async function documentsByDate(): Promise<CollectionEntry<'documents'>[]> {
  return (await published('documents')).sort(
    (a, b) => b.data.issued.getTime() - a.data.issued.getTime() || a.data.number.localeCompare(b.data.number, 'vi'),
  );
}

export async function leadersInOrder(): Promise<CollectionEntry<'leaders'>[]> {
  return (await allEntries('leaders')).sort(
    (a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name, 'vi'),
  );
}
