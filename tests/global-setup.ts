/**
 * Builds the example sites and the fixture sites once per test run, with the real
 * build pipeline (validation, Astro, Pagefind), into tests/.output. Test files
 * read those outputs instead of each rebuilding the same sites.
 */
import { rmSync } from 'node:fs';
import { buildSite } from '../scripts/lib/build-site.ts';
import { listSites, membersFirst } from '../scripts/lib/sites.ts';
import {
  EXAMPLE_DIST,
  FIXTURE_DIST,
  FIXTURE_SITES_DIR,
  NETWORK_DIST,
  NETWORK_SITES_DIR,
  SITES_DIR,
  TEST_OUTPUT,
} from './helpers/paths.ts';

async function buildAll(sitesDir: string, outRoot: string): Promise<void> {
  for (const site of membersFirst(sitesDir, listSites(sitesDir)).flat()) {
    const result = await buildSite(site, { sitesDir, outRoot });
    if (!result.ok) throw new Error(`Building ${site} failed:\n${result.error}`);
  }
}

export default async function setup(): Promise<void> {
  if (process.env.CONG_TRUONG_REUSE_TEST_BUILD === '1') return;
  rmSync(TEST_OUTPUT, { recursive: true, force: true });
  process.env.CONG_TRUONG_CACHE_DIR = `${TEST_OUTPUT}/.astro-cache`;
  // Copies of other portals' /api/v1/ stay with the test output, never in the project's cache.
  process.env.CONG_TRUONG_NETWORK_CACHE = `${TEST_OUTPUT}/.lien-thong-cache`;
  await buildAll(SITES_DIR, EXAMPLE_DIST);
  await buildAll(FIXTURE_SITES_DIR, FIXTURE_DIST);
  await buildAll(NETWORK_SITES_DIR, NETWORK_DIST);
}
