/** axe-core over /tim-kiem/ in the states a visitor sees: results, a filter, nothing found. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { FIXTURE_DIST } from '../helpers/paths.ts';
import { openSearch, results, searched, servedSite, typeQuery } from './search-ui.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeViolation {
  id: string;
  impact: string;
  nodes: { target: string[] }[];
}

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async (tags) => {
    const run = (
      window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }
    ).axe.run;
    return (await run(document, { runOnly: { type: 'tag', values: tags } })).violations;
  }, TAGS);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const site = servedSite(join(FIXTURE_DIST, 'thcs-tim-kiem'));

describe('axe on /tim-kiem/', () => {
  it('has 0 violations with results and marked excerpts shown', async () => {
    const page = await openSearch(site.browser, site.url);
    await typeQuery(page, 'tuyen sinh');
    expect((await results(page)).length).toBeGreaterThan(1);
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('has 0 violations with a filter, a sort order and «Xem thêm kết quả» shown', async () => {
    const page = await openSearch(site.browser, site.url, '?q=h%E1%BB%8Dc&sap_xep=moi-nhat');
    await searched(page, 'học');
    await page.getByLabel('Loại nội dung').selectOption('Tin tức');
    await searched(page, 'học');
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('has 0 violations when nothing is found', async () => {
    const page = await openSearch(site.browser, site.url);
    await typeQuery(page, 'xyzzy');
    expect(await axe(page)).toEqual([]);
    await page.close();
  });
});
