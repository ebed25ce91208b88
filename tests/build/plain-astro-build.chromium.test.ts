/**
 * The theme integration owns the whole site build: a plain `astro build` in a build
 * root (no `npm run build`, nothing handed on) makes the same pages as the build
 * pipeline, with the search index (built in the theme's astro:build:done hook from the
 * entries it reads itself), the warnings of the indexer in Astro's log, and no
 * temporary file in the output. The pipeline's build is made in the same run, so both
 * read the same sources. Searched in Chromium through the real /tim-kiem/ page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { createBuildRoot, removeBuildRoot } from '../../scripts/lib/build-root.ts';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { BUILD_DATA_ENV } from '../../themes/cong-truong/build-data.ts';
import { INDEX_REPORT_ENV } from '../../themes/cong-truong/indexing/report.ts';
import { NETWORK_ENV } from '../../content-schemas/network.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { FIXTURE_SITES_DIR, TEST_OUTPUT } from '../helpers/paths.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';
import { snapshot } from '../helpers/snapshot.ts';
import { openSearch, results, typeQuery } from '../search/search-ui.ts';

const SITE = 'thcs-tim-kiem';
const ASTRO_BIN = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

/** The same site through `npm run build`'s pipeline, from the same sources at the same moment. */
const PIPELINE_OUT = join(TEST_OUTPUT, 'plain-astro-build');
let root: string;
let out: string;
let run: { code: number | null; output: string };
let browser: Browser;
let server: StaticServer;

function astroBuild(cwd: string): Promise<typeof run> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CONG_TRUONG_SITE: SITE,
    CONG_TRUONG_SITES_DIR: FIXTURE_SITES_DIR,
    CONG_TRUONG_CACHE_DIR: join(TEST_OUTPUT, '.astro-cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  // Nothing handed on, as when someone runs `npx astro build` by hand.
  for (const key of [BUILD_DATA_ENV, INDEX_REPORT_ENV, NETWORK_ENV, 'CONG_TRUONG_OUT']) delete env[key];
  return new Promise((done) => {
    const child = spawn(process.execPath, [ASTRO_BIN, 'build'], { cwd, env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => done({ code, output }));
  });
}

/** Each indexed page of the site as Pagefind stores it (URL, text, filters, metadata). */
function fragments(dir: string): Map<string, unknown> {
  const found = new Map<string, unknown>();
  const folder = join(dir, 'pagefind/fragment');
  for (const name of readdirSync(folder)) {
    const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
    const fragment = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
    // Only the site's own pages: the pipeline adds what the Phòng addressed to the school.
    if (fragment.url.startsWith('/')) found.set(fragment.url, fragment);
  }
  return found;
}

beforeAll(async () => {
  root = createBuildRoot(SITE, Date.now());
  out = join(root, 'dist', SITE);
  run = await astroBuild(root);
  rmSync(PIPELINE_OUT, { recursive: true, force: true });
  const pipeline = await buildSite(SITE, {
    sitesDir: FIXTURE_SITES_DIR,
    outRoot: PIPELINE_OUT,
    onOutput: () => {},
    onWarning: () => {},
  });
  expect(pipeline.ok, pipeline.error).toBe(true);
  server = await serve(out);
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) removeBuildRoot(root);
  rmSync(PIPELINE_OUT, { recursive: true, force: true });
});

describe('a plain astro build of a build root', () => {
  it('succeeds and writes the search index', () => {
    expect(run.code, run.output).toBe(0);
    expect(existsSync(join(out, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(out, 'pagefind/pagefind-entry.json'))).toBe(true);
    // Pagefind's ready-made interfaces are not published: the theme's search page uses pagefind.js.
    expect(readdirSync(join(out, 'pagefind')).filter((name) => /-ui\.|highlight/.test(name))).toEqual([]);
  });

  it('leaves no temporary search records in the output', () => {
    const files = [...snapshot(out).keys()];
    expect(files.filter((path) => path.startsWith('tim-kiem/'))).toEqual(['tim-kiem/index.html']);
    expect(files.filter((path) => /ban-ghi|records|index-report|build-data/.test(path))).toEqual([]);
  });

  it('says in its log, in Vietnamese and English, what the index could not read', () => {
    expect(run.output).toMatch(/tìm kiếm \/ search: tệp \/tep\/\S+\.pdf không có lớp chữ .* has no text layer/);
    expect(run.output).toMatch(/\d+ trang trong chỉ mục tìm kiếm \/ pages in the search index/);
  });

  it('makes the same pages as the build pipeline', () => {
    const pages = (dir: string) =>
      [...snapshot(dir).keys()].filter((path) => !path.startsWith('pagefind/') && !path.startsWith('.')).sort();
    expect(pages(out)).toEqual(pages(join(PIPELINE_OUT, SITE)));
  });

  it("indexes the site's pages exactly as the build pipeline does: text, filters, dates", () => {
    const plain = fragments(out);
    const pipeline = fragments(join(PIPELINE_OUT, SITE));
    expect([...plain.keys()].sort()).toEqual([...pipeline.keys()].sort());
    expect(plain.size).toBeGreaterThan(10);
    for (const [url, fragment] of plain) expect(fragment, url).toEqual(pipeline.get(url));
  });

  it('is searchable from /tim-kiem/, the text of attached PDFs included', async () => {
    const page = await openSearch(browser, server.url);
    await typeQuery(page, 'niem phong tui de');
    expect((await results(page))[0]?.href).toContain('/van-ban/quyet-dinh-hoi-dong-kiem-tra-hoc-ky/');
    await typeQuery(page, 'tkb');
    expect((await results(page))[0]?.href).toContain('/tin-tuc/thoi-khoa-bieu-hoc-ky-i/');
    await page.close();
  });
});
