/**
 * The header on a phone in Chromium: the theme's own chrome (identifier, header,
 * search, menu, breadcrumbs) ends within the first 40% of the screen, so the page
 * heading starts there: at 390×800 alerts aside; at 360×800 with one and with two
 * alerts in force, on Vietnamese and English pages of every example site and of a copy
 * of the Sở (the longest names: its identifier, parent and name lines). "Menu" is a
 * button with aria-expanded, "Chữ lớn" and "Tương phản cao" are switches, remembered
 * between pages, and the switches still work with JavaScript off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';
import { copySite } from '../helpers/temp-site.ts';
import { SITES_DIR } from '../helpers/paths.ts';
import { builtSites, EXAMPLE_IDS, pageTypes } from './built-sites.ts';

const PHONE = { width: 390, height: 800 };
const school = builtSites().find((s) => s.id === 'thcs-nguyen-du')!;
let browser: Browser;
let site: StaticServer;

beforeAll(async () => {
  browser = await launchBrowser();
  site = await serve(school.dist);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Top of the h1, and the height the alert banner (if any) takes above it. */
function headingTop(page: Page): Promise<{ top: number; alerts: number }> {
  return page.evaluate(() => {
    const h1 = document.querySelector('h1')!.getBoundingClientRect();
    const banner = [...document.querySelectorAll('body > section')].find((s) => s.querySelector('li.border-l-8'));
    return { top: h1.top, alerts: banner ? banner.getBoundingClientRect().height : 0 };
  });
}

describe('the header on a 390 px phone', () => {
  it.each(['news-list', 'news-detail', 'documents-list', 'qa', 'contact', 'english'])(
    'puts the heading of %s within the first 40% of the screen, alerts aside',
    async (type) => {
      const page = await browser.newPage({ viewport: PHONE });
      await page.goto(`${site.url}${pageTypes(school)[type]}`);
      const { top, alerts } = await headingTop(page);
      expect(top - alerts, `${type}: h1 at ${top} px, alerts ${alerts} px`).toBeLessThanOrEqual(0.4 * PHONE.height);
      await page.close();
    },
  );

  it('offers Menu as a button that opens and closes the menu', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(`${site.url}/lien-he/`);
    const menu = page.getByRole('button', { name: 'Menu', exact: true });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    const firstLink = page.locator('#ct-menu a').first();
    expect(await firstLink.isVisible()).toBe(false);
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await firstLink.isVisible()).toBe(true);
    await menu.click();
    expect(await firstLink.isVisible()).toBe(false);
    expect(await page.getByRole('checkbox', { name: 'Menu' }).count()).toBe(0);
    await page.close();
  });

  it('shows "Chữ lớn" and "Tương phản cao" as switches and remembers them on the next page', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${site.url}/lien-he/`);
    const large = page.getByRole('switch', { name: 'Chữ lớn' });
    const contrast = page.getByRole('switch', { name: 'Tương phản cao' });
    expect(await large.isChecked()).toBe(false);
    expect(await contrast.isChecked()).toBe(false);
    const rootSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(await rootSize()).toBe('16px');
    await large.click();
    expect(await rootSize()).toBe('20px');
    await page.getByRole('link', { name: 'Trang chủ' }).first().click();
    await page.waitForURL(`${site.url}/`);
    expect(await page.getByRole('switch', { name: 'Chữ lớn' }).isChecked()).toBe(true);
    expect(await page.getByRole('switch', { name: 'Tương phản cao' }).isChecked()).toBe(false);
    expect(await rootSize()).toBe('20px');
    await page.getByRole('switch', { name: 'Chữ lớn' }).click();
    await page.goto(`${site.url}/tin-tuc/`);
    expect(await rootSize()).toBe('16px');
    await context.close();
  });

  it('keeps the switches working with JavaScript off (CSS only, not remembered)', async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/lien-he/`);
    await page.getByRole('switch', { name: 'Chữ lớn' }).click();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('20px');
    await context.close();
  });
});

const SMALL = { width: 360, height: 800 };
const ALERTS = [
  'Học sinh toàn Thành phố nghỉ Tết Nguyên đán Đinh Mùi từ ngày 01/02/2027 đến hết ngày 14/02/2027 (thứ Hai 15/02/2027 đi học lại). 🎉',
  'Do ảnh hưởng của bão số 9, học sinh các trường ven biển nghỉ học ngày mai; Sở GD&ĐT đề nghị cha mẹ theo dõi thông báo của trường.',
];

