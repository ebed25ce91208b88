/**
 * The base fixture built by the real theme (scripts/lib/build-site.ts) audits clean,
 * and the built-HTML rules see a problem injected into that real markup.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { auditSite } from '../../scripts/audit/index.ts';
import type { SiteResult } from '../../scripts/audit/types.ts';
import { ROOT, TEST_OUTPUT } from '../helpers/paths.ts';
import { REF_DATE, describeFindings, rulesHit } from './helpers/variant.ts';

const SITES = resolve(ROOT, 'tests/fixtures/audit');
const OUT = resolve(TEST_OUTPUT, 'audit-build');
const BUILT = join(OUT, 'base');

beforeAll(async () => {
  if (process.env.CONG_TRUONG_REUSE_TEST_BUILD === '1' && existsSync(join(BUILT, 'index.html'))) return;
  process.env.CONG_TRUONG_CACHE_DIR ??= join(TEST_OUTPUT, '.astro-cache');
  const result = await buildSite('base', { sitesDir: SITES, outRoot: OUT });
  if (!result.ok) throw new Error(`Building the audit base fixture failed:\n${result.error}`);
});

/** Audits a copy of the real build after changing one page. */
function auditWith(url: string, change: (html: string) => string): SiteResult {
  const dist = join(mkdtempSync(join(tmpdir(), 'cong-truong-audit-real-')), 'base');
  cpSync(BUILT, dist, { recursive: true });
  const file = join(dist, url, 'index.html');
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  expect(after, 'the change must alter the page').not.toBe(before);
  writeFileSync(file, after);
  return auditSite(join(SITES, 'base'), dist, { date: REF_DATE });
}

describe('the base fixture built by the theme', () => {
  it('passes every rule', () => {
    const result = auditSite(join(SITES, 'base'), BUILT, { date: REF_DATE });
    expect(describeFindings(result)).toEqual([]);
  });

  it('fails sieu-du-lieu without DC.creator', () => {
    expect(
      rulesHit(
        auditWith('/tin-tuc/hoi-thi-giao-vien-day-gioi/', (h) => h.replace(/<meta name="DC\.creator"[^>]*>/i, '')),
      ),
    ).toEqual(['sieu-du-lieu']);
  });

  it('fails chan-trang without the phone number in the footer', () => {
    expect(rulesHit(auditWith('/van-ban/', (h) => h.replace(/(<footer[\s\S]*?)028 3896 1234/, '$1')))).toEqual([
      'chan-trang',
    ]);
  });

  it('fails chuc-nang-in without the print control', () => {
    expect(
      rulesHit(
        auditWith('/tin-tuc/hoi-thi-giao-vien-day-gioi/', (h) =>
          h.replace(/<div class="ct-print[\s\S]*?<\/details>\s*<\/div>/, ''),
        ),
      ),
    ).toEqual(['chuc-nang-in']);
  });

  it('fails anh-thieu-alt with an image without alt', () => {
    expect(rulesHit(auditWith('/', (h) => h.replace('</main>', '<img src="/logo.svg"></main>')))).toEqual([
      'anh-thieu-alt',
    ]);
  });
});
