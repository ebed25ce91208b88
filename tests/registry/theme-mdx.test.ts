/**
 * MDX's one job: the theme's own pages (privacy, accessibility), written by its
 * developers in themes/cong-truong/authored/, with the site's facts passed as props.
 * Built for real: every example and fixture site shows them with its own address;
 * editors' content stays Markdown.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSites, read } from '../theme/built-sites.ts';
import { ROOT } from '../helpers/paths.ts';

const THEME = join(ROOT, 'themes/cong-truong');
const sites = builtSites();
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const mainOf = (html: string) => /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';

describe('theme pages written in MDX', () => {
  it('are each rendered by a route', () => {
    const routes = ['chinh-sach-bao-mat.astro', 'kha-nang-tiep-can.astro'].map((f) => readFileSync(join(THEME, 'routes', f), 'utf8')).join('\n');
    for (const file of readdirSync(join(THEME, 'authored')).filter((f) => f.endsWith('.mdx'))) expect(routes, file).toContain(`../authored/${file}`);
  });

  it('are the only MDX in the theme and the sites: editors write Markdown', () => {
    const mdx = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true, recursive: true }).filter((d) => d.isFile() && d.name.endsWith('.mdx')).map((d) => join(d.parentPath, d.name));
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
  });
});
