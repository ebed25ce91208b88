/**
 * Liên thông as visitors see it, on the real build of the three-level fixture
 * (tests/fixtures/network: Sở → Phòng → a tiểu học and a THCS): what the units
 * addressed reaches exactly the addressed sites (home block, /van-ban/ and its filter
 * pages, alert banner), by reference to the unit's portal; the Phòng shows its
 * schools' news and their công khai status, laggards first.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { visibleText } from '../../scripts/audit/html.ts';
import {
  EMPTY_NETWORK,
  type AlertItem,
  type FromUnit,
  type MemberFeed,
  type Network,
  type UnitRef,
} from '../../content-schemas/network.ts';
import { memberOffices, memberStatusRows, upstreamAlertsInForce } from '../../themes/cong-truong/lib/network-view.ts';
import { NETWORK_DIST } from '../helpers/paths.ts';
import { networkOf } from './network-of.ts';

const SO = 'so-gddt-thu-nghiem';
const PHONG = 'phong-vhxh-thu-nghiem';
const TH = 'th-thu-nghiem';
const THCS = 'thcs-thu-nghiem';
const SITES = [SO, PHONG, TH, THCS];
const ORIGIN: Record<string, string> = {
  [SO]: 'https://sogddt.thunghiem.edu.vn',
  [PHONG]: 'https://vhxh-hoabinh.thunghiem.edu.vn',
  [TH]: 'https://thhoabinh.thunghiem.edu.vn',
  [THCS]: 'https://thcshoabinh.thunghiem.edu.vn',
};

/** An element of a built page (parse5, as the audit reads pages): its attributes and outer HTML. */
interface El {
  name: string;
  attrs: Record<string, string>;
  html: string;
  start: number;
  end: number;
}

function elements(html: string): El[] {
  const out: El[] = [];
  const walk = (node: DefaultTreeAdapterTypes.ParentNode) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      const loc = child.sourceCodeLocation;
      if (loc)
        out.push({
          name: child.tagName,
          attrs: Object.fromEntries(child.attrs.map((a) => [a.name, a.value])),
          html: html.slice(loc.startOffset, loc.endOffset),
          start: loc.startOffset,
          end: loc.endOffset,
        });
      walk(child);
    }
  };
  walk(parse(html, { sourceCodeLocationInfo: true }));
  return out;
}

/** A page of the built site, parsed. */
function page(site: string, path: string): El[] {
  const file = join(NETWORK_DIST, site, path.endsWith('/') ? `${path}index.html` : path);
  return elements(readFileSync(file, 'utf8'));
}
const exists = (site: string, path: string) => existsSync(join(NETWORK_DIST, site, path));
const json = <T>(site: string, path: string) => JSON.parse(readFileSync(join(NETWORK_DIST, site, path), 'utf8')) as T;
/** Elements named `name` inside `outer` (by source offsets), optionally with an attribute. */
const within = (els: El[], outer: El | undefined, name: string, attr?: string) =>
  outer
    ? els.filter((e) => e.start > outer.start && e.end <= outer.end && e.name === name && (!attr || attr in e.attrs))
    : [];
const hrefs = (els: El[], outer?: El) =>
  (outer ? within(els, outer, 'a') : els.filter((e) => e.name === 'a')).map((a) => a.attrs.href ?? '');
const text = (el: El | undefined) => (el ? visibleText(el.html) : '');
/** The home-page block whose heading has this id. */
const homeBlock = (els: El[], id: string) => els.find((e) => e.name === 'section' && e.attrs['aria-labelledby'] === id);
const banner = (els: El[]) => els.find((e) => e.name === 'section' && e.attrs['aria-label'] === 'Thông báo khẩn');
const days = (els: El[], outers: El[]) => outers.map((o) => within(els, o, 'time')[0]?.attrs.datetime ?? '');
const newestFirst = (xs: string[]) => [...xs].sort().reverse();

