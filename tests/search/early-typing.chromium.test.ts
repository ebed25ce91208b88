/**
 * Typing on /tim-kiem/ before its script or Pagefind has arrived (a slow phone
 * connection): nothing typed is lost, the caret stays where the visitor left it, and
 * the search runs on what is in the box once the script is in. The script and the
 * Pagefind files are held back by request interception until the typing is done.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { EXAMPLE_DIST } from '../helpers/paths.ts';
import { results, searched, servedSite } from './search-ui.ts';

const site = servedSite(join(EXAMPLE_DIST, 'thcs-nguyen-du'));

/** Holds every request matching `pattern` until `release()` is called. */
async function holdBack(page: Page, pattern: RegExp): Promise<{ held: () => number; release: () => void }> {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  let held = 0;
  await page.route(pattern, async (route: Route) => {
    held += 1;
    await gate;
    await route.continue();
  });
  return { held: () => held, release: open };
}

const SEARCH_SCRIPT = /\/_astro\/SearchApp[^/]*\.js$/;
const PAGEFIND = /\/pagefind\//;
const MENU = /^\/thuc-don\//;

async function box(page: Page) {
  const input = page.getByLabel('Từ khóa tìm kiếm');
  await input.waitFor();
  return input;
}

const caret = (page: Page) =>
  page.$eval('#ct-search-q', (el) => [(el as HTMLInputElement).selectionStart, (el as HTMLInputElement).selectionEnd]);

describe('typing before the search has loaded', () => {
  it('keeps every letter typed before the script arrives, and the caret, then searches them', async () => {
    const page = await site.browser.newPage();
    const gate = await holdBack(page, SEARCH_SCRIPT);
    await page.goto(`${site.url}/tim-kiem/`, { waitUntil: 'commit' });
    const input = await box(page);
    await input.pressSequentially('thuc don', { delay: 40 });
    // Back over "don", as someone fixing a word would: the caret must stay there.
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    expect(gate.held()).toBe(1);
    expect(await page.$eval('[data-ct-search]', (el) => (el as HTMLElement).dataset.state ?? '')).toBe('');
    gate.release();
    await searched(page, 'thuc don');
    expect(await input.inputValue()).toBe('thuc don');
    expect(await caret(page)).toEqual([5, 5]);
    expect((await results(page))[0]?.href).toMatch(MENU);
    expect(new URL(page.url()).searchParams.get('q')).toBe('thuc don');
    await page.close();
  });

  it('keeps typing that goes on while Pagefind loads, and searches the whole text', async () => {
    const page = await site.browser.newPage();
    const gate = await holdBack(page, PAGEFIND);
    await page.goto(`${site.url}/tim-kiem/`);
    const input = await box(page);
    await page.waitForFunction(() => document.querySelector('[role="status"]')?.textContent !== '');
    await input.pressSequentially('thuc don', { delay: 40 });
    gate.release();
    await searched(page, 'thuc don');
    expect(await input.inputValue()).toBe('thuc don');
    expect(await caret(page)).toEqual([8, 8]);
    expect((await results(page))[0]?.href).toMatch(MENU);
    // Typing on after the results keeps working from the same box.
    await input.pressSequentially(' tuan 12', { delay: 40 });
    await searched(page, 'thuc don tuan 12');
    expect((await results(page))[0]?.href).toBe('/thuc-don/thuc-don-tuan-12-23-11-2026/');
    await page.close();
  });

  it('prefers what the visitor typed over the query in the address', async () => {
    const page = await site.browser.newPage();
    const gate = await holdBack(page, SEARCH_SCRIPT);
    await page.goto(`${site.url}/tim-kiem/?q=tkb`, { waitUntil: 'commit' });
    const input = await box(page);
    await input.pressSequentially('hoc phi', { delay: 40 });
    gate.release();
    await searched(page, 'hoc phi');
    expect(await input.inputValue()).toBe('hoc phi');
    expect((await results(page))[0]?.href).toMatch(/^\/cong-khai\/hoc-phi-/);
    await page.close();
  });

  it('still fills the box from the address when nothing was typed', async () => {
    const page = await site.browser.newPage();
    const gate = await holdBack(page, SEARCH_SCRIPT);
    await page.goto(`${site.url}/tim-kiem/?q=${encodeURIComponent('thực đơn')}`, { waitUntil: 'commit' });
    await box(page);
    gate.release();
    await searched(page, 'thực đơn');
    expect(await page.getByLabel('Từ khóa tìm kiếm').inputValue()).toBe('thực đơn');
    expect((await results(page))[0]?.href).toMatch(MENU);
    await page.close();
  });
});
