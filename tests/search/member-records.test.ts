/**
 * The records a Phòng's or Sở's index gets for its members' pages (member-records.ts):
 * pure Network → records, checked field by field against what the member's own index
 * gives the same entry.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_NETWORK, type MemberFeed, type Network, type UnitRef } from '../../content-schemas/network.ts';
import { memberRecords, upstreamRecords } from '../../themes/cong-truong/search/member-records.ts';
import { toSearchRecord } from '../../themes/cong-truong/search/records.ts';

const SCHOOL = 'https://th-hoa-mai.edu.vn/';

function member(overrides: Partial<MemberFeed> = {}): MemberFeed {
  return {
    unit: {
      id: 'th-hoa-mai',
      name: 'Trường Tiểu học Hoa Mai',
      shortName: 'TH Hoa Mai',
      unitType: 'truong',
      unitTypeLabel: 'Trường',
      level: 'tieu-hoc',
      levelLabel: 'Tiểu học',
      url: SCHOOL,
      remote: false,
    },
    news: [],
    documents: [],
    disclosures: [],
    status: { schoolYear: '2026-2027', expected: 0, published: [], missing: [] },
    ...overrides,
  };
}

const NEWS = {
  slug: 'doi-tuyen-da-cau-dat-giai-nhat',
  title: 'Đội tuyển đá cầu đạt giải nhất Hội khỏe Phù Đổng',
  description: 'Năm em học sinh khối 5 đoạt giải nhất; GVCN lớp 5A dẫn đoàn.',
  date: '2026-11-20',
  category: 'tin-tuc' as const,
  categoryLabel: 'Tin tức',
  url: `${SCHOOL}tin-tuc/doi-tuyen-da-cau-dat-giai-nhat/`,
  files: [],
};
const NOTICE = {
  ...NEWS,
  slug: 'lich-nghi-tet',
  title: 'Thông báo lịch nghỉ Tết Nguyên đán',
  description: undefined,
  category: 'thong-bao' as const,
  categoryLabel: 'Thông báo',
  date: '2027-01-05',
  url: '/tin-tuc/lich-nghi-tet/',
};
const DOCUMENT = {
  slug: 'ke-hoach-day-hoc',
  title: 'Kế hoạch dạy học năm học 2026-2027',
  number: '45/KH-THHM',
  type: 'ke-hoach' as const,
  typeLabel: 'Kế hoạch',
  issuer: 'Trường Tiểu học Hoa Mai',
  issuerLevel: 'truong' as const,
  issuerLevelLabel: 'Trường',
  signer: 'Lê Văn Đạt',
  issued: '2026-09-05',
  url: `${SCHOOL}van-ban/ke-hoach-day-hoc/`,
  files: [{ title: 'Toàn văn kế hoạch', url: `${SCHOOL}tep/ke-hoach-day-hoc.pdf` }],
};
const DISCLOSURE = {
  slug: 'cam-ket-chat-luong',
  title: 'Cam kết chất lượng giáo dục',
  schoolYear: '2026-2027',
  category: 'chat-luong',
  categoryLabel: 'Chất lượng giáo dục',
  item: 'cam-ket',
  itemLabel: 'Cam kết chất lượng',
  published: '2026-09-10',
  url: `${SCHOOL}cong-khai/cam-ket-chat-luong/`,
  files: [],
};

const network = (members: MemberFeed[]): Network => ({ ...EMPTY_NETWORK, members });
const feed = () =>
  member({ news: [NEWS, NOTICE], documents: [DOCUMENT], disclosures: [DISCLOSURE] } as unknown as Partial<MemberFeed>);

describe('memberRecords', () => {
  it('gives a school (no members) nothing', () => {
    expect(memberRecords(EMPTY_NETWORK)).toEqual([]);
  });

  it('makes one record per news item, document and công khai entry, linking to the page on the member portal', () => {
    const records = memberRecords(network([feed()]));
    expect(records.map((r) => r.url)).toEqual([
      `${SCHOOL}tin-tuc/doi-tuyen-da-cau-dat-giai-nhat/`,
      // A feed that carried a path still gets the member's absolute URL.
      `${SCHOOL}tin-tuc/lich-nghi-tet/`,
      `${SCHOOL}van-ban/ke-hoach-day-hoc/`,
      `${SCHOOL}cong-khai/cam-ket-chat-luong/`,
    ]);
    expect(new Set(records.map((r) => r.language))).toEqual(new Set(['vi']));
  });

  it('carries the title, dates and filters the member’s own index gives the entry, plus its name as «Đơn vị»', () => {
    const [news, notice, doc, disclosure] = memberRecords(network([feed()]));
    expect(news).toMatchObject({
      meta: { title: NEWS.title, date: '20261120' },
      sort: { date: '2026-11-20' },
      filters: { don_vi: ['Trường Tiểu học Hoa Mai'], loai: ['Tin tức'], nam_hoc: ['2026-2027'] },
    });
    expect(notice?.filters.loai).toEqual(['Thông báo']);
    expect(notice?.filters.nam_hoc).toEqual(['2026-2027']);
    expect(doc).toMatchObject({
      meta: { title: DOCUMENT.title, date: '20260905' },
      filters: {
        don_vi: ['Trường Tiểu học Hoa Mai'],
        loai: ['Văn bản'],
        nam_hoc: ['2026-2027'],
        co_quan: ['Trường Tiểu học Hoa Mai'],
      },
    });
    expect(disclosure).toMatchObject({
      meta: { date: '20260910' },
      filters: { loai: ['Công khai'], nam_hoc: ['2026-2027'] },
    });
    const own = toSearchRecord('documents', DOCUMENT.slug, DOCUMENT);
    expect({ ...doc?.filters, don_vi: undefined }).toEqual({ ...own?.filters, don_vi: undefined });
    expect(doc?.sort.date).toBe(own?.date);
  });

  it('holds the text a visitor searches: title first, summary, document number, issuer, signer, file titles', () => {
    const [news, , doc, disclosure] = memberRecords(network([feed()]));
    expect(news?.content.split('\n')).toEqual([NEWS.title, NEWS.description]);
    expect(doc?.content.split('\n')).toEqual([
      DOCUMENT.title,
      'Kế hoạch số 45/KH-THHM',
      'Trường Tiểu học Hoa Mai',
      'Người ký: Lê Văn Đạt',
      'Toàn văn kế hoạch',
    ]);
    expect(disclosure?.content).toContain('Chất lượng giáo dục: Cam kết chất lượng');
  });

  it('folds đ words and expands abbreviations in a hidden field, as own pages do', () => {
    const [news] = memberRecords(network([feed()]));
    const fold = news?.meta.fold?.split(' ') ?? [];
    expect(fold).toEqual(
      expect.arrayContaining(['doi', 'da', 'dat', 'dong', 'doat', 'doan', 'giáo', 'viên', 'chủ', 'nhiệm']),
    );
    // The visible content keeps the real spelling: folded copies never show in excerpts.
    expect(news?.content).not.toMatch(/\bdoi\b/);
  });

  it('writes every string in NFC, whatever the feed held', () => {
    const nfd = member({
      unit: { ...member().unit, name: 'Trường Tiểu học Hoa Mai'.normalize('NFD') },
      news: [{ ...NEWS, title: NEWS.title.normalize('NFD'), description: NEWS.description.normalize('NFD') }],
    } as unknown as Partial<MemberFeed>);
    const [record] = memberRecords(network([nfd]));
    const strings = JSON.stringify(record);
    expect(strings).toBe(strings.normalize('NFC'));
    expect(record?.meta.title).toBe(NEWS.title);
    expect(record?.filters.don_vi).toEqual(['Trường Tiểu học Hoa Mai']);
  });

  it('keeps members apart: each record names its own member', () => {
    const other = member({
      unit: { ...member().unit, id: 'thcs-le-loi', name: 'Trường THCS Lê Lợi', url: 'https://thcs-leloi.edu.vn/' },
      news: [{ ...NEWS, url: '/tin-tuc/hoi-thi/' }],
    } as unknown as Partial<MemberFeed>);
    const records = memberRecords(network([feed(), other]));
    expect(records.map((r) => r.filters.don_vi?.[0])).toEqual([
      ...Array(4).fill('Trường Tiểu học Hoa Mai'),
      'Trường THCS Lê Lợi',
    ]);
    expect(records.at(-1)?.url).toBe('https://thcs-leloi.edu.vn/tin-tuc/hoi-thi/');
  });
});

describe('upstreamRecords', () => {
  it('indexes what a unit above addressed to the site, on that unit’s portal, named but not as «Đơn vị»', () => {
    const from: UnitRef = {
      id: 'so-x',
      name: 'Sở Giáo dục và Đào tạo X',
      shortName: 'Sở GD&ĐT X',
      unitType: 'so',
      unitTypeLabel: 'Sở Giáo dục và Đào tạo',
      url: 'https://sogddt.x.edu.vn/',
      remote: false,
    };
    const [doc] = upstreamRecords({ upstream: { documents: [{ ...DOCUMENT, from }], notices: [], alerts: [] } });
    expect(doc?.url).toBe(new URL(DOCUMENT.url, from.url).href);
    expect(doc?.meta.unit).toBe(from.name);
    expect(doc?.filters.don_vi).toBeUndefined();
    expect(doc?.filters.loai).toEqual(['Văn bản']);
  });
});
