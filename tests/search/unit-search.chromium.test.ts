/**
 * A Phòng's search finds its members' pages (issue 11, liên thông): the network
 * fixture's Phòng, built by the real pipeline with the Network the build assembles,
 * served alone on 127.0.0.1 (as on its own domain, each school on another), searched
 * in Chromium through /tim-kiem/. Every request the page makes is recorded: none may
 * leave the Phòng's origin, since the Phòng's index alone holds its members' pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { serve } from '../helpers/serve.ts';
import { NETWORK_DIST } from '../helpers/paths.ts';
import { openSearch, results, searched, servedSite, status, typeQuery } from './search-ui.ts';

const UNIT = 'Phòng Văn hóa - Xã hội phường Hòa Bình';
const TH = 'Trường Tiểu học Hòa Bình';
const THCS = 'Trường Trung học cơ sở Hòa Bình';
const DAI_HOI = 'https://thcshoabinh.thunghiem.edu.vn/tin-tuc/dai-hoi-lien-doi/';
const DAI_HOI_TITLE = 'Đại hội Liên đội nhiệm kỳ 2026-2027';
const DOC_SACH = 'https://thhoabinh.thunghiem.edu.vn/tin-tuc/ngay-hoi-doc-sach/';

/** Every URL any page of the test asked for. */
const requested: string[] = [];

/** Opens the Phòng's /tim-kiem/, recording every request the page makes. */
async function open(search = ''): Promise<Page> {
  const context = await site.browser.newContext();
  context.on('request', (request) => requested.push(request.url()));
  const page = await context.newPage();
  await page.goto(`${site.url}/tim-kiem/${search}`);
  await page.waitForSelector('[data-ct-search][data-state="ready"], [data-ct-search][data-state="done"]');
  return page;
}

/** Name of the member a result is from, as the page shows it ('' for the unit's own pages). */
function units(page: Page): Promise<string[]> {
  return page.$$eval('.ct-search__result', (items) =>
    items.map((li) => li.querySelector('.ct-search__unit')?.textContent ?? ''),
  );
}

// Only the Phòng's folder: its schools' portals are not served at all.
const site = servedSite(join(NETWORK_DIST, 'phong-vhxh-thu-nghiem'));

describe('a member school’s news on the Phòng’s /tim-kiem/', () => {
  const table: [what: string, query: string][] = [
    ['with diacritics', 'đại hội liên đội'],
    ['without diacritics, đ typed as d', 'dai hoi lien doi'],
    ['upper case, without diacritics', 'DAI HOI LIEN DOI'],
    ['the whole title, as written', DAI_HOI_TITLE],
  ];
  let page: Page;
  beforeAll(async () => {
    page = await open();
  });
  afterAll(() => page.close());

  it.each(table)('%s: «%s» → the school’s page, absolute, with the school’s name', async (_what, query) => {
    await typeQuery(page, query);
    const [first] = await results(page);
    expect(first?.href).toBe(DAI_HOI);
    expect(first?.title).toBe(DAI_HOI_TITLE);
    expect((await units(page))[0]).toBe(THCS);
    expect(first?.section).toBe('Tin tức');
    expect(first?.date).toBe('08/10/2026');
  });

  it('finds the other school’s news too, đ typed as d, and marks the words in its excerpt', async () => {
    await typeQuery(page, 'ngay hoi doc sach');
    const [first] = await results(page);
    expect(first?.href).toBe(DOC_SACH);
    expect((await units(page))[0]).toBe(TH);
    const marks = await page.locator('.ct-search__result').first().locator('mark').allTextContents();
    expect(marks).toEqual(expect.arrayContaining(['đọc', 'sách']));
  });

  it('ranks member pages holding the words side by side first (phrase ranking)', async () => {
    // Pagefind alone puts «họp cha mẹ học sinh các lớp» first (the words, apart).
    await typeQuery(page, 'hoc sinh lop');
    expect((await results(page)).map((r) => r.href)).toEqual([
      'https://thcshoabinh.thunghiem.edu.vn/tin-tuc/hoi-thao-stem/',
      'https://thhoabinh.thunghiem.edu.vn/tin-tuc/le-khai-giang-nam-hoc-2026-2027/',
      'https://thhoabinh.thunghiem.edu.vn/tin-tuc/thong-bao-hop-phu-huynh/',
    ]);
  });
});

describe('the «Đơn vị» filter', () => {
  it('is a labelled select listing the Phòng first, then its schools', async () => {
    const page = await open();
    const select = page.getByLabel('Đơn vị');
    expect(await select.isVisible()).toBe(true);
    expect(await select.locator('option').allTextContents()).toEqual(['Tất cả', UNIT, TH, THCS]);
    await page.close();
  });

  it('narrows the results to one member, from the keyboard, and keeps the choice in the URL', async () => {
    const page = await open();
    await page.getByLabel('Đơn vị').focus();
    // Native select: arrow keys choose without opening the list. Tất cả → the Phòng → TH → THCS.
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await searched(page, '');
    expect(await page.getByLabel('Đơn vị').inputValue()).toBe(THCS);
    // Its 2 news and 13 công khai entries, and nothing else.
    expect(await status(page)).toBe('Có 15 trang phù hợp bộ lọc.');
    const shown = await results(page);
    expect(new Set(await units(page))).toEqual(new Set([THCS]));
    expect(shown.every((r) => r.href.startsWith('https://thcshoabinh.thunghiem.edu.vn/'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('don_vi')).toBe(THCS);
    await page.close();
  });

  it('lists the Phòng’s own pages under its own name, with relative links and no school name', async () => {
    const page = await open(`?don_vi=${encodeURIComponent(UNIT)}`);
    await searched(page, '');
    const shown = await results(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((r) => r.href.startsWith('/'))).toBe(true);
    expect(new Set(await units(page))).toEqual(new Set(['']));
    await page.close();
  });
});

describe('a Sở, one level up', () => {
  it('finds its Phòng’s news, on the Phòng’s portal, with the Phòng’s name', async () => {
    const so = await serve(join(NETWORK_DIST, 'so-gddt-thu-nghiem'));
    try {
      const page = await openSearch(site.browser, so.url);
      await typeQuery(page, 'hop giao ban');
      expect((await results(page))[0]?.href).toBe('https://vhxh-hoabinh.thunghiem.edu.vn/tin-tuc/so-ket-hoc-ky-mot/');
      expect((await units(page))[0]).toBe(UNIT);
      await page.close();
    } finally {
      await so.close();
    }
  });
});

describe('a school has no members', () => {
  it('shows no «Đơn vị» filter', async () => {
    const school = await serve(join(NETWORK_DIST, 'th-thu-nghiem'));
    try {
      const page = await openSearch(site.browser, school.url);
      expect(await page.getByLabel('Đơn vị').count()).toBe(0);
      expect(await page.getByLabel('Loại nội dung').count()).toBe(1);
      await page.close();
    } finally {
      await school.close();
    }
  });
});

describe('served alone', () => {
  it('asks only its own origin for anything, members’ results included', async () => {
    const page = await open(`?don_vi=${encodeURIComponent(TH)}`);
    await searched(page, '');
    await typeQuery(page, 'ngay hoi doc sach');
    expect((await results(page))[0]?.href).toBe(DOC_SACH);
    await page.close();
    const origin = new URL(site.url).origin;
    // Every page opened in this file, this one included: HTML, CSS, script, Pagefind's index and chunks.
    expect(requested.some((url) => url.startsWith(`${origin}/pagefind/fragment/`))).toBe(true);
    expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  });
});
