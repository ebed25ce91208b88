/**
 * The build reads and validates a site's content once and hands on what later steps
 * need (scripts/lib/build-site.ts): the redirects the theme's `astro:build:done` hook
 * writes come from a file in the build root, and are those of the entries read.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSite, validateSite } from '../../content-schemas/validate.ts';
import { handOn } from '../../scripts/lib/build-root.ts';
import { loadNetwork } from '../../scripts/lib/network/index.ts';
import { REDIRECTS_ENV, readRedirectsFile, redirectsOf } from '../../themes/cong-truong/redirects.ts';
import { NETWORK_SITES_DIR, SITES_DIR } from '../helpers/paths.ts';

const root = mkdtempSync(join(tmpdir(), 'cong-truong-hand-on-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('content handed on by the build', () => {
  it('the redirects file holds the redirects of the validated entries, as the hook would read them', () => {
    const siteDir = join(SITES_DIR, 'thcs-nguyen-du');
    const { entries } = validateSite(siteDir);
    const file = handOn(root, 'redirects.json', redirectsOf(entries));
    expect(file).toBe(join(root, 'redirects.json'));
    const handed = readRedirectsFile(file);
    expect(handed).toEqual(redirectsOf(readSite(siteDir).entries));
    // The example school moved from an old portal: the list is not trivially empty.
    expect(handed!.length).toBeGreaterThan(0);
    expect(handed!.every((r) => r.file.startsWith(siteDir))).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(handed);
  });

  it('without a handed-on file (npm run dev, plain astro build) the hook reads the entries itself', () => {
    expect(readRedirectsFile(undefined)).toBeUndefined();
    expect(REDIRECTS_ENV).toBe('CONG_TRUONG_REDIRECTS');
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
