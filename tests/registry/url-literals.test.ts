/**
 * The registry (content-schemas/index.ts) is the one place a collection's URL is
 * written: routes, components, the theme's libraries, layouts, MDX pages and scripts ask it
 * (listUrl, entryUrl, sectionUrl and the named helpers in content-schemas/urls.ts)
 * instead of writing `/tin-tuc/` by hand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';
import { SECTION_URLS, urlLiterals } from './url-literals.ts';

const SCANNED = [
  'themes/cong-truong/routes',
  'themes/cong-truong/components',
  'themes/cong-truong/lib',
  'themes/cong-truong/layouts',
  // The theme's own MDX pages (the editors' help quotes an entry's address).
  'themes/cong-truong/authored',
  'scripts',
];

/** Files that must keep a literal, each with the reason. */
const ALLOWED: Record<string, string> = {
  // The bench's Hugo site is a separate site with its own template, built only to compare speed.
  'scripts/bench/hugo.ts': 'the Hugo comparison site writes its own template',
};

function sourceFiles(): string[] {
  return SCANNED.flatMap((dir) =>
    readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && /\.(ts|mts|mjs|astro|mdx)$/.test(d.name))
      .map((d) => relative(ROOT, join(d.parentPath, d.name))),
  ).sort();
}

describe('section URLs of the registry are not written by hand', () => {
  it('finds the literals it is meant to find, and only those', () => {
    expect(SECTION_URLS).toContain('/tin-tuc/');
    expect(SECTION_URLS).toContain('/gioi-thieu/lanh-dao/');
    const hits = (s: string) => urlLiterals(s).length;
    expect(hits(`crumbs={[{ label: t('news.title'), href: '/tin-tuc/' }]}`)).toBe(1);
    expect(hits('<a href="/hoi-dap/">Hỏi đáp</a>')).toBe(1);
    expect(hits('base={`/van-ban/loai/${type}/`}')).toBe(1);
    expect(hits("fix: 'ví dụ /tin-tuc/ten-bai/'")).toBe(1);
    expect(hits('const ARTICLE = /^\\/(tin-tuc|van-ban)\\/[^/]+\\/$/;')).toBe(1);
    expect(hits("join(siteDir, 'content/tin-tuc/a.md')")).toBe(0);
    expect(hits("export const MEMBER_STATUS_PATH = '/truong-hoc/cong-khai/';")).toBe(0);
    expect(hits("readPayload(builtDir, 'tin-tuc')")).toBe(0);
    expect(hits('// /tin-tuc/<slug>/: one news item')).toBe(0);
    expect(hits(' * `/tin-tuc/a/` on the portal')).toBe(0);
  });

  it('leaves none in routes, components, lib, layouts, authored pages or scripts', () => {
    const found = sourceFiles()
      .filter((f) => !Object.hasOwn(ALLOWED, f))
      .flatMap((f) => urlLiterals(readFileSync(join(ROOT, f), 'utf8')).map((l) => `${f}:${l.line}: ${l.text}`));
    expect(
      found,
      'write listUrl(collection), entryUrl(collection, slug), sectionUrl(collection, …) or a named helper of content-schemas/urls.ts instead',
    ).toEqual([]);
  });

  it('allows only files that exist and still need it', () => {
    for (const file of Object.keys(ALLOWED)) {
      expect(sourceFiles(), file).toContain(file);
      expect(
        urlLiterals(readFileSync(join(ROOT, file), 'utf8')).length,
        `${file} no longer needs its exception`,
      ).toBeGreaterThan(0);
    }
  });
});
