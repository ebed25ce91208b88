/**
 * The benchmark's query sets (scripts/bench/search-queries/<site>.json), the queries
 * marked `test`, on the example sites as the global setup built them: typed into the
 * real /tim-kiem/ page over the real Pagefind index, each must put one of its expected
 * pages first. Answers only: the times are the benchmark's (npm run bench -- --search-precision).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';
import { EXAMPLE_DIST } from '../helpers/paths.ts';
import { ask, openSearchPage, querySets } from '../../scripts/bench/search-precision.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

for (const set of querySets()) {
  const queries = set.queries.filter((q) => q.test);
  describe(`${set.site}: ${queries.length} of ${set.queries.length} benchmark queries`, () => {
    let server: StaticServer;
    let page: Page;
    beforeAll(async () => {
      server = await serve(join(EXAMPLE_DIST, set.site));
      page = await openSearchPage(browser, server.url);
    });
    afterAll(async () => {
      await page?.close();
      await server?.close();
    });

    it.each(queries.map((q) => [q.q, q.note, q.expect] as const))(
      '«%s» (%s) puts an expected page first',
      async (q, _note, expected) => {
        const { top } = await ask(page, q);
        expect(expected).toContain(top[0]);
      },
    );
  });
}

it('has 15 to 25 queries per example site, with and without tone marks', () => {
  const sets = querySets();
  expect(sets.map((s) => s.site).sort()).toEqual([
    'mn-hoa-sen',
    'phong-vhxh-ben-thanh',
    'so-gddt-tphcm',
    'thcs-nguyen-du',
  ]);
  for (const set of sets) {
    expect(set.queries.length).toBeGreaterThanOrEqual(15);
    expect(set.queries.length).toBeLessThanOrEqual(25);
    const marked = set.queries.filter((q) => q.q.normalize('NFD') !== q.q.normalize('NFD').replace(/\p{M}/gu, ''));
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.length).toBeLessThan(set.queries.length);
  }
});
