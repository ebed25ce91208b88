/**
 * The search index is built inside Astro's step (the theme's astro:build:done hook).
 * When Pagefind's service crashes there (a Rust panic), the site fails at the search
 * step with the bilingual message and a log, in a persistent worker and in a fresh
 * `astro build` process alike; nothing waits forever on the dead service, the previous
 * output stays, and the next site is built as usual.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, BUILD_WORKERS_ENV, type BuildResult } from '../../scripts/lib/build-site.ts';
import { FIXTURE_SITES_DIR, TEST_OUTPUT } from '../helpers/paths.ts';
import { snapshot } from '../helpers/snapshot.ts';

const SITE = 'thcs-tim-kiem';
/** Pagefind's Node API starts the binary this variable names. */
const BINARY_ENV = 'PAGEFIND_EXTENDED_BINARY_PATH';
const outRoot = join(TEST_OUTPUT, 'index-failure');
const scratch = mkdtempSync(join(tmpdir(), 'cong-truong-index-failure-'));
const quiet = { onOutput: () => {}, onWarning: () => {} };
const results: Record<'worker' | 'fresh' | 'after', BuildResult | undefined> = {
  worker: undefined,
  fresh: undefined,
  after: undefined,
};
let before: Map<string, string>;
let afterFailures: Map<string, string>;

function crashingPagefind(): string {
  const file = join(scratch, 'pagefind-panics');
  writeFileSync(
    file,
    '#!/bin/sh\necho "thread \'main\' panicked at src/service/mod.rs: index out of bounds" >&2\nexit 101\n',
  );
  chmodSync(file, 0o755);
  return file;
}

beforeAll(async () => {
  rmSync(outRoot, { recursive: true, force: true });
  // What an earlier, successful build left.
  mkdirSync(join(outRoot, SITE), { recursive: true });
  writeFileSync(join(outRoot, SITE, 'index.html'), '<!doctype html><title>Bản cũ</title>');
  before = snapshot(join(outRoot, SITE));
  process.env[BINARY_ENV] = crashingPagefind();
  try {
    results.worker = await buildSite(SITE, { sitesDir: FIXTURE_SITES_DIR, outRoot, ...quiet });
    process.env[BUILD_WORKERS_ENV] = '0';
    results.fresh = await buildSite(SITE, { sitesDir: FIXTURE_SITES_DIR, outRoot, ...quiet });
  } finally {
    delete process.env[BINARY_ENV];
    delete process.env[BUILD_WORKERS_ENV];
  }
  afterFailures = snapshot(join(outRoot, SITE));
  results.after = await buildSite(SITE, { sitesDir: FIXTURE_SITES_DIR, outRoot, ...quiet });
}, 900_000);
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(outRoot, { recursive: true, force: true });
});

describe('Pagefind crashing inside the theme hook', () => {
  it.each(['worker', 'fresh'] as const)('fails the site at the search step, in Vietnamese and English (%s)', (how) => {
    const result = results[how]!;
    expect(result.ok).toBe(false);
    expect(result.step).toBe('search');
    expect(result.error).toContain(
      `Không lập được chỉ mục tìm kiếm (trường ${SITE}, bước lập chỉ mục tìm kiếm Pagefind)`,
    );
    expect(result.error).toContain(`[en] Could not build the search index (site ${SITE}, Pagefind search index step)`);
    expect(result.error).not.toContain('Stack trace');
    expect(readFileSync(result.logFile!, 'utf8')).toContain("thread 'main' panicked");
  });

  it('keeps the previous output byte for byte', () => {
    expect(afterFailures).toEqual(before);
  });

  it('builds the next site as usual, with its index', () => {
    const after = results.after!;
    expect(after.ok, after.error).toBe(true);
    expect(after.index?.pages).toBeGreaterThan(10);
    expect(after.warnings?.some((w) => w.includes('không có lớp chữ'))).toBe(true);
  });
});
