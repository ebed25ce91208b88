/**
 * A parent's walk at 360×800 in Chromium over every page type of the example sites and
 * the mini fixture (home, news, văn bản and its filters, công khai, thực đơn, kế hoạch
 * tuần, lịch công tác, hỏi đáp, lấy ý kiến, liên hệ, tuyển sinh, albums, search, 404,
 * English pages, the Phòng's member pages), with «Chữ lớn» off and on: nothing past the
 * screen's edge, captions as wide as their tables, tap targets WCAG 2.5.8 allows, the
 * theme's e-mail addresses broken only after an "@" or before a ".", every image loaded; with «Chữ lớn» the switches
 * keep two rows and news cards give their titles the full width.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';
import { builtSites, pageTypes } from './built-sites.ts';
import { readThrough, visitorProblems } from './visitor-measure.ts';

const PHONE = { width: 360, height: 800 };
/** Pages a parent reaches that pageTypes() leaves out: search and the Phòng's member status. */
const MORE = ['/tim-kiem/', '/truong-hoc/cong-khai/', '/lich-cong-tac/'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A phone whose reader has (or has not) chosen «Chữ lớn» on an earlier visit. */
async function phone(large: boolean): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: PHONE });
  if (large) await context.addInitScript(() => localStorage.setItem('ct-display', JSON.stringify({ large: true })));
  return context;
}

describe.each(builtSites().map((s) => [s.id, s] as const))('%s at 360 px', (_id, s) => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serve(s.dist);
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each([false, true])('shows every page type whole and within reach («Chữ lớn»: %s)', async (large) => {
    const context = await phone(large);
    const page = await context.newPage();
    const urls = [...Object.values(pageTypes(s)), ...MORE];
    const found: string[] = [];
    let visited = 0;
    for (const url of urls) {
      const response = await page.goto(`${server.url}${url}`);
      if (response?.status() === 404 && url !== '/404.html') continue;
      visited++;
      await readThrough(page);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), url).toBe(
        large ? '20px' : '16px',
      );
      found.push(...(await visitorProblems(page)).map((p) => `${url}: ${p}`));
    }
    expect(visited).toBeGreaterThan(25);
    expect(found).toEqual([]);
    await context.close();
  });

  it('keeps the switches on two rows and gives news titles the full width with «Chữ lớn»', async () => {
    const context = await phone(true);
    const page = await context.newPage();
    await page.goto(`${server.url}/tin-tuc/`);
    const rows = await page.evaluate(
      () =>
        new Set(
          [...document.querySelectorAll('.ct-identifier a, .ct-identifier label')]
            .filter((e) => e.getBoundingClientRect().height > 0)
            .map((e) => Math.round(e.getBoundingClientRect().top)),
        ).size,
    );
    expect(rows).toBeLessThanOrEqual(2);
    const narrow = await page.evaluate(() => {
      const main = document.querySelector('main')!.getBoundingClientRect().width;
      return [...document.querySelectorAll('main article h2')]
        .filter((h) => h.getBoundingClientRect().width < 0.9 * main)
        .map((h) => h.textContent?.trim());
    });
    expect(narrow).toEqual([]);
    await context.close();
  });
});

describe("the Phòng's member status page", () => {
  it('says every unit has published every item instead of «0 đơn vị chưa công khai đủ»', async () => {
    const s = builtSites().find((b) => b.id === 'phong-vhxh-ben-thanh')!;
    const server = await serve(s.dist);
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(`${server.url}/truong-hoc/cong-khai/`);
    const lagging = await page.locator('[data-lagging="true"]').count();
    const lead = await page.locator('main p').first().innerText();
    expect(lead).not.toMatch(/\b0 đơn vị/);
    if (lagging === 0) expect(lead).toContain('đơn vị nào cũng đã công khai đủ các mục');
    else expect(lead).toContain(`${lagging} đơn vị chưa công khai đủ`);
    await page.close();
    await server.close();
  });
});
