/**
 * What a result's excerpt shows on the built example school (sites/thcs-nguyen-du),
 * through the real index in Chromium: the text around the matched words, not the title
 * again, no metadata labels or table labels, marks on đ words for d queries, and no
 * mark inside a date.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXAMPLE_DIST } from '../helpers/paths.ts';
import { openSearch, results, servedSite, typeQuery } from './search-ui.ts';

let page: Page;

const site = servedSite(join(EXAMPLE_DIST, 'thcs-nguyen-du'));

beforeAll(async () => {
  page = await openSearch(site.browser, site.url);
});

const LABELS =
  /Ngày đăng:|Người viết|Chuyên mục:|Số ký hiệu|Ngày ban hành|Người ký|Cơ quan ban hành|Thông tin văn bản|Bữa trưa:/;

/** Each result's marked words, in order. */
function marks(p: Page): Promise<string[][]> {
  return p.$$eval('.ct-search__result', (items) =>
    items.map((li) => [...li.querySelectorAll('mark')].map((m) => m.textContent ?? '')),
  );
}

describe('excerpts', () => {
  it('quote the text after the title, without the meta line, and mark đ words for a d query', async () => {
    await typeQuery(page, 'doan thanh nien');
    const [first] = await results(page);
    expect(first?.excerpt.startsWith(first.title)).toBe(false);
    expect(first?.excerpt).not.toMatch(LABELS);
    expect((await marks(page))[0]).toEqual(expect.arrayContaining(['Đoàn', 'thanh', 'niên']));
  });

  it('find a document by its number without quoting its facts table', async () => {
    await typeQuery(page, '3468');
    const shown = await results(page);
    expect(shown[0]?.href).toBe('/van-ban/cv-3468-sgddt-gdtrh-kiem-tra-dinh-ky/');
    for (const result of shown) expect(result.excerpt).not.toMatch(LABELS);
    expect((await marks(page))[0]).toContain('3468');
  });

  it('never mark digits inside a date', async () => {
    await typeQuery(page, 'ke hoach tuyen sinh lop 6');
    const all = await page.$$eval('.ct-search__excerpt mark', (list) =>
      list.map(
        (m) =>
          `${m.previousSibling?.textContent?.slice(-1) ?? ''}${m.textContent}${m.nextSibling?.textContent?.[0] ?? ''}`,
      ),
    );
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((m) => /\d/.test(m) && /[/]/.test(m))).toEqual([]);
  });

  it('for a menu, quote dishes, not the column labels', async () => {
    await typeQuery(page, 'ca basa kho to');
    const [first] = await results(page);
    expect(first?.href).toBe('/thuc-don/thuc-don-tuan-12-23-11-2026/');
    expect(first?.excerpt).not.toMatch(LABELS);
    expect((await marks(page))[0]).toEqual(['cá', 'basa', 'kho', 'tộ']);
  });
});
