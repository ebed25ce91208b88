/**
 * The English pages of every example site and the mini fixture, in Chromium: no
 * Vietnamese letter in any text (or alt, title, aria-label) whose nearest lang is not
 * vi, "máy lẻ" read as "ext.", and contacts once: /en/ names the leaders without
 * phone numbers (the footer and /en/lien-he/ carry them).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';
import { builtSites } from './built-sites.ts';
import { vietnameseOutsideVi } from './vietnamese-outside.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(builtSites().map((s) => [s.id, s] as const))('%s', (_id, s) => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serve(s.dist);
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each(['/en/', '/en/lien-he/'])('%s is English, or marked lang="vi"', async (path) => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${server.url}${path}`);
    expect(await vietnameseOutsideVi(page)).toEqual([]);
    expect(await page.locator('body').innerText()).not.toContain('máy lẻ');
    if (path === '/en/') expect(await page.locator('main a[href^="tel:"]').count()).toBe(0);
    await page.close();
  });
});
