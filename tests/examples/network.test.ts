/**
 * The example network of sites/ as built by the global setup (Sở → Phòng → two
 * schools): each school lists exactly the văn bản and notices its units addressed to
 * it (by `all`, by level, by id) and links to the originals on the units' portals; the
 * Phòng shows its schools' news and lists its schools, the Sở lists its Phòng.
 * Alerts are left to the dated fixture: the examples are built on any day.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateSite } from '../../content-schemas/validate.ts';
import { EXAMPLE_DIST, SITES_DIR } from '../helpers/paths.ts';

const SO = 'so-gddt-tphcm';
const PHONG = 'phong-vhxh-ben-thanh';
const UNITS = [SO, PHONG];
const DOMAINS = new Map(
  [...UNITS, 'thcs-nguyen-du', 'mn-hoa-sen'].map((id) => [id, validateSite(join(SITES_DIR, id)).site.domain]),
);
const domainOf = (id: string) => DOMAINS.get(id) as string;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const read = (site: string, path: string) => readFileSync(join(EXAMPLE_DIST, site, path), 'utf8');

/** Entries of another example unit that a site's /van-ban/ pages link to, as `unit id: path`. */
function upstreamLinks(site: string): string[] {
  const own = domainOf(site);
  const links = new Set<string>();
  for (const file of htmlFiles(join(EXAMPLE_DIST, site, 'van-ban'))) {
    for (const [, host, path] of readFileSync(file, 'utf8').matchAll(
      /href="https:\/\/([^/"]+)(\/(?:van-ban|tin-tuc)\/[a-z0-9-]+\/)"/g,
    )) {
      const unit = UNITS.find((id) => domainOf(id) === host);
      if (unit && host !== own) links.add(`${unit}: ${path}`);
    }
  }
  return [...links].sort();
}

describe('what the units address down the example network', () => {
  it('reaches the THCS school: the Sở to all and to thcs, the Phòng to all and to tiểu học and thcs', () => {
    expect(upstreamLinks('thcs-nguyen-du')).toEqual([
      `${PHONG}: /tin-tuc/thong-bao-hoi-khoe-phu-dong-cap-phuong-2026-2027/`,
      `${PHONG}: /van-ban/cv-274-vhxh-cong-khai-va-cong-thong-tin-2026-2027/`,
      `${SO}: /tin-tuc/thong-bao-lich-nghi-tet-nguyen-dan-dinh-mui-2027/`,
      `${SO}: /van-ban/cv-3250-sgddt-vp-nhiem-vu-nam-hoc-2026-2027/`,
      `${SO}: /van-ban/kh-3890-sgddt-thi-hoc-sinh-gioi-lop-9-2026-2027/`,
    ]);
  });

  it('reaches the preschool: the Sở to all and to mầm non, the Phòng to all and to mn-hoa-sen by id', () => {
    expect(upstreamLinks('mn-hoa-sen')).toEqual([
      `${PHONG}: /van-ban/cv-274-vhxh-cong-khai-va-cong-thong-tin-2026-2027/`,
      `${PHONG}: /van-ban/kh-286-vhxh-kiem-tra-nuoi-duong-cham-soc-tre-mn-hoa-sen/`,
      `${SO}: /tin-tuc/thong-bao-lich-nghi-tet-nguyen-dan-dinh-mui-2027/`,
      `${SO}: /van-ban/cv-3250-sgddt-vp-nhiem-vu-nam-hoc-2026-2027/`,
      `${SO}: /van-ban/cv-4015-sgddt-gdmn-an-toan-thuc-pham-bep-an-ban-tru/`,
    ]);
  });

  it("reaches the Phòng with the Sở's entries for all members only, and nothing flows up to the Sở", () => {
    expect(upstreamLinks(PHONG)).toEqual([
      `${SO}: /tin-tuc/thong-bao-lich-nghi-tet-nguyen-dan-dinh-mui-2027/`,
      `${SO}: /van-ban/cv-3250-sgddt-vp-nhiem-vu-nam-hoc-2026-2027/`,
    ]);
    expect(upstreamLinks(SO)).toEqual([]);
  });

  it('links each school to the original document and its PDF on the unit portal', () => {
    const list = read('mn-hoa-sen', 'van-ban/index.html');
    expect(list).toContain(`<tr data-from="${PHONG}">`);
    expect(list).toContain(`href="https://${domainOf(PHONG)}/tep/kh-286-vhxh-kiem-tra-mn-hoa-sen.pdf"`);
  });
});

describe('what the units show of their members', () => {
  it("the Phòng lists both schools and shows their news on its home page, linking to the schools' portals", () => {
    const members = read(PHONG, 'truong-hoc/index.html');
    for (const name of ['Trường Trung học cơ sở Nguyễn Du', 'Trường Mầm non Hoa Sen']) expect(members).toContain(name);
    const home = read(PHONG, 'index.html');
    for (const school of ['thcs-nguyen-du', 'mn-hoa-sen'])
      expect(home).toMatch(new RegExp(`href="https://${domainOf(school).replace(/\./g, '\\.')}/tin-tuc/[a-z0-9-]+/"`));
  });

  it('the Sở lists its Phòng', () => {
    expect(read(SO, 'truong-hoc/index.html')).toContain('Phòng Văn hóa - Xã hội phường Bến Thành');
  });
});
