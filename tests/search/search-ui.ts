/**
 * Driving /tim-kiem/ in Chromium the way a visitor does: type into the labelled
 * input, wait until the page says the search has rendered, read what is on screen.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { normalizeQuery } from '../../themes/cong-truong/search/vietnamese.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';

export interface ShownResult {
  href: string;
  title: string;
  section: string;
  date: string;
  excerpt: string;
}

const ROOT = '[data-ct-search]';

/** A built site served on 127.0.0.1 and the Chromium that visits it; filled in by beforeAll. */
export interface ServedSite {
  browser: Browser;
  /** The server's base URL, without a trailing slash. */
  url: string;
}

/** Serves `dir` and opens Chromium before the calling file's (or describe's) tests; closes both after them. */
export function servedSite(dir: string): ServedSite {
  const site = {} as ServedSite;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serve(dir);
    site.url = server.url;
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await server?.close();
  });
  return site;
}

/** Opens the search page (optionally with a query string) and waits for Pagefind. */
export async function openSearch(browser: Browser, baseUrl: string, search = ''): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${baseUrl}/tim-kiem/${search}`);
  await page.waitForSelector(`${ROOT}[data-state="ready"], ${ROOT}[data-state="done"]`);
  return page;
}

/**
 * Waits until the results for `query` are rendered (state "done" for exactly that
 * query) and their count announced in the live region.
 */
export async function searched(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    ([root, q]) => {
      const el = document.querySelector<HTMLElement>(root!);
      return el?.dataset.state === 'done' && el.dataset.query === q && el.dataset.announced === q;
    },
    [ROOT, normalizeQuery(query)],
  );
}

/** Clears the input and types `query` key by key, like a person. */
export async function typeQuery(page: Page, query: string): Promise<void> {
  const input = page.getByLabel('Từ khóa tìm kiếm');
  await input.fill('');
  await input.pressSequentially(query);
  await searched(page, query);
}

export function results(page: Page): Promise<ShownResult[]> {
  return page.$$eval('.ct-search__result', (items) =>
    items.map((li) => ({
      href: li.querySelector('a')?.getAttribute('href') ?? '',
      title: li.querySelector('a')?.textContent ?? '',
      section: li.querySelector('.ct-search__section')?.textContent ?? '',
      date: li.querySelector('time')?.textContent ?? '',
      excerpt: li.querySelector('.ct-search__excerpt')?.textContent ?? '',
    })),
  );
}

export async function status(page: Page): Promise<string> {
  return (await page.locator('[role="status"]').textContent()) ?? '';
}
