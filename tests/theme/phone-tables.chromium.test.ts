/**
 * Tables on a 360 px phone, in Chromium, over every page type of the example sites and
 * the mini fixture and every other page that has a table: no cell outside the screen
 * or cut by a scroll box, no content wider than its cell, no word split across lines
 * ("15.180", "2026-2027", "Buổi"), no phone number on two lines ("028 3836 4512",
 * "máy lẻ 105"), figures tabular and right-aligned where marked; the
 * văn bản list shows every column, «Trích yếu» first, with no sideways scrolling.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';
import { builtSites, pageTypes, type BuiltSite } from './built-sites.ts';
import { tableProblems } from './table-measure.ts';

const PHONE = { width: 360, height: 800 };
const SKIP = ['admin', '_astro', 'pagefind', 'api', 'tim-kiem'];

/** URLs of the built pages that hold a table. */
function pagesWithTables(s: BuiltSite, dir = s.dist): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return dir === s.dist && SKIP.includes(name) ? [] : pagesWithTables(s, path);
    if (name !== 'index.html' || !readFileSync(path, 'utf8').includes('<table')) return [];
    return [`/${relative(s.dist, dir).split('\\').join('/')}/`.replace(/^\/\/$/, '/')];
  });
}

describe.each(builtSites().map((s) => [s.id, s] as const))('%s at 360 px', (_id, s) => {
  let browser: Browser;
  let server: StaticServer;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serve(s.dist);
    page = await browser.newPage({ viewport: PHONE });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows every table cell whole on every page type and every page with a table', async () => {
    const urls = [...new Set([...Object.values(pageTypes(s)), ...pagesWithTables(s)])];
    expect(urls.length).toBeGreaterThan(20);
    const found: string[] = [];
    for (const url of urls) {
      await page.goto(`${server.url}${url}`);
      const problems = await tableProblems(page);
      found.push(...problems.map((p) => `${url}: ${p.kind} «${p.text}»`));
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (sideways > 0) found.push(`${url}: page scrolls sideways by ${sideways} px`);
    }
    expect(found).toEqual([]);
  });

  it('lists văn bản as cards whose «Trích yếu» link, number, date and issuer are all on screen', async () => {
    await page.goto(`${server.url}/van-ban/`);
    const rows = await page.evaluate(() =>
      [...document.querySelectorAll('.ct-table--docs tbody tr')].map((tr) => {
        const cells = [...tr.querySelectorAll('td')].map((td) => td.getBoundingClientRect());
        const link = tr.querySelector('td:nth-child(3) a')!.getBoundingClientRect();
        return {
          cells: cells.map((c) => ({ left: c.left, right: c.right, width: c.width })),
          link: { left: link.left, right: link.right, top: link.top },
          firstTop: Math.min(...cells.map((c) => c.top)),
        };
      }),
    );
    if (s.entries.some((e) => e.collection === 'documents' && !e.data.draft)) expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      for (const c of r.cells) {
        expect(c.width).toBeGreaterThan(0);
        expect(c.left).toBeGreaterThanOrEqual(0);
        expect(c.right).toBeLessThanOrEqual(PHONE.width);
      }
      expect(r.link.right).toBeLessThanOrEqual(PHONE.width);
      // The trích yếu leads the card.
      expect(r.link.top).toBeLessThanOrEqual(r.firstTop + 12);
    }
    // Each value says what it is on the card; the column headers stay for screen readers.
    if (rows.length)
      expect(await page.locator('.ct-table--docs tbody tr').first().innerText()).toMatch(
        /Số ký hiệu: .+\n?.*Ngày ban hành: \d{2}\/\d{2}\/\d{4}/s,
      );
  });
});