/** Body rows of the văn bản table on every page of a paginated list (`base` and `base/trang/<n>/`). */
function listRows(site: string, base: string): { els: El[]; rows: El[] }[] {
  const more = exists(site, `${base}trang`)
    ? readdirSync(join(NETWORK_DIST, site, `${base}trang`)).map((n) => `${base}trang/${n}/`)
    : [];
  return [base, ...more].map((p) => {
    const els = page(site, p);
    return { els, rows: els.filter((e) => e.name === 'tbody').flatMap((b) => within(els, b, 'tr')) };
  });
}
const listLinks = (site: string, base: string) =>
  listRows(site, base).flatMap(({ els, rows }) => rows.flatMap((r) => hrefs(els, r)));

/** Addressed văn bản of the fixture: the original's URL and who must show it (all, by level, by id, none). */
const DOCUMENTS: { url: string; from: string; level: string; to: string[]; file?: string }[] = [
  {
    url: `${ORIGIN[SO]}/van-ban/huong-dan-nhiem-vu-nam-hoc-2026-2027/`,
    from: SO,
    level: 'so',
    to: [PHONG, TH, THCS],
    file: `${ORIGIN[SO]}/tep/huong-dan-nhiem-vu-2026-2027.pdf`,
  },
  {
    url: `${ORIGIN[SO]}/van-ban/ke-hoach-thi-hoc-sinh-gioi-lop-9/`,
    from: SO,
    level: 'so',
    to: [THCS],
    file: `${ORIGIN[SO]}/tep/huong-dan-nhiem-vu-2026-2027.pdf`,
  },
  {
    url: `${ORIGIN[PHONG]}/van-ban/kiem-tra-cong-khai-truong-tieu-hoc/`,
    from: PHONG,
    level: 'xa-phuong',
    to: [TH],
    file: `${ORIGIN[PHONG]}/tep/kiem-tra-cong-khai-2026.pdf`,
  },
  { url: `${ORIGIN[SO]}/van-ban/quyet-dinh-kien-toan-van-phong-so/`, from: SO, level: 'so', to: [] },
  { url: `${ORIGIN[PHONG]}/van-ban/ke-hoach-cong-tac-thang-12/`, from: PHONG, level: 'xa-phuong', to: [] },
];
const NOTICES: { url: string; to: string[] }[] = [
  { url: `${ORIGIN[SO]}/tin-tuc/thong-bao-tap-huan-giao-vien-tieu-hoc/`, to: [TH] },
  { url: `${ORIGIN[PHONG]}/tin-tuc/thong-bao-lich-nghi-tet-nguyen-dan/`, to: [TH, THCS] },
  { url: `${ORIGIN[PHONG]}/tin-tuc/thong-bao-hoi-thi-giao-vien-day-gioi-thcs/`, to: [THCS] },
  { url: `${ORIGIN[SO]}/tin-tuc/hoi-nghi-chuyen-doi-so-nganh-giao-duc/`, to: [] },
];
const SHORT_NAME: Record<string, string> = { [SO]: 'Sở GD&ĐT Thử Nghiệm', [PHONG]: 'Phòng VH-XH phường Hòa Bình' };

