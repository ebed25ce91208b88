/** The theme's pure helpers: build-date logic, pagination, menus, URLs, metadata. */
import { describe, expect, it } from 'vitest';
import { isWithin, vnDay } from '../../themes/cong-truong/lib/dates.ts';
import { schoolYearOfDay } from '../../content-schemas/calendar.ts';
import { consultationState } from '../../themes/cong-truong/lib/consultations.ts';
import { paginatePaths } from '../../themes/cong-truong/lib/paginate.ts';
import { isCurrentSection, mainMenu } from '../../themes/cong-truong/lib/menu.ts';
import { entryPage, entryUrl, listPageUrl } from '../../themes/cong-truong/lib/urls.ts';
import { dublinCore, jsonLd } from '../../themes/cong-truong/lib/meta.ts';
import { telHref } from '../../themes/cong-truong/lib/format.ts';
import type { SiteConfig } from '../../content-schemas/site.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('dates', () => {
  it('takes "today" in Vietnam time: 20:00 UTC is already the next day', () => {
    expect(vnDay(new Date('2026-11-21T20:00:00Z'))).toBe('2026-11-22');
  });
  it('counts start and end days as inside the range', () => {
    expect(isWithin('2026-11-01', d('2026-11-01'), d('2026-11-30'))).toBe(true);
    expect(isWithin('2026-11-30', d('2026-11-01'), d('2026-11-30'))).toBe(true);
    expect(isWithin('2026-12-01', d('2026-11-01'), d('2026-11-30'))).toBe(false);
  });
  it.each([
    ['2025-11-15', '2025-2026'],
    ['2026-03-20', '2025-2026'],
    ['2026-08-01', '2026-2027'],
  ])('%s is in school year %s', (day, year) => {
    expect(schoolYearOfDay(day)).toBe(year);
  });
  it('opens a consultation on its first day and closes it after its deadline', () => {
    expect(consultationState('2026-05-03', d('2026-05-04'), d('2026-05-22'))).toBe('upcoming');
    expect(consultationState('2026-05-04', d('2026-05-04'), d('2026-05-22'))).toBe('open');
    expect(consultationState('2026-05-22', d('2026-05-04'), d('2026-05-22'))).toBe('open');
    expect(consultationState('2026-05-23', d('2026-05-04'), d('2026-05-22'))).toBe('closed');
  });
});

describe('pagination and URLs', () => {
  it('puts page 1 at the section URL and later pages under trang/<n>', () => {
    const paths = paginatePaths(Array.from({ length: 45 }, (_, i) => i));
    expect(paths.map((p) => p.params.page)).toEqual([undefined, 'trang/2', 'trang/3']);
    expect(paths[2]?.props).toMatchObject({ items: [40, 41, 42, 43, 44], current: 3, total: 3 });
    expect(listPageUrl('/van-ban/', 1)).toBe('/van-ban/');
    expect(listPageUrl('/van-ban/', 2)).toBe('/van-ban/trang/2/');
  });
  it('builds one empty page for an empty list, so the section URL always exists', () => {
    expect(paginatePaths([])).toEqual([{ params: { page: undefined }, props: { items: [], current: 1, total: 1 } }]);
  });
  it('derives detail URLs from the collection registry', () => {
    expect(entryUrl('documents', 'kh-125')).toBe('/van-ban/kh-125/');
    expect(entryPage('leaders', 'x')).toBe('/gioi-thieu/lanh-dao/');
    expect(entryPage('pages', 'lich-su')).toBe('/gioi-thieu/lich-su/');
    expect(entryPage('alerts', 'x')).toBeUndefined();
  });
});

describe('main menu', () => {
  const site = (over: Partial<SiteConfig>) => ({ level: 'thcs', ...over }) as SiteConfig;
  const urls = (s: SiteConfig, facts = { hasMenus: true, hasPlans: true }) => mainMenu(s, facts).map((m) => m.url);

  it('is the 9-item default for a school', () => {
    expect(urls(site({}))).toEqual([
      '/',
      '/gioi-thieu/',
      '/tin-tuc/',
      '/van-ban/',
      '/cong-khai/',
      '/tuyen-sinh/',
      '/hoi-dap/',
      '/lien-he/',
      '/so-do-cong/',
    ]);
  });
  it('adds Thực đơn and Kế hoạch tuần for a preschool that publishes them', () => {
    expect(urls(site({ level: 'mam-non' }))).toContain('/thuc-don/');
    expect(urls(site({ level: 'mam-non' }), { hasMenus: false, hasPlans: true })).not.toContain('/thuc-don/');
  });
  it('adds Trường học after Giới thiệu for a unit with member schools', () => {
    expect(
      mainMenu(site({ unitType: 'phong', level: undefined }), { hasMenus: false, hasPlans: false, hasMembers: true })
        .slice(0, 3)
        .map((m) => m.label),
    ).toEqual(['Trang chủ', 'Giới thiệu', 'Trường học']);
  });
  it('uses the site menu when set', () => {
    expect(urls(site({ menu: [{ label: 'Trang chủ', url: '/' }] }))).toEqual(['/']);
  });
  it('marks a section current on its sub-pages, but home only on itself', () => {
    expect(isCurrentSection('/tin-tuc/', '/tin-tuc/le-khai-giang/')).toBe(true);
    expect(isCurrentSection('/', '/tin-tuc/')).toBe(false);
  });
});

describe('phone links', () => {
  it('dial the number, with an extension as ;ext= (not glued onto the number)', () => {
    expect(telHref('028 3829 1234')).toBe('tel:02838291234');
    expect(telHref('+84 28 3829 1234')).toBe('tel:+842838291234');
    expect(telHref('024 3793 5186 máy lẻ 12')).toBe('tel:02437935186;ext=12');
    expect(telHref('024.3793.5186 ext. 7')).toBe('tel:02437935186;ext=7');
  });
});

describe('metadata', () => {
  it('joins several subjects with "; " and leaves DC.subject out when there is none', () => {
    const base = {
      title: 'T',
      description: 'D',
      creator: 'C',
      publisher: 'P',
      date: '2026-01-01',
      identifier: 'https://x/',
      language: 'vi',
    };
    expect(dublinCore({ ...base, subject: ['Quyết định', 'Sở GD&ĐT'] }).at(-1)).toEqual({
      name: 'DC.subject',
      content: 'Quyết định; Sở GD&ĐT',
    });
    expect(dublinCore(base).map((m) => m.name)).not.toContain('DC.subject');
  });
  it('escapes "<" in JSON-LD so content cannot close the script element', () => {
    expect(jsonLd({ headline: '</script><script>alert(1)' })).not.toContain('</script>');
  });
});
