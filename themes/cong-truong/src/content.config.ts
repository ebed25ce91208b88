// Astro collections derived from content-schemas: one per registry entry, loaded
// from sites/<id>/content/<folder>/*.md. Nothing is declared twice.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS } from '../../../content-schemas/index.ts';

const siteDir = `${process.env.CONG_TRUONG_SITES_DIR ?? './sites'}/${process.env.CONG_TRUONG_SITE}`;

export const collections = Object.fromEntries(
  Object.entries(COLLECTIONS).map(([name, def]) => [
    name,
    defineCollection({
      loader: glob({ pattern: '*.md', base: `${siteDir}/content/${def.folder}` }),
      schema: ({ image }) => def.schema(image),
    }),
  ]),
);
