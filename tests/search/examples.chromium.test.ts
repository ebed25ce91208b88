/**
 * Search on the example sites (sites/thcs-nguyen-du, sites/mn-hoa-sen) as built by the
 * global setup, the way the "done when" puts it: the right page first for what
 * parents type, phrases that only exist inside a PDF attachment found on the page that
 * carries it; and, where two pages answer equally well, the right page within three.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';
import { EXAMPLE_DIST } from '../helpers/paths.ts';
import { openSearch, results, typeQuery } from './search-ui.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Expectation = [query: string, page: string];

function siteSuite(id: string, pdfPhrases: Expectation[], first: Expectation[], top3: Expectation[]) {
  const dist = join(EXAMPLE_DIST, id);
  describe(`search on ${id}`, () => {
    let server: StaticServer;
    beforeAll(async () => {
      server = await serve(dist);
    });
    afterAll(async () => {
      await server?.close();
    });

    it('has a search index', () => {
      expect(existsSync(join(dist, 'pagefind/pagefind.js'))).toBe(true);
    });

    it.each(pdfPhrases)('finds «%s», written only inside a PDF, on %s', async (phrase, page) => {
      const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
      expect(html).not.toContain(phrase);
      const tab = await openSearch(browser, server.url);
      for (const query of [phrase, phrase.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd')]) {
        await typeQuery(tab, query);
        expect((await results(tab))[0]?.href).toBe(page);
      }
      await tab.close();
    });

    it.each(first)('shows %s → %s first', async (query, page) => {
      const tab = await openSearch(browser, server.url);
      await typeQuery(tab, query);
      expect((await results(tab))[0]?.href).toBe(page);
      await tab.close();
    });

    it.each(top3)('lists %s → %s among the first three', async (query, page) => {
      const tab = await openSearch(browser, server.url);
      await typeQuery(tab, query);
      expect((await results(tab)).slice(0, 3).map((r) => r.href)).toContain(page);
      await tab.close();
    });
  });
}

siteSuite(
  'thcs-nguyen-du',
  [['bảo đảm khách quan, công bằng, đúng quy chế', '/van-ban/cv-3468-sgddt-gdtrh-kiem-tra-dinh-ky/']],
  [
    ['tkb', '/thoi-khoa-bieu/'],
    ['Thời khóa biểu học kỳ I năm học 2026-2027', '/tin-tuc/thoi-khoa-bieu-hoc-ky-i-nam-hoc-2026-2027/'],
    ['thoi khoa bieu hoc ky i', '/tin-tuc/thoi-khoa-bieu-hoc-ky-i-nam-hoc-2026-2027/'],
    ['doan thanh nien', '/tin-tuc/sinh-hoat-he-2026-cung-doan-thanh-nien-phuong/'],
    ['hop phu huynh', '/tin-tuc/hop-phu-huynh-hoc-sinh-dau-nam-hoc-2026-2027/'],
  ],
  [
    ['tuyển sinh lớp 6', '/tuyen-sinh/ke-hoach-tuyen-sinh-lop-6-nam-hoc-2026-2027/'],
    ['PHHS', '/tin-tuc/hop-phu-huynh-hoc-sinh-dau-nam-hoc-2026-2027/'],
  ],
);

siteSuite(
  'mn-hoa-sen',
  [['vệ sinh an toàn thực phẩm trong bếp ăn bán trú', '/van-ban/kh-62-mnhs-an-toan-thuc-pham-2026-2027/']],
  [
    ['vsattp', '/van-ban/kh-62-mnhs-an-toan-thuc-pham-2026-2027/'],
    ['an toan thuc pham', '/van-ban/kh-62-mnhs-an-toan-thuc-pham-2026-2027/'],
  ],
  [['thuc don', '/thuc-don/thuc-don-tuan-12-23-11-2026/']],
);
