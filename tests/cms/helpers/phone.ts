/** The admin on a 390 px phone: every click lands on something fully on screen, and nothing pans sideways. */
import { expect } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { saveNew } from './admin-page.ts';

export const PHONE = { width: 390, height: 844 } as const;

/** Opens the admin in a 390 px wide page (a desktop layout viewport, so innerWidth stays 390) and logs in. */
export async function openPhoneAdmin(
  browser: Browser,
  baseUrl: string,
  options: { locale?: string } = {},
): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, ...(options.locale ? { locale: options.locale } : {}) });
  const page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${baseUrl}/admin/`);
  await tap(page, page.getByRole('button', { name: 'Đăng nhập' }));
  await page.getByText('Mục nội dung').waitFor();
  return page;
}

/** Saves a new entry with a tap on «Lưu» and waits until Decap has opened it at its slug's address. */
export function tapSaveNew(page: Page): Promise<void> {
  return saveNew(page, (button) => tap(page, button, 'Lưu'));
}

/** Fails when the page is wider than the screen, i.e. the editor would have to pan sideways. */
export async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [
    document.scrollingElement?.scrollWidth ?? 0,
    window.innerWidth,
  ]);
  expect(innerWidth, `${where}: innerWidth`).toBe(PHONE.width);
  expect(scrollWidth, `${where}: page wider than the screen`).toBeLessThanOrEqual(innerWidth);
}

/**
 * Scrolls `target` into view vertically, checks that it lies wholly within the
 * screen's width and height and that nothing scrolls sideways, then clicks it.
 */
export async function tap(page: Page, target: Locator, name?: string): Promise<void> {
  const label = name ?? String(target);
  const box = await scrolledBox(target);
  expect(box, `${label}: not laid out`).not.toBeNull();
  if (!box) return;
  expect(box.x, `${label}: starts left of the screen`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${label}: ends right of the screen`).toBeLessThanOrEqual(PHONE.width);
  expect(box.y, `${label}: above the screen`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${label}: below the screen`).toBeLessThanOrEqual(PHONE.height);
  await expectNoSidewaysScroll(page, label);
  await target.click();
}

/**
 * Scrolls `target` into view and returns its box. Decap re-renders some widgets
 * (the rich-text editor, right after the entry loads), so an element found a
 * moment ago may be replaced; the locator is then resolved again.
 */
async function scrolledBox(target: Locator): Promise<{ x: number; y: number; width: number; height: number } | null> {
  for (let attempt = 1; ; attempt++) {
    await target.waitFor({ state: 'visible' });
    try {
      await target.scrollIntoViewIfNeeded();
      return await target.boundingBox();
    } catch (error) {
      if (attempt >= 5 || !/not attached to the DOM/.test(String(error))) throw error;
    }
  }
}
