/**
 * A newcomer moves a collection by editing its URL in the registry and nothing else.
 * This test does exactly that in a private copy of the project (the same copy the
 * build makes for itself: scripts/lib/build-root.ts), builds the fixture site with
 * the copy's own build command, and checks that everything that names the news
 * moved with it: pages, links, breadcrumbs, the menu, feeds, the sitemap, /api/v1/,
 * the old addresses' redirects, the search index and the audit.
 */
import { spawnSync } from 'node:child_process';
import { gunzipSync } from 'node:zlib';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateSite } from '../../content-schemas/validate.ts';
import { isEntryOf } from '../../content-schemas/entry.ts';
import { createBuildRoot, removeBuildRoot } from '../../scripts/lib/build-root.ts';
import { FIXTURE_DIST, FIXTURE_SITES_DIR } from '../helpers/paths.ts';

const OLD = '/tin-tuc/';
const NEW = '/tin-tuc-su-kien/';
const REGISTRY = 'content-schemas/index.ts';

/** The registry's text with the news moved; fails loudly if the registry no longer reads as expected. */
function movedRegistry(text: string): string {
  const before = `url: '${OLD}',\n    detail: '${OLD}[slug]/',`;
  expect(text, `${REGISTRY} no longer states news as "${before}"`).toContain(before);
  return text.replace(before, `url: '${NEW}',\n    detail: '${NEW}[slug]/',`);
}

let project = '';
let out = '';
let dist = '';

beforeAll(() => {
  project = createBuildRoot('registry-moved-url', Date.now());
  out = mkdtempSync(join(tmpdir(), 'cong-truong-moved-url-'));
  // The copy's files are hard links to the checkout's: replace the file, never write through it.
  const registry = join(project, REGISTRY);
  const text = movedRegistry(readFileSync(registry, 'utf8'));
  rmSync(registry);
  writeFileSync(registry, text);
  const run = spawnSync(
    process.execPath,
    ['scripts/build.ts', '--site', 'mini', '--sites-dir', FIXTURE_SITES_DIR, '--out-dir', out],
    {
      cwd: project,
      encoding: 'utf8',
      // Caches of this build stay with its output, apart from the checkout's.
      env: {
        ...process.env,
        CONG_TRUONG_CACHE_DIR: join(out, '.astro-cache'),
        CONG_TRUONG_NETWORK_CACHE: join(out, '.lien-thong-cache'),
      },
    },
  );
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  dist = join(out, 'mini');
}, 900_000);

afterAll(() => {
  if (project) removeBuildRoot(project);
  if (out) rmSync(out, { recursive: true, force: true });
});

const page = (url: string) => join(dist, url, 'index.html');
const html = (url: string) => readFileSync(page(url), 'utf8');

/** Every built HTML page with its text. */
function pages(): [string, string][] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => [join(d.parentPath, d.name), readFileSync(join(d.parentPath, d.name), 'utf8')]);
}

describe(`the registry moves the news from ${OLD} to ${NEW}`, () => {
  const { entries } = validateSite(join(FIXTURE_SITES_DIR, 'mini'));
  const news = entries.filter(isEntryOf('news')).filter((e) => e.data.draft !== true);

  it('serves the list, every entry, the category and pagination pages at the new address, and none at the old', () => {
    expect(news.length).toBeGreaterThan(20);
    for (const url of [NEW, `${NEW}trang/2/`, ...news.map((n) => `${NEW}${n.slug}/`)])
      expect(existsSync(page(url)), url).toBe(true);
    for (const c of new Set(news.map((n) => n.data.category)))
      expect(existsSync(page(`${NEW}chuyen-muc/${c}/`)), c).toBe(true);
    expect(existsSync(join(dist, OLD)), `${OLD} still built`).toBe(false);
  });

  it('links no page to the old address', () => {
    const stale = pages().filter(([, text]) => text.includes(OLD));
    expect(stale.map(([file]) => file.slice(dist.length))).toEqual([]);
  });

  it('moves the menu item, the breadcrumbs, the category links and the canonical address', () => {
    const home = html('/');
    const menu = /<nav class="ct-nav[\s\S]*?<\/nav>/.exec(home)?.[0] ?? '';
    expect(menu).toContain(`href="${NEW}"`);
    const entry = news.find((n) => n.slug === 'le-khai-giang-nam-hoc-moi');
    const detail = html(`${NEW}le-khai-giang-nam-hoc-moi/`);
    const crumbs = /<nav aria-label="[^"]*" class="ct-noprint py-3[^"]*">[\s\S]*?<\/nav>/.exec(detail)?.[0];
    expect(crumbs).toContain(`href="${NEW}"`);
    expect(crumbs).toContain(`href="${NEW}chuyen-muc/${entry?.data.category}/"`);
    expect(detail).toMatch(new RegExp(`<link rel="canonical" href="https://[^"]+${NEW}le-khai-giang-nam-hoc-moi/"`));
  });

  it('moves the feed, the sitemap and the text sitemap', () => {
    const rss = readFileSync(join(dist, 'rss.xml'), 'utf8');
    expect(rss).toContain(`${NEW}le-khai-giang-nam-hoc-moi/</link>`);
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`${NEW}le-khai-giang-nam-hoc-moi/</loc>`);
    expect(sitemap).not.toContain(OLD);
    expect(html('/so-do-cong/')).toContain(`href="${NEW}"`);
  });

  it('gives the new address to other portals (/api/v1/tin-tuc.json)', () => {
    const api = JSON.parse(readFileSync(join(dist, 'api/v1/tin-tuc.json'), 'utf8')) as { items: { url: string }[] };
    expect(api.items.length).toBe(news.length);
    for (const item of api.items) expect(new URL(item.url).pathname.startsWith(NEW), item.url).toBe(true);
  });

  it("finds with the build's own audit what it finds on the unmoved build (no broken link, every article printable)", () => {
    const summary = (root: string) => JSON.parse(readFileSync(join(root, '.audit/mini.json'), 'utf8')).audit;
    expect(summary(out)).toEqual(summary(FIXTURE_DIST));
  });

  it("sends the entry's old addresses to its new page", () => {
    const redirect = html('/index.php/news/le-khai-giang/');
    expect(redirect).toContain(`url=${NEW}le-khai-giang-nam-hoc-moi/`);
  });

  it('indexes the news for search at the new address', () => {
    const dir = join(dist, 'pagefind/fragment');
    const urls = readdirSync(dir).map(
      (f) =>
        JSON.parse(
          gunzipSync(readFileSync(join(dir, f)))
            .toString('utf8')
            .replace(/^pagefind_dcd/, ''),
        ).url,
    );
    expect(urls).toContain(`${NEW}le-khai-giang-nam-hoc-moi/`);
    expect(urls.filter((u: string) => u.startsWith(OLD))).toEqual([]);
  });
});
