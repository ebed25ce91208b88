/** Small helpers shared by the rules: where things are, and who a rule applies to. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entry } from '../../content-schemas/validate.ts';
import { PAGE_ROUTES, type PageKey } from '../../content-schemas/collections/pages.ts';
import { COLLECTIONS } from '../../content-schemas/index.ts';
import type { AuditContext, Location, Severity } from './types.ts';

export function isSchool(ctx: AuditContext): boolean {
  return ctx.site?.unitType === 'truong';
}

/** State-portal layout rules (decision 2): required for a Sở, recommended for schools. */
export function stateRuleSeverity(ctx: AuditContext): Severity {
  return ctx.site?.unitType === 'so' ? 'error' : 'warning';
}

/** TT 37/2020 Điều 9 for schools, Điều 8 for a Sở or phòng. */
export function tt37(ctx: AuditContext, schoolClause: string, officeClause = 'Điều 8'): string {
  return isSchool(ctx) ? `${schoolClause} Thông tư 37/2020/TT-BGDĐT` : `${officeClause} Thông tư 37/2020/TT-BGDĐT`;
}

/** 1-based line of `key:` in a file's frontmatter (or of the first match of `needle`). */
export function lineOf(file: string, needle: string | RegExp): number | undefined {
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, 'utf8').split('\n');
  const test =
    typeof needle === 'string'
      ? (l: string) => l.startsWith(`${needle}:`) || l.includes(needle)
      : (l: string) => needle.test(l);
  const i = lines.findIndex(test);
  return i >= 0 ? i + 1 : undefined;
}

export function entryAt(ctx: AuditContext, entry: Entry, field?: string): Location {
  return { file: ctx.shown(entry.file), line: field ? lineOf(entry.file, new RegExp(`^${field}:`)) : undefined };
}

/** Where a page entry lives, whether or not it exists yet. */
export function pagePath(ctx: AuditContext, key: PageKey): string {
  return join(ctx.siteDir, 'content', COLLECTIONS.pages.folder, `${key}.md`);
}

export function pageEntry(ctx: AuditContext, key: PageKey): Entry | undefined {
  return ctx.of('pages').find((e) => e.slug === key);
}

export function pageUrl(key: PageKey): string {
  return PAGE_ROUTES[key];
}

export function siteYaml(ctx: AuditContext): Location {
  return { file: ctx.shown(join(ctx.siteDir, 'site.yaml')) };
}

export function collectionFolder(ctx: AuditContext, name: keyof typeof COLLECTIONS): string {
  return ctx.shown(join(ctx.siteDir, 'content', COLLECTIONS[name].folder));
}

/** A Markdown body with real text (not only headings, whitespace or the template marker). */
export function hasText(body: string, marker: string): boolean {
  const text = body
    .replaceAll(marker, '')
    .replace(/^#+\s.*$/gm, '')
    .replace(/[\s*_>#-]/g, '');
  return text.length > 0;
}

/** Up to `max` items, then "và N mục khác". */
export function listSome(items: readonly string[], max = 5): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} và ${items.length - max} mục khác`;
}