describe('văn bản and notices sent down the hierarchy', () => {
  it('finds the four fixture sites built', () => {
    for (const site of SITES) expect(exists(site, 'index.html'), site).toBe(true);
  });

  it.each(DOCUMENTS.map((d) => [d.url, d] as const))(
    '%s is on the home block, /van-ban/ and the filter pages of exactly the addressed sites',
    (url, d) => {
      for (const site of SITES.filter((s) => s !== d.from)) {
        const addressed = d.to.includes(site);
        const home = page(site, '/');
        expect(hrefs(home, homeBlock(home, 'ct-cap-tren')).includes(url), `${site} home`).toBe(addressed);
        expect(listLinks(site, '/van-ban/').includes(url), `${site} /van-ban/`).toBe(addressed);
        for (const base of [`/van-ban/co-quan/${d.level}/`, '/van-ban/co-quan/cap-tren/']) {
          if (addressed) expect(exists(site, base), `${site}${base}`).toBe(true);
          if (!exists(site, base)) continue;
          const links = base.endsWith('cap-tren/') ? hrefs(page(site, base)) : listLinks(site, base);
          expect(links.includes(url), `${site}${base}`).toBe(addressed);
        }
      }
    },
  );

  it("marks a unit's văn bản as the unit's, with its issuer level and the original's files, and copies nothing", () => {
    const { els, rows } = listRows(TH, '/van-ban/')[0]!;
    const row = rows.find((r) => hrefs(els, r).includes(DOCUMENTS[0]!.url));
    expect(text(row)).toContain(`Văn bản của ${SHORT_NAME[SO]}`);
    expect(text(row)).toContain('Sở Giáo dục và Đào tạo tỉnh Thử Nghiệm Sở GD&ĐT');
    expect(hrefs(els, row)).toContain(DOCUMENTS[0]!.file);
    expect(exists(TH, 'tep/huong-dan-nhiem-vu-2026-2027.pdf')).toBe(false);
    expect(exists(TH, 'van-ban/huong-dan-nhiem-vu-nam-hoc-2026-2027')).toBe(false);
  });

  it('keeps /van-ban/ newest first with every document once: the own ones and those sent', () => {
    for (const site of SITES) {
      const pages = listRows(site, '/van-ban/');
      const issued = pages.flatMap(({ els, rows }) => days(els, rows));
      expect(issued, site).toEqual(newestFirst(issued));
      const own = json<{ items: unknown[] }>(site, 'api/v1/van-ban.json').items.length;
      expect(issued.length, site).toBe(own + DOCUMENTS.filter((d) => d.to.includes(site)).length);
    }
  });

  it.each(NOTICES.map((n) => [n.url, n] as const))(
    'notice %s is on the home block of exactly the addressed sites',
    (url, n) => {
      for (const site of [PHONG, TH, THCS]) {
        const home = page(site, '/');
        expect(hrefs(home, homeBlock(home, 'ct-cap-tren')).includes(url), site).toBe(n.to.includes(site));
      }
    },
  );

  it('names the sending unit and the date on each line of the home block, newest first, and links the full list', () => {
    const home = page(THCS, '/');
    const block = homeBlock(home, 'ct-cap-tren');
    expect(text(block)).toContain('Văn bản, thông báo của cấp trên');
    const items = within(home, block, 'li');
    expect(items).toHaveLength(4);
    for (const li of items)
      expect(
        Object.values(SHORT_NAME).some((name) => text(li).includes(name)),
        li.html,
      ).toBe(true);
    expect(days(home, items)).toEqual(newestFirst(days(home, items)));
    expect(hrefs(home, block)).toContain('/van-ban/co-quan/cap-tren/');
    // A search for the unit's document must lead to the unit's portal, not this home page.
    expect(home.some((e) => 'data-pagefind-ignore' in e.attrs && e.start < block!.start && block!.end <= e.end)).toBe(
      true,
    );
  });

  it('shows no upstream block on the Sở, the top of the fixture', () => {
    expect(homeBlock(page(SO, '/'), 'ct-cap-tren')).toBeUndefined();
    expect(exists(SO, 'van-ban/co-quan/cap-tren')).toBe(false);
  });
});

