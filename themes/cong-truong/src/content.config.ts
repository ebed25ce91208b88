// Astro collections derived from content-schemas: one per registry entry, loaded
// from sites/<id>/content/<folder>/*.md. Each is listed by name (the registry stays
// the source of the folder and schema) so that pages see its own data type.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, type CollectionName } from '../../../content-schemas/index.ts';
import type { ImageFn } from '../../../content-schemas/fields.ts';

const siteDir = `${process.env.CONG_TRUONG_SITES_DIR ?? './sites'}/${process.env.CONG_TRUONG_SITE}`;

/** Astro passes `image` to every schema; the registry's factories that need it take it. */
const withImage =
  <S>(factory: (image: ImageFn) => S) =>
  ({ image }: { image: ImageFn }) =>
    factory(image);

/**
 * `retainBody: false` keeps an entry's Markdown source out of the content store: pages
 * show the rendered HTML. News is the collection that grows by hundreds a year and no
 * page reads its source, so its store (serialised, bundled and parsed by every build)
 * is about half the size. Collections whose routes test `entry.body` keep it.
 */
const loader = (name: CollectionName, retainBody = true) =>
  glob({ pattern: '*.md', base: `${siteDir}/content/${COLLECTIONS[name].folder}`, retainBody });

export const collections = {
  news: defineCollection({ loader: loader('news', false), schema: withImage(COLLECTIONS.news.schema) }),
  documents: defineCollection({ loader: loader('documents'), schema: withImage(COLLECTIONS.documents.schema) }),
  disclosures: defineCollection({ loader: loader('disclosures'), schema: withImage(COLLECTIONS.disclosures.schema) }),
  admissions: defineCollection({ loader: loader('admissions'), schema: withImage(COLLECTIONS.admissions.schema) }),
  leaders: defineCollection({ loader: loader('leaders'), schema: withImage(COLLECTIONS.leaders.schema) }),
  qa: defineCollection({ loader: loader('qa'), schema: withImage(COLLECTIONS.qa.schema) }),
  consultations: defineCollection({
    loader: loader('consultations'),
    schema: withImage(COLLECTIONS.consultations.schema),
  }),
  albums: defineCollection({ loader: loader('albums'), schema: withImage(COLLECTIONS.albums.schema) }),
  pages: defineCollection({ loader: loader('pages'), schema: withImage(COLLECTIONS.pages.schema) }),
  alerts: defineCollection({ loader: loader('alerts'), schema: withImage(COLLECTIONS.alerts.schema) }),
  menus: defineCollection({ loader: loader('menus'), schema: withImage(COLLECTIONS.menus.schema) }),
  plans: defineCollection({ loader: loader('plans'), schema: withImage(COLLECTIONS.plans.schema) }),
} satisfies Record<CollectionName, unknown>;
