/**
 * A Phòng or Sở site lists the units whose site.yaml names it as parent (the
 * hierarchy is data): /truong-hoc/ on the built Phòng fixture, and membersOf itself.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { membersOf } from '../../themes/cong-truong/members.ts';
import { copySite } from '../helpers/temp-site.ts';
import { FIXTURE_DIST, FIXTURE_SITES_DIR } from '../helpers/paths.ts';

const PHONG = 'phong-vhxh-dong-hoa';
const read = (site: string, path: string) => readFileSync(join(FIXTURE_DIST, site, path), 'utf8');

describe('/truong-hoc/ on a Phòng site', () => {
  it('lists its schools by level, each linked to its own portal, with phone and email', () => {
    const html = read(PHONG, 'truong-hoc/index.html');
    expect(html).toContain('<caption id="nhom-0">Trung học cơ sở (2 đơn vị)</caption>');
    const rows = [...html.matchAll(/<th scope="row"><a href="([^"]+)">([^<]+)<\/a><\/th>/g)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual([
      ['https://thcsthunghiem.hcm.edu.vn/', 'Trường Trung học cơ sở Thử Nghiệm'],
      ['https://thcstimkiem.hcm.edu.vn/', 'Trường Trung học cơ sở Tìm Kiếm'],
    ]);
    expect(html).toContain('<a href="tel:02838961234">028 3896 1234</a>');
    expect(html).toContain('<a href="mailto:thcsthunghiem@hcm.edu.vn">');
  });

  it('puts Trường học in the main menu and the text sitemap', () => {
    expect(read(PHONG, 'index.html')).toMatch(/<a href="\/truong-hoc\/"[^>]*>\s*Trường học\s*<\/a>/);
    expect(read(PHONG, 'so-do-cong/index.html')).toContain('href="/truong-hoc/"');
  });

  it('is not built for a school, whose menu has no Trường học', () => {
    expect(existsSync(join(FIXTURE_DIST, 'mini/truong-hoc'))).toBe(false);
    expect(read('mini', 'index.html')).not.toContain('/truong-hoc/');
  });
});

describe('membersOf', () => {
  it('follows parent.id, skips templates and reports sites whose site.yaml is invalid', () => {
    const mini = copySite(join(FIXTURE_SITES_DIR, 'mini'));
    cpSync(join(FIXTURE_SITES_DIR, 'thcs-tim-kiem'), join(mini.sitesDir, 'thcs-tim-kiem'), { recursive: true });
    cpSync(join(FIXTURE_SITES_DIR, 'mini'), join(mini.sitesDir, '_templates/thcs'), { recursive: true });
    const broken = join(mini.sitesDir, 'thcs-tim-kiem/site.yaml');
    writeFileSync(broken, readFileSync(broken, 'utf8').replace(/^phone: .*$/m, 'phone: không có'));
    const { members, unreadable } = membersOf(mini.sitesDir, PHONG);
    expect(members.map((m) => m.id)).toEqual(['mini']);
    expect(unreadable).toEqual(['thcs-tim-kiem']);
    expect(membersOf(mini.sitesDir, 'phong-khac').members).toEqual([]);
  });
});
