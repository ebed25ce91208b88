/**
 * The header on a 390×800 phone in Chromium: the theme's own chrome (identifier,
 * header, search, menu, breadcrumbs) ends within the first 40% of the screen, so the
 * page heading starts there unless alerts are in force (measured and reported apart);
 * "Menu" is a button with aria-expanded, "Chữ lớn" and "Tương phản cao" are switches,
 * remembered between pages, and the switches still work with JavaScript off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';
import { builtSites, pageTypes } from './built-sites.ts';

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
  it.each(['news-list', 'news-detail', 'documents-list', 'qa', 'contact', 'english'])('puts the heading of %s within the first 40% of the screen, alerts aside', async (type) => {
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(`${site.url}${pageTypes(school)[type]}`);
    const { top, alerts } = await headingTop(page);
    expect(top - alerts, `${type}: h1 at ${top} px, alerts ${alerts} px`).toBeLessThanOrEqual(0.4 * PHONE.height);
    await page.close();
  });

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
