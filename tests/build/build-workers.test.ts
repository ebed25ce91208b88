/**
 * A site built by a persistent Astro worker that has just built another school is
 * byte for byte the site a fresh `astro build` process makes (scripts/lib/astro-worker.ts):
 * nothing of the first school's config, content or environment leaks into the second.
 * Only what differs between any two builds is left out: the build time in /api/v1/
 * and Pagefind's own hashes of its index files (they differ between two fresh runs too).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, BUILD_WORKERS_ENV } from '../../scripts/lib/build-site.ts';
import { FIXTURE_SITES_DIR, TEST_OUTPUT } from '../helpers/paths.ts';
import { snapshot } from '../helpers/snapshot.ts';

const fresh = join(TEST_OUTPUT, 'build-workers/fresh');
const reused = join(TEST_OUTPUT, 'build-workers/reused');
const quiet = { onOutput: () => {}, onWarning: () => {} };

/** The site's files as text, without what changes from one build to the next. */
function comparable(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const [path, base64] of snapshot(dir)) {
    if (path.startsWith('pagefind/')) continue;
    const text = /\.(html|json|xml|txt|css|js|yml|webmanifest)$/.test(path)
      ? Buffer.from(base64, 'base64').toString('utf8')
      : base64;
    files.set(path, path.startsWith('api/v1/') ? text.replace(/"generated": "[^"]+"/, '"generated": "…"') : text);
  }
  return files;
}

beforeAll(async () => {
  rmSync(join(TEST_OUTPUT, 'build-workers'), { recursive: true, force: true });
  process.env[BUILD_WORKERS_ENV] = '0';
  const alone = await buildSite('mini', { sitesDir: FIXTURE_SITES_DIR, outRoot: fresh, ...quiet });
  expect(alone.ok, alone.error).toBe(true);
  delete process.env[BUILD_WORKERS_ENV];
  // Another school first, in the same worker: its config, routes and content were loaded there.
  for (const site of ['thcs-tim-kiem', 'mini']) {
    const result = await buildSite(site, { sitesDir: FIXTURE_SITES_DIR, outRoot: reused, ...quiet });
    expect(result.ok, result.error).toBe(true);
  }
}, 600_000);
afterAll(() => rmSync(join(TEST_OUTPUT, 'build-workers'), { recursive: true, force: true }));

describe('a persistent Astro worker', () => {
  it('builds the second school exactly as a fresh process does', () => {
    const a = comparable(join(fresh, 'mini'));
    const b = comparable(join(reused, 'mini'));
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const differing = [...a.keys()].filter((path) => a.get(path) !== b.get(path));
    expect(differing).toEqual([]);
    expect(a.size).toBeGreaterThan(100);
  });

  it('indexes the same pages', () => {
    const pages = (dir: string) =>
      (
        JSON.parse(readFileSync(join(dir, 'mini/pagefind/pagefind-entry.json'), 'utf8')) as {
          languages: { vi: { page_count: number } };
        }
      ).languages.vi.page_count;
    expect(pages(reused)).toBe(pages(fresh));
  });

  it('leaves no trace of the first school in the second', () => {
    const text = [...comparable(join(reused, 'mini')).values()].join('\n');
    expect(text).not.toContain('thcstimkiem.hcm.edu.vn');
    expect(text).toContain('thcsthunghiem.hcm.edu.vn');
  });
});
