/**
 * Entries as the validator reads them outside Astro (audit, redirects, liên thông,
 * tests): each collection's front matter typed by inference from its schema in the
 * registry, so readers need no casts.
 */
import { z } from 'astro/zod';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from './index.ts';

/** The validated front matter of one collection (dates are Date, optional fields optional). */
export type EntryData<C extends CollectionName> = z.output<ReturnType<(typeof COLLECTIONS)[C]['schema']>>;

type EntryOfEach = {
  [C in CollectionName]: {
    collection: C;
    /** The file name without `.md`: the URL segment. */
    slug: string;
    file: string;
    /** Typed by the collection's schema; other keys read as unknown, for code that handles every collection. */
    data: EntryData<C> & Readonly<Record<string, unknown>>;
    body: string;
  };
}[CollectionName];

/**
 * One content file after validation. `Entry` is any collection's and narrows on
 * `collection`; `Entry<'news'>` is a news entry.
 */
export type Entry<C extends CollectionName = CollectionName> = Extract<EntryOfEach, { collection: C }>;

/** A type guard for one collection's entries, e.g. `entries.filter(isEntryOf('news'))`. */
export function isEntryOf<C extends CollectionName>(collection: C): (entry: Entry) => entry is Entry<C> {
  return (entry): entry is Entry<C> => entry.collection === collection;
}

/** The collections whose schema has the field `F` (e.g. `WithField<'oldPaths'>`). */
export type WithField<F extends string> = {
  [C in CollectionName]: F extends keyof EntryData<C> ? C : never;
}[CollectionName];

/** Each collection's field names, read from its schema (the image stand-in only fills the shape). */
const FIELDS = new Map(
  COLLECTION_NAMES.map((c) => [c, new Set(Object.keys(COLLECTIONS[c].schema(() => z.string()).shape))]),
);

/**
 * Whether the entry's collection has the field `field` in its schema: narrows an
 * entry of any collection to those that do, so `entry.data[field]` is typed.
 */
export function hasField<F extends string>(entry: Entry, field: F): entry is Entry<WithField<F>> {
  return FIELDS.get(entry.collection)?.has(field) ?? false;
}
