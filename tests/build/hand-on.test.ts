/**
 * The build reads and validates a site's content once and hands on what later steps
 * need (scripts/lib/build-site.ts): the redirects the theme's `astro:build:done` hook
 * writes and the search records it indexes come from a file in the build root, and are
 * those of the entries read.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSite, validateSite } from '../../content-schemas/validate.ts';
import { handOn } from '../../scripts/lib/build-root.ts';
import { loadNetwork } from '../../scripts/lib/network/index.ts';
import { BUILD_DATA_ENV, buildDataFor, buildDataOf, readBuildData } from '../../themes/cong-truong/build-data.ts';
import { redirectsOf } from '../../themes/cong-truong/redirects.ts';
import { searchRecordsOf } from '../../themes/cong-truong/search/records.ts';
import { NETWORK_SITES_DIR, SITES_DIR } from '../helpers/paths.ts';

const root = mkdtempSync(join(tmpdir(), 'cong-truong-hand-on-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('content handed on by the build', () => {
  it('the build data file holds the redirects and search records of the validated entries, as the hook reads them', () => {
    const siteDir = join(SITES_DIR, 'thcs-nguyen-du');
    const { entries } = validateSite(siteDir);
    const file = handOn(root, 'build-data.json', buildDataOf(entries));
    expect(file).toBe(join(root, 'build-data.json'));
    const handed = readBuildData(file)!;
    const read = readSite(siteDir).entries;
    expect(handed.redirects).toEqual(redirectsOf(read));
    expect(handed.searchRecords).toEqual(searchRecordsOf(read));
    // The example school moved from an old portal: the list is not trivially empty.
    expect(handed.redirects.length).toBeGreaterThan(0);
    expect(handed.redirects.every((r) => r.file.startsWith(siteDir))).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(handed);
  });

  it('without a handed-on file (npm run dev, plain astro build) the hook reads the entries itself', () => {
    expect(readBuildData(undefined)).toBeUndefined();
    expect(BUILD_DATA_ENV).toBe('CONG_TRUONG_BUILD_DATA');
    const siteDir = join(SITES_DIR, 'mn-hoa-sen');
    const saved = process.env[BUILD_DATA_ENV];
    delete process.env[BUILD_DATA_ENV];
    try {
      const data = buildDataFor(siteDir);
      expect(data.searchRecords).toEqual(searchRecordsOf(validateSite(siteDir).entries));
      expect(data.searchRecords.length).toBeGreaterThan(50);
    } finally {
      if (saved !== undefined) process.env[BUILD_DATA_ENV] = saved;
    }
  });

  it('the liên thông loader given the validated entries assembles the same Network as reading them', async () => {
    const opts = {
      sitesDir: NETWORK_SITES_DIR,
      siteId: 'phong-vhxh-thu-nghiem',
      buildDate: new Date('2026-11-20T03:00:00Z'),
      cacheDir: join(root, 'lien-thong'),
    };
    const read = await loadNetwork(opts);
    const handed = await loadNetwork({
      ...opts,
      ownEntries: validateSite(join(NETWORK_SITES_DIR, opts.siteId)).entries,
    });
    expect(handed).toEqual(read);
    expect(handed.upstream.documents.length + handed.members.length).toBeGreaterThan(0);
  });
});
