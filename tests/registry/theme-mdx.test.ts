/**
 * MDX's one job: the theme's own pages (privacy, accessibility, the editors' help), written by its
 * developers in themes/cong-truong/authored/, with the site's facts passed as props.
 * Built for real: every example and fixture site shows them with its own address;
 * editors' content stays Markdown.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSites, read } from '../theme/built-sites.ts';
import { ROOT } from '../helpers/paths.ts';
import { ROUTES_DIR, routeFiles } from './route-files.ts';

const THEME = join(ROOT, 'themes/cong-truong');
const sites = builtSites();
/** The words of some HTML, with the entities a unit's name may need ("Sở GD&ĐT") decoded. */
const text = (html: string) =>
  html
    .replace(/<\/?(?:a|span|wbr)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');
const mainOf = (html: string) => /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';

describe('theme pages written in MDX', () => {
  it('are each rendered by a route', () => {
    const routes = routeFiles()
      .map((f) => readFileSync(join(ROUTES_DIR, f), 'utf8'))
      .join('\n');
    for (const file of readdirSync(join(THEME, 'authored')).filter((f) => f.endsWith('.mdx')))
      expect(routes, file).toMatch(new RegExp(`/authored/${file}'`));
  });

  it('are the only MDX in the theme and the sites: editors write Markdown', () => {
    const mdx = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true, recursive: true })
        .filter((d) => d.isFile() && d.name.endsWith('.mdx'))
        .map((d) => join(d.parentPath, d.name));
    expect(mdx(join(ROOT, 'sites'))).toEqual([]);
    expect(mdx(THEME).every((f) => f.startsWith(join(THEME, 'authored')))).toBe(true);
    expect(readFileSync(join(THEME, 'src/content.config.ts'), 'utf8')).toContain("pattern: '*.md'");
  });

  describe.each(sites.map((s) => [s.id, s] as const))('site %s', (_id, s) => {
    it('states the privacy facts with the unit’s own address', () => {
      const page = text(mainOf(read(s, '/chinh-sach-bao-mat/')));
      expect(page).toContain('Cổng thông tin này không dùng cookie, không theo dõi người truy cập');
      expect(page).toContain(`Mọi yêu cầu về dữ liệu cá nhân xin gửi đến ${s.site.email}.`);
    });

    it('states accessibility with the access-key table and the unit’s address', () => {
      const html = mainOf(read(s, '/kha-nang-tiep-can/'));
      expect(text(html)).toContain('theo tiêu chuẩn WCAG 2.1 mức AA');
      expect(text(html)).toContain(`xin báo cho chúng tôi qua ${s.site.email}.`);
      expect(html).toMatch(/<table class="ct-table ct-table--meta"> ?<caption>Phím truy cập nhanh<\/caption>/);
      expect(html.match(/<kbd>\d<\/kbd>/g)).toHaveLength(4);
    });

    it('has the editors’ help beside the CMS, linking to it, outside visitors’ search', () => {
      const html = read(s, '/admin/huong-dan/');
      const main = mainOf(html);
      expect(text(main)).toContain(`Trang này dành cho thành viên Ban biên tập cổng thông tin ${s.site.shortName}.`);
      expect(main).toContain('<a href="/admin/">trang quản trị</a>');
      expect(main.match(/<h2 /g)?.length).toBeGreaterThanOrEqual(5);
      expect(html).not.toContain('data-pagefind-body');
    });
  });
});