describe('alerts sent down the hierarchy', () => {
  const LONG = 'Các trường chủ động phương án phòng, chống bão lũ; học sinh nghỉ học khi có lệnh của UBND tỉnh.';
  const ENDED = 'Học sinh tiểu học nghỉ học do rét đậm, rét hại.';
  const DATED = 'Trường THCS Hòa Bình tạm ngừng cấp điện ngày 12/12/2026 để sửa chữa trạm biến áp.';

  it("shows the Sở's long-running alert on every page of every addressed site, naming the Sở", () => {
    for (const site of [PHONG, TH, THCS]) {
      for (const path of ['/', '/van-ban/', '/lien-he/'])
        expect(text(banner(page(site, path))), `${site}${path}`).toContain(`Khẩn – ${SHORT_NAME[SO]}: ${LONG}`);
    }
    // On the Sở's own portal it is its own alert.
    const own = text(banner(page(SO, '/')));
    expect(own).toContain(`Khẩn: ${LONG}`);
    expect(own).not.toContain(`– ${SHORT_NAME[SO]}`);
  });

  it('shows the ended alert nowhere', () => {
    for (const site of SITES) expect(text(banner(page(site, '/'))), site).not.toContain(ENDED);
  });

  it("shows the Phòng's dated alert on the THCS only while in force on the build day", () => {
    const generated = json<{ generated: string }>(THCS, 'api/v1/site.json').generated;
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(generated));
    expect(text(banner(page(THCS, '/'))).includes(DATED)).toBe('2026-12-08' <= today && today <= '2026-12-12');
    for (const site of [SO, TH]) expect(text(banner(page(site, '/'))), site).not.toContain(DATED);
  });
});

describe('news and công khai sent up the hierarchy (the Phòng)', () => {
  it("shows its schools' news with the school's name and an absolute link to the school's page", () => {
    const home = page(PHONG, '/');
    const block = homeBlock(home, 'ct-tin-truong');
    expect(text(block)).toContain('Tin từ các trường');
    const items = within(home, block, 'li');
    const published = [TH, THCS].flatMap((site) =>
      json<{ items: { url: string }[] }>(site, 'api/v1/tin-tuc.json').items.map((i) => ({ site, url: i.url })),
    );
    expect(items).toHaveLength(Math.min(8, published.length));
    for (const li of items) {
      const href = hrefs(home, li)[0] ?? '';
      const source = published.find((p) => p.url === href);
      expect(source, href).toBeDefined();
      expect(href.startsWith(`${ORIGIN[source!.site]}/tin-tuc/`)).toBe(true);
      expect(text(li)).toContain(source!.site === TH ? 'TH Hòa Bình' : 'THCS Hòa Bình');
    }
    expect(days(home, items)).toEqual(newestFirst(days(home, items)));
    expect(home.some((e) => 'data-pagefind-ignore' in e.attrs && e.start < block!.start && block!.end <= e.end)).toBe(
      true,
    );
  });

  it("titles the Sở's block for its member offices, not for schools", () => {
    const home = page(SO, '/');
    expect(text(homeBlock(home, 'ct-tin-truong'))).toContain('Tin từ các đơn vị trực thuộc');
  });

  it("shows no members' news on a school", () => {
    for (const site of [TH, THCS]) expect(homeBlock(page(site, '/'), 'ct-tin-truong'), site).toBeUndefined();
  });

  it('lists both schools on /truong-hoc/cong-khai/ as the Network has them: published and missing items, the lagging school first and flagged', async () => {
    const network = await networkOf(PHONG);
    const els = page(PHONG, '/truong-hoc/cong-khai/');
    const cards = els.filter((e) => e.name === 'section' && e.attrs['data-member']);
    expect(cards.map((c) => c.attrs['data-member'])).toEqual([THCS, TH]);
    for (const card of cards) {
      const id = card.attrs['data-member']!;
      const status = network.members.find((m) => m.unit.id === id)!.status;
      const listed = (name: string) =>
        within(
          els,
          within(els, card, 'ul').find((u) => u.attrs['data-list'] === name),
          'li',
        ).map((li) => li.attrs['data-item']);
      expect(listed('published'), id).toEqual(status.published.map((p) => p.item));
      expect(listed('missing'), id).toEqual(status.missing.map((m) => m.item));
      for (const p of status.published) expect(hrefs(els, card)).toContain(p.url);
      const lagging = status.missing.length > 0;
      expect(card.attrs['data-lagging'] === 'true', id).toBe(lagging);
      expect(/Chưa công khai đủ|Quá hạn công khai/.test(text(card)), id).toBe(lagging);
      expect(text(card).includes('Đủ các mục'), id).toBe(!lagging);
    }
    expect(cards[0]!.attrs['data-lagging']).toBe('true');
    expect(cards[1]!.attrs['data-lagging']).toBeUndefined();
  });

  it("sends the Sở to each member office's own status page, which lists the office's schools", () => {
    const els = page(SO, '/truong-hoc/cong-khai/');
    expect(els.filter((e) => e.name === 'section' && e.attrs['data-member'])).toEqual([]);
    const offices = els.filter((e) => e.name === 'li' && e.attrs['data-office']);
    expect(offices.map((o) => [o.attrs['data-office'], hrefs(els, o)])).toEqual([
      [PHONG, [`${ORIGIN[PHONG]}/truong-hoc/cong-khai/`]],
    ]);
    expect(text(offices[0])).toContain('Phòng Văn hóa - Xã hội phường Hòa Bình');
  });

  it('links the status page from /truong-hoc/, the main menu and the text sitemap; schools have none', () => {
    for (const path of ['/truong-hoc/', '/', '/so-do-cong/'])
      expect(hrefs(page(PHONG, path)), path).toContain('/truong-hoc/cong-khai/');
    for (const site of [TH, THCS]) expect(exists(site, 'truong-hoc'), site).toBe(false);
  });
});

