/**
 * The filters of /tim-kiem/ on a phone (360 and 390 px): folded behind «Lọc kết quả»
 * so the first result is on the first screen, the button saying how many filters are
 * on; on a wide screen the filters show as before.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { EXAMPLE_DIST } from '../helpers/paths.ts';
import { searched, servedSite } from './search-ui.ts';

const site = servedSite(join(EXAMPLE_DIST, 'thcs-nguyen-du'));

async function open(width: number, search: string) {
  const context = await site.browser.newContext({
    viewport: { width, height: 740 },
    isMobile: width < 500,
    hasTouch: width < 500,
  });
  const page = await context.newPage();
  await page.goto(`${site.url}/tim-kiem/${search}`);
  return page;
}

describe.each([360, 390])('at %i px', (width) => {
  it('folds the filters behind «Lọc kết quả» and shows the first result on the first screen', async () => {
    const page = await open(width, '?q=hoc+phi');
    await searched(page, 'hoc phi');
    const toggle = page.getByRole('button', { name: 'Lọc kết quả' });
    expect(await toggle.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByLabel('Loại nội dung').isVisible()).toBe(false);
    const first = await page.locator('.ct-search__result').first().boundingBox();
    expect(first).not.toBeNull();
    expect(first!.y).toBeLessThan(740);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByLabel('Loại nội dung').isVisible()).toBe(true);
    await page.getByLabel('Loại nội dung').selectOption('Công khai');
    await searched(page, 'hoc phi');
    expect(await toggle.textContent()).toContain('1');
    expect(await page.getByRole('button', { name: '1 bộ lọc đang chọn' }).count()).toBe(1);
    await page.context().close();
  });

  it('counts the filters a shared address turns on, while they stay folded', async () => {
    const page = await open(width, `?q=ke+hoach&loai=${encodeURIComponent('Văn bản')}&nam_hoc=2026-2027`);
    await searched(page, 'ke hoach');
    const toggle = page.getByRole('button', { name: 'Lọc kết quả (2 bộ lọc đang chọn)' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByLabel('Năm học').isVisible()).toBe(false);
    await page.context().close();
  });
});

it('shows the filters without a disclosure on a wide screen', async () => {
  const page = await open(1280, '?q=hoc+phi');
  await searched(page, 'hoc phi');
  expect(await page.getByRole('button', { name: 'Lọc kết quả' }).isVisible()).toBe(false);
  expect(await page.getByLabel('Loại nội dung').isVisible()).toBe(true);
  await page.context().close();
});
