/**
 * The admin bundle: built once per version and then read from the cache (fifty
 * sites must not bundle fifty times), self-contained (no CDN, no web fonts) and
 * within a size budget.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../helpers/paths.ts';
import { adminBundleKey, ensureAdminBundle } from '../../themes/cong-truong/admin/bundle.ts';

/** A fresh process, as each site build is: proves the cache is on disk, not in memory. */
function bundleInNewProcess(): { built: boolean; dir: string; ms: number } {
  const script = `const { ensureAdminBundle } = await import(${JSON.stringify(join(ROOT, 'themes/cong-truong/admin/bundle.ts'))});
const t = Date.now(); const b = await ensureAdminBundle(); console.log(JSON.stringify({ built: b.built, dir: b.dir, ms: Date.now() - t }));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}');
}

describe('admin bundle', () => {
  it('is keyed by the admin sources and the lockfile, and stable', () => {
    expect(adminBundleKey()).toMatch(/^[0-9a-f]{16}$/);
    expect(adminBundleKey()).toBe(adminBundleKey());
  });

  it('is built at most once, then served from the cache by later processes', () => {
    const first = bundleInNewProcess();
    const second = bundleInNewProcess();
    expect(second.built).toBe(false);
    expect(second.dir).toBe(first.dir);
    expect(second.ms).toBeLessThan(2000);
  });

  it('loads nothing from outside and stays within its size budget', async () => {
    const bundle = await ensureAdminBundle();
    const scripts = bundle.files.filter((f) => f.endsWith('.js'));
    const code = scripts.map((f) => readFileSync(join(bundle.dir, f), 'utf8')).join('\n');
    expect(code).not.toMatch(/fonts\.googleapis|fonts\.gstatic|unpkg\.com|cdn\.jsdelivr|cdnjs\.cloudflare|esm\.sh/);
    const raw = scripts.reduce((sum, f) => sum + statSync(join(bundle.dir, f)).size, 0);
    const entry = readFileSync(join(bundle.dir, bundle.entry));
    const gzip = gzipSync(entry, { level: 9 }).length;
    console.info(
      `admin bundle: ${scripts.length} scripts, ${(raw / 1e6).toFixed(2)} MB raw; entry ${(entry.length / 1e6).toFixed(2)} MB, ${(gzip / 1e6).toFixed(2)} MB gzip`,
    );
    // decap-cms-app with everything is 5.9 MB raw / 1.38 MB gzip for its entry.
    expect(raw).toBeLessThan(4_200_000);
    expect(gzip).toBeLessThan(1_200_000);
  });
});
