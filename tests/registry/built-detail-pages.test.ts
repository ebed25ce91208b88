/**
 * Every detail page the example and fixture sites built sits where the registry's
 * pattern puts it, and says so in its canonical link; every published entry of a
 * collection with detail pages has one, and nothing else lives beside them.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  COLLECTIONS,
  DETAIL_COLLECTIONS,
  hasDetailPages,
  RESERVED_SLUGS,
  type DetailCollection,
} from '../../content-schemas/index.ts';
import { entryUrl } from '../../content-schemas/urls.ts';
import { builtSites, exists, isDraft, read, type BuiltSite } from '../theme/built-sites.ts';

const sites = builtSites();

/** The folders the build wrote under a pattern's section (`/tin-tuc/<x>/`), reserved segments left out. */
function builtSlugs(s: BuiltSite, collection: DetailCollection): string[] {
  const section = COLLECTIONS[collection].detail.replace('[slug]/', '');
  const dir = join(s.dist, section);
  const reserved: readonly string[] = RESERVED_SLUGS;
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !reserved.includes(d.name) && exists(s, `${section}${d.name}/`))
    .map((d) => d.name)
    .sort();
}

describe.each(sites.map((s) => [s.id, s] as const))('site %s', (_id, s) => {
  const present = DETAIL_COLLECTIONS.filter((c) => s.entries.some((e) => e.collection === c && !isDraft(e)));

  it('builds exactly one page per published entry, at its registry URL', () => {
    expect(present.length).toBeGreaterThan(0);
    for (const c of present) {
      const slugs = s.entries
        .filter((e) => e.collection === c && !isDraft(e))
        .map((e) => e.slug)
        .sort();
      expect(builtSlugs(s, c), `${c}: ${COLLECTIONS[c].detail}`).toEqual(slugs);
    }
  });

  it('names the registry URL as the canonical address of every detail page', () => {
    for (const e of s.entries) {
      if (isDraft(e) || !hasDetailPages(e.collection)) continue;
      const url = entryUrl(e.collection, e.slug);
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(read(s, url))?.[1];
      expect(canonical && new URL(canonical).pathname, url).toBe(url);
    }
  });
});