describe('network views (pure)', () => {
  const unit = (id: string, unitType: UnitRef['unitType'] = 'so'): UnitRef => ({
    id,
    name: id,
    shortName: id,
    unitType,
    unitTypeLabel: unitType,
    url: `https://${id}.edu.vn/`,
    remote: false,
  });
  const alert = (slug: string, start: string, end: string, link?: string): FromUnit<AlertItem> => ({
    slug,
    title: slug,
    level: 'urgent',
    levelLabel: 'Khẩn',
    start,
    end,
    ...(link ? { link } : {}),
    from: unit('so'),
  });
  const net = (over: Partial<Network>): Network => ({ ...EMPTY_NETWORK, ...over });

  it('keeps the alerts in force on the day, both ends included, newest start first, with https links only', () => {
    const alerts = [
      alert('truoc', '2026-12-08', '2026-12-09'),
      alert('het', '2026-12-01', '2026-12-05'),
      alert('dau', '2026-12-06', '2026-12-06', 'javascript:alert(1)'),
      alert('cuoi', '2026-11-01', '2026-12-06', 'http://so.edu.vn/a/'),
      alert('giua', '2026-12-02', '2026-12-31', 'https://so.edu.vn/tin-tuc/bao/'),
    ];
    const shown = upstreamAlertsInForce(net({ upstream: { documents: [], notices: [], alerts } }), '2026-12-06');
    expect(shown.map((a) => [a.slug, a.link])).toEqual([
      ['dau', undefined],
      ['giua', 'https://so.edu.vn/tin-tuc/bao/'],
      ['cuoi', undefined],
    ]);
  });

  it('puts member schools with overdue items first, then those with missing items, else keeps the order; offices apart', () => {
    const feed = (id: string, missing: boolean[], unitType: UnitRef['unitType'] = 'truong'): MemberFeed => ({
      unit: unit(id, unitType),
      news: [],
      documents: [],
      disclosures: [],
      status: {
        schoolYear: '2026-2027',
        expected: 3,
        published: [],
        missing: missing.map((overdue, i) => ({ item: `m${i}`, itemLabel: `Mục ${i}`, overdue })),
      },
    });
    const members = [
      feed('du', []),
      feed('phong', [], 'phong'),
      feed('thieu', [false]),
      feed('qua-han', [true, false]),
      feed('du-2', []),
    ];
    const rows = memberStatusRows(net({ members }));
    expect(rows.map((r) => [r.feed.unit.id, r.lagging, r.overdue])).toEqual([
      ['qua-han', true, 1],
      ['thieu', true, 0],
      ['du', false, 0],
      ['du-2', false, 0],
    ]);
    expect(memberOffices(net({ members }))).toEqual([
      { unit: unit('phong', 'phong'), statusUrl: 'https://phong.edu.vn/truong-hoc/cong-khai/' },
    ]);
  });
});