/** What stands above the h1 at 360 px: the h1's top, the identifier's and utility row's line counts. */
function chrome(page: Page): Promise<{ top: number; identifierLines: number; utilityRows: number; alerts: string }> {
  return page.evaluate(() => {
    const lineHeight = (e: Element) => parseFloat(getComputedStyle(e).lineHeight);
    const sentence = document.querySelector('.ct-identifier p')!;
    const controls = [...document.querySelectorAll('.ct-identifier a, .ct-identifier label')].filter(
      (e) => e.getBoundingClientRect().height > 0,
    );
    return {
      top: document.querySelector('h1')!.getBoundingClientRect().top,
      identifierLines: Math.round((sentence.getBoundingClientRect().height - 4) / lineHeight(sentence)),
      utilityRows: new Set(controls.map((e) => Math.round(e.getBoundingClientRect().top))).size,
      alerts: (document.querySelector('section.ct-alerts summary') as HTMLElement | null)?.innerText ?? '',
    };
  });
}

const PAGES_AT_360 = ['/', '/tin-tuc/', '/van-ban/', '/lien-he/', '/en/', '/en/lien-he/'];

describe.each(EXAMPLE_IDS)('%s at 360 px', (id) => {
  const s = builtSites().find((b) => b.id === id)!;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serve(s.dist);
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each(PAGES_AT_360)(
    '%s: one identifier line, one row of utilities, the heading within the first 40%, alerts included',
    async (path) => {
      const page = await browser.newPage({ viewport: SMALL });
      await page.goto(`${server.url}${path}`);
      const found = await chrome(page);
      expect(found.identifierLines, `${path}: identifier`).toBe(1);
      expect(found.utilityRows, `${path}: utility rows`).toBe(1);
      expect(found.top, `${path}: h1 at ${found.top} px (alerts: «${found.alerts}»)`).toBeLessThanOrEqual(
        0.4 * SMALL.height,
      );
      await page.close();
    },
  );
});

describe.each([1, 2])('a copy of the Sở with %i alert(s) in force, at 360 px', (count) => {
  let out: string;
  let server: StaticServer;
  beforeAll(async () => {
    const temp = copySite(join(SITES_DIR, 'so-gddt-tphcm'), 'so-gddt-tphcm');
    for (const file of readdirSync(join(temp.siteDir, 'content/thong-bao-khan')))
      rmSync(join(temp.siteDir, 'content/thong-bao-khan', file));
    ALERTS.slice(0, count).forEach((title, i) =>
      temp.write(
        `content/thong-bao-khan/khan-${i + 1}.md`,
        `---\ntitle: "${title}"\nlevel: ${i ? 'urgent' : 'info'}\nstart: 2020-01-01\nend: 2099-12-31\n---\n`,
      ),
    );
    out = mkdtempSync(join(tmpdir(), 'heading-so-'));
    const result = await buildSite('so-gddt-tphcm', { sitesDir: temp.sitesDir, outRoot: out });
    rmSync(temp.sitesDir, { recursive: true, force: true });
    expect(result.error).toBeUndefined();
    server = await serve(join(out, 'so-gddt-tphcm'));
  });
  afterAll(async () => {
    await server?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it.each([...PAGES_AT_360, '/tin-tuc/hoi-nghi-trien-khai-nhiem-vu-nam-hoc-2026-2027/'])(
    '%s starts its heading within the first 40 percent of the screen',
    async (path) => {
      const page = await browser.newPage({ viewport: SMALL });
      await page.goto(`${server.url}${path}`);
      const found = await chrome(page);
      expect(found.alerts).toMatch(count === 2 ? /2 (thông báo|notices)/ : /Xem|Read/);
      expect(found.identifierLines, `${path}: identifier`).toBe(1);
      expect(found.utilityRows, `${path}: utility rows`).toBe(1);
      expect(found.top, `${path}: h1 at ${found.top} px`).toBeLessThanOrEqual(0.4 * SMALL.height);
      await page.close();
    },
  );

  it('names the switches in full on English pages, with the shorter visible label inside the name', async () => {
    const page = await browser.newPage({ viewport: SMALL });
    await page.goto(`${server.url}/en/`);
    const contrast = page.getByRole('switch', { name: 'High contrast' });
    expect(await contrast.isVisible()).toBe(true);
    const visible = await page.locator('label[for="ct-tuong-phan"]').innerText();
    expect(visible.trim()).toBe('Contrast');
    expect('High contrast'.toLowerCase()).toContain(visible.trim().toLowerCase());
    await contrast.click();
    expect(await contrast.isChecked()).toBe(true);
    await page.close();
  });
});
