/**
 * The example schools' entries that carry PDF attachments, read with the same
 * schemas the build validates (content-schemas/), so the letters take their number,
 * dates and signer from typed fields. Attachments are not required to exist: this
 * tool is what writes them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../../../content-schemas/index.ts';
import type { Entry } from '../../../content-schemas/entry.ts';
import { ContentError, problemsFromZod } from '../../../content-schemas/errors.ts';
import { nfcDeep } from '../../../content-schemas/fields.ts';

/** Collections whose attachments are letters, in the order that decides which entry a shared file follows. */
export const LETTER_COLLECTIONS = [
  'documents',
  'admissions',
  'plans',
  'consultations',
  'disclosures',
  'news',
] as const satisfies readonly CollectionName[];
export type LetterEntry = Entry<(typeof LETTER_COLLECTIONS)[number]>;

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

function readOne(collection: (typeof LETTER_COLLECTIONS)[number], file: string): LetterEntry | undefined {
  const match = FRONTMATTER.exec(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  if (!match) return undefined;
  const raw: unknown = nfcDeep(parseYaml(match[1] ?? '', { schema: 'core' }) ?? {});
  // Images are only paths here; the build checks the files.
  const schema = COLLECTIONS[collection].schema(() => z.string());
  const result = schema.safeParse(raw);
  if (!result.success)
    throw new ContentError(problemsFromZod(relative(process.cwd(), file), schema, result.error, raw));
  const slug = file.slice(file.lastIndexOf('/') + 1, -'.md'.length);
  // The collection's own schema has just parsed `data`.
  return { collection, slug, file, data: result.data, body: (match[2] ?? '').normalize('NFC') } as LetterEntry;
}

export function readLetterEntries(siteDir: string): LetterEntry[] {
  return LETTER_COLLECTIONS.flatMap((collection) => {
    const dir = join(siteDir, 'content', COLLECTIONS[collection].folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .flatMap((name) => readOne(collection, join(dir, name)) ?? []);
  });
}
