/**
 * The search page of the fixture site (tests/fixtures/sites/thcs-tim-kiem), built by
 * the real pipeline, searched through its UI in headless Chromium with the real
 * Pagefind index. Each query has one right first result by construction of the
 * fixture's content.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { FIXTURE_DIST } from '../helpers/paths.ts';
import { openSearch, results, searched, servedSite, status, typeQuery } from './search-ui.ts';

const TUYEN_SINH_6 = '/tuyen-sinh/tuyen-sinh-lop-6-nam-hoc-2026-2027/';
const DAO_TAO = '/tin-tuc/boi-duong-dao-tao-giao-vien/';
const DOAN = '/tin-tuc/doan-thanh-nien-ra-quan-mua-he-xanh/';
const DIEM_THI = '/tin-tuc/cong-bo-diem-thi-hoc-ky-ii/';
const TKB = '/tin-tuc/thoi-khoa-bieu-hoc-ky-i/';
const HOP_PHHS = '/tin-tuc/hop-phu-huynh-hoc-sinh-dau-nam/';
const GVCN = '/hoi-dap/lien-he-giao-vien-chu-nhiem/';
const KH_TS10 = '/van-ban/ke-hoach-tuyen-sinh-lop-10/';
const QD_PDF = '/van-ban/quyet-dinh-hoi-dong-kiem-tra-hoc-ky/';
const CON_DAO = '/tin-tuc/an-toan-trong-truong-hoc/';
const TRUC_TUYEN = '/tin-tuc/huong-dan-hoc-truc-tuyen/';

const site = servedSite(join(FIXTURE_DIST, 'thcs-tim-kiem'));

describe('queries typed into /tim-kiem/ → first result', () => {
  const table: [what: string, query: string, first: string][] = [
    ['accented', 'tuyển sinh lớp 6', TUYEN_SINH_6],
    ['unaccented', 'tuyen sinh lop 6', TUYEN_SINH_6],
    ['upper case, unaccented', 'TUYEN SINH LOP 6', TUYEN_SINH_6],
    ['đ typed as d', 'dao tao', DAO_TAO],
    ['đ typed as đ', 'đào tạo', DAO_TAO],
    ['đ typed as d, three words', 'doan thanh nien', DOAN],
    ['capital Đ', 'Đoàn', DOAN],
    ['đ typed as d', 'diem thi', DIEM_THI],
    ['abbreviation', 'tkb', TKB],
    ['full form, unaccented', 'thoi khoa bieu', TKB],
    ['abbreviation, upper case', 'PHHS', HOP_PHHS],
    ['abbreviation', 'GVCN', GVCN],
    ['abbreviation with a number', 'ts10', KH_TS10],
    ['phrase only inside a PDF', 'niêm phong túi đề', QD_PDF],
    ['phrase only inside a PDF, unaccented', 'niem phong tui de', QD_PDF],
    ['phrase only inside a PDF, with punctuation', 'bảo đảm khách quan, công bằng, đúng quy chế', QD_PDF],
    ['misspelt extra word', 'tuyen sinh lop 6 nam hooc', TUYEN_SINH_6],
    ['exact accent first: dao (knife) over đào', 'dao', CON_DAO],
    ['exact accent first: tuyến over tuyển', 'trực tuyến', TRUC_TUYEN],
  ];
  let page: Awaited<ReturnType<typeof openSearch>>;
  beforeAll(async () => {
    page = await openSearch(site.browser, site.url);
  });

  it.each(table)('%s: «%s» → %s', async (_what, query, first) => {
    await typeQuery(page, query);
    expect((await results(page))[0]?.href).toBe(first);
  });
});

describe('what the page says', () => {
  it('shows title, section, date and an excerpt with the words marked, and announces the count', async () => {
    const page = await openSearch(site.browser, site.url);
    await typeQuery(page, 'dao tao');
    const [first] = await results(page);
    expect(first).toMatchObject({
      title: 'Bồi dưỡng, đào tạo giáo viên dạy chương trình mới',
      section: 'Tin tức',
      date: '10/07/2026',
    });
    // The folded copy used for matching never shows: the excerpt quotes the real text.
    expect(first?.excerpt).toContain('đào tạo');
    expect(first?.excerpt).not.toMatch(/\bdao\b/);
    expect(await page.locator('.ct-search__result').first().locator('mark').allTextContents()).toEqual(
      expect.arrayContaining(['đào', 'tạo']),
    );
    const region = page.locator('[role="status"]');
    expect(await region.getAttribute('aria-live')).toBe('polite');
    expect(await status(page)).toMatch(/^Tìm thấy \d+ kết quả cho «dao tao»\./);
    await page.close();
  });

  it('says which typed word the site does not have, instead of dropping it silently', async () => {
    const page = await openSearch(site.browser, site.url);
    await typeQuery(page, 'tuyen sinh lop 6 nam hooc');
    expect(await status(page)).toContain('Không tìm thấy từ «hooc» trên cổng nên đã bỏ qua từ này.');
    await typeQuery(page, 'xyzzy');
    expect(await status(page)).toBe(
      'Không tìm thấy từ nào trong «xyzzy» trên cổng. Hãy kiểm tra chính tả hoặc thử từ khác.',
    );
    expect(await results(page)).toEqual([]);
    await page.close();
  });

  it('says how an abbreviation was read', async () => {
    const page = await openSearch(site.browser, site.url);
    await typeQuery(page, 'tkb');
    expect(await status(page)).toContain('Đã tìm «tkb» là «thời khóa biểu».');
    await page.close();
  });
});

describe('filters, sort and the URL', () => {
  it('lists văn bản with an empty query and Loại nội dung = Văn bản, newest first', async () => {
    const page = await openSearch(site.browser, site.url);
    await page.getByLabel('Loại nội dung').selectOption('Văn bản');
    await searched(page, '');
    const shown = await results(page);
    expect(shown.map((r) => r.href)).toEqual(['/van-ban/danh-sach-giam-thi-ban-scan/', QD_PDF, KH_TS10]);
    expect(new Set(shown.map((r) => r.section))).toEqual(new Set(['Văn bản']));
    expect(await status(page)).toBe('Có 3 trang phù hợp bộ lọc.');
    expect(new URL(page.url()).searchParams.get('loai')).toBe('Văn bản');
    await page.close();
  });

  it('offers Năm học and Cơ quan ban hành filters with Vietnamese values', async () => {
    const page = await openSearch(site.browser, site.url);
    expect(await page.getByLabel('Năm học').locator('option').allTextContents()).toEqual([
      'Tất cả',
      '2026-2027',
      '2025-2026',
    ]);
    expect(await page.getByLabel('Cơ quan ban hành').locator('option').allTextContents()).toEqual([
      'Tất cả',
      'Sở Giáo dục và Đào tạo TP. Hồ Chí Minh',
      'Trường THCS Tìm Kiếm',
    ]);
    await page.getByLabel('Cơ quan ban hành').selectOption('Sở Giáo dục và Đào tạo TP. Hồ Chí Minh');
    await searched(page, '');
    expect((await results(page)).map((r) => r.href)).toEqual([KH_TS10]);
    await page.close();
  });

  it('sorts by date when asked', async () => {
    const page = await openSearch(site.browser, site.url);
    await page.getByLabel('Sắp xếp').selectOption('moi-nhat');
    await typeQuery(page, 'học sinh');
    const days = (await results(page)).map((r) => r.date.split('/').reverse().join('-')).filter(Boolean);
    expect(days.length).toBeGreaterThan(3);
    expect([...days].sort().reverse()).toEqual(days);
    await page.close();
  });

  it('keeps the query in the URL, and reads it back on load', async () => {
    const page = await openSearch(site.browser, site.url);
    await typeQuery(page, 'điểm thi');
    expect(new URL(page.url()).searchParams.get('q')).toBe('điểm thi');
    const shared = await openSearch(
      site.browser,
      site.url,
      `?q=${encodeURIComponent('tuyen sinh lop 6')}&loai=${encodeURIComponent('Tuyển sinh')}`,
    );
    await searched(shared, 'tuyen sinh lop 6');
    expect(await shared.getByLabel('Từ khóa tìm kiếm').inputValue()).toBe('tuyen sinh lop 6');
    expect(await shared.getByLabel('Loại nội dung').inputValue()).toBe('Tuyển sinh');
    expect((await results(shared)).map((r) => r.href)).toEqual([TUYEN_SINH_6]);
    await page.close();
    await shared.close();
  });
});

describe('keyboard and no JavaScript', () => {
  it('works from the keyboard: type, Enter, Tab to the first result', async () => {
    const page = await openSearch(site.browser, site.url);
    await page.getByLabel('Từ khóa tìm kiếm').focus();
    await page.keyboard.type('gvcn');
    await page.keyboard.press('Enter');
    await searched(page, 'gvcn');
    expect(new URL(page.url()).pathname).toBe('/tim-kiem/');
    let reached = '';
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() =>
        document.activeElement?.closest('.ct-search__result')
          ? (document.activeElement.getAttribute('href') ?? '')
          : '',
      );
    }
    expect(reached).toBe(GVCN);
    await page.close();
  });

  it('moves focus to the first new result after «Xem thêm kết quả»', async () => {
    const page = await openSearch(site.browser, site.url);
    await typeQuery(page, 'học');
    expect((await results(page)).length).toBe(10);
    await page.getByRole('button', { name: 'Xem thêm kết quả' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.ct-search__result').length > 10);
    expect(
      await page.evaluate(() => document.activeElement === document.querySelectorAll('.ct-search__result a')[10]),
    ).toBe(true);
    await page.close();
  });

  it('without JavaScript, shows the labelled form and explains what to do', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/tim-kiem/?q=tkb`);
    await expect(page.getByLabel('Từ khóa tìm kiếm').isVisible()).resolves.toBe(true);
    // Playwright's text selectors skip <noscript>, so find the notice by its class.
    const notice = page.locator('.ct-search__notice');
    await expect(notice.isVisible()).resolves.toBe(true);
    await expect(notice.textContent()).resolves.toMatch(
      /^Trang tìm kiếm chạy ngay trên trình duyệt nên cần bật JavaScript\..*Sơ đồ cổng\.$/,
    );
    await expect(notice.locator('a').getAttribute('href')).resolves.toBe('/so-do-cong/');
    await expect(page.locator('fieldset').isVisible()).resolves.toBe(false);
    await context.close();
  });
});
