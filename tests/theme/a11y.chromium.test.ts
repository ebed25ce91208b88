/**
 * In headless Chromium, one page of every page type of the example schools (and of
 * the page types they lack: the units' member list and home, the fixture's extras):
 * axe-core finds no WCAG 2.0/2.1/2.2 A–AA violation, nothing scrolls sideways at
 * 320 px, and screenshots at 360 px and 1280 px go to <test output>/screenshots/.
 * The liên thông pages are swept on the three-level fixture.
 * No axe rule is disabled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';
import { NETWORK_DIST, TEST_OUTPUT } from '../helpers/paths.ts';
import { builtSites, EXAMPLE_SCHOOL_IDS, EXAMPLE_UNIT_IDS, pageTypes } from './built-sites.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SHOTS = join(TEST_OUTPUT, 'screenshots');

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map(
      (v) =>
        `${v.id} (${v.help}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    );
  }, TAGS);
}

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);

// Every page type of the example schools, plus the page types they lack (the units'
// member list, the fixture's extras) and the units' home pages, which carry the members' blocks.
const sites = builtSites();
const covered = new Set(
  sites.filter((s) => EXAMPLE_SCHOOL_IDS.includes(s.id)).flatMap((s) => Object.keys(pageTypes(s))),
);
const sweep = sites.map((s) => {
  const types = Object.entries(pageTypes(s));
  if (EXAMPLE_SCHOOL_IDS.includes(s.id)) return { s, types };
  return {
    s,
    types: types.filter(([type]) => !covered.has(type) || (EXAMPLE_UNIT_IDS.includes(s.id) && type === 'home')),
  };
});

describe.each(sweep.filter((x) => x.types.length).map((x) => [x.s.id, x] as const))(
  '%s in Chromium',
  (id, { s, types }) => {
    let browser: Browser;
    let server: StaticServer;
    beforeAll(async () => {
      [browser, server] = await Promise.all([launchBrowser(), serve(s.dist)]);
      mkdirSync(join(SHOTS, id), { recursive: true });
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it.each(types)('%s (%s): no axe violation, no sideways scroll, screenshots', async (type, url) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(server.url + url);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SHOTS, id, `${type}-1280.png`), fullPage: true });
      await page.setViewportSize({ width: 360, height: 800 });
      await page.screenshot({ path: join(SHOTS, id, `${type}-360.png`), fullPage: true });
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await horizontalOverflow(page), `${url} at 320 px`).toBeLessThanOrEqual(0);
      await page.close();
    });

    it('has no axe violation on the home page at phone width, menu open', async () => {
      const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
      await page.goto(`${server.url}/`);
      await page.getByText('Menu', { exact: true }).click();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  },
);

// Liên thông pages, on the three-level fixture: what the units sent (home block, văn bản
// rows with their files, the full list, the banner) and a unit's members' news and công khai status.
const NETWORK_PAGES: Record<string, Record<string, string>> = {
  'th-thu-nghiem': {
    'network-home': '/',
    'network-documents': '/van-ban/',
    'network-upstream-list': '/van-ban/co-quan/cap-tren/',
  },
  'phong-vhxh-thu-nghiem': { 'network-unit-home': '/', 'network-member-status': '/truong-hoc/cong-khai/' },
  'so-gddt-thu-nghiem': { 'network-office-status': '/truong-hoc/cong-khai/' },
};

describe.each(Object.entries(NETWORK_PAGES))('%s (liên thông fixture) in Chromium', (id, types) => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serve(join(NETWORK_DIST, id))]);
    mkdirSync(join(SHOTS, id), { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(Object.entries(types))(
    '%s (%s): no axe violation, no sideways scroll with every list open, screenshots',
    async (type, url) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(server.url + url);
      // The status page folds each school's published items into <details>: check them open too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SHOTS, id, `${type}-1280.png`), fullPage: true });
      await page.setViewportSize({ width: 360, height: 800 });
      await page.screenshot({ path: join(SHOTS, id, `${type}-360.png`), fullPage: true });
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await horizontalOverflow(page), `${url} at 320 px`).toBeLessThanOrEqual(0);
      await page.close();
    },
  );
});

describe('CSS-only controls (fixture mini, 320 px)', () => {
  const mini = sites.find((s) => s.id === 'mini')!;
  let browser: Browser;
  let server: StaticServer;
  let page: Page;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serve(mini.dist)]);
    page = await browser.newPage({ viewport: { width: 320, height: 640 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens the main menu with its "Menu" checkbox, without JavaScript', async () => {
    await page.goto(`${server.url}/tin-tuc/`);
    const list = page.locator('.ct-nav__list');
    expect(await list.isVisible()).toBe(false);
    await page.getByText('Menu', { exact: true }).click();
    expect(await list.isVisible()).toBe(true);
    expect(await list.getByRole('link', { name: 'Tin tức' }).getAttribute('aria-current')).toBe('page');
  });

  it('enlarges text by 25% and still reflows within 320 px', async () => {
    await page.goto(`${server.url}/van-ban/kh-tuyen-sinh-lop-6/`);
    await page.getByLabel('Chữ lớn').check();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('20px');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  it('switches to high contrast: black chrome, black text', async () => {
    await page.goto(`${server.url}/`);
    await page.getByLabel('Tương phản cao').check();
    const nav = await page.locator('.ct-nav').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(nav).toBe('rgb(0, 0, 0)');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('prints the content and the legal facts, without menus, search or display options', async () => {
    await page.goto(`${server.url}/tin-tuc/anh-san-truong/`);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.ct-nav', 'form[role="search"]', '.ct-print', 'nav[aria-label="Vị trí của trang"]']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.locator('footer dl').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('starts keyboard navigation with the skip link, which leads to the main content', async () => {
    await page.goto(`${server.url}/tin-tuc/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('ct-skip');
    await page.keyboard.press('Enter');
    expect(page.url()).toMatch(/#noi-dung$/);
  });
});
