/**
 * Astro's content cache keeps entry paths relative to the project root. `npm run dev`
 * (and `astro sync`) run in the checkout, `npm run build` in a private root: a cache
 * written by the first must not make the second lose the images of cached entries
 * (it once failed with ImageNotFound until node_modules/.astro was deleted).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { FIXTURE_SITES_DIR, ROOT } from '../helpers/paths.ts';

const require = createRequire(import.meta.url);
const ASTRO_BIN = join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');

describe('the Astro cache', () => {
  it('written by astro in the checkout, does not break a later build', () => {
    const work = mkdtempSync(join(tmpdir(), 'cong-truong-cache-'));
    const env = { ...process.env, CONG_TRUONG_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' };
    try {
      const sync = spawnSync(process.execPath, [ASTRO_BIN, 'sync'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...env, CONG_TRUONG_SITE: 'mini', CONG_TRUONG_SITES_DIR: FIXTURE_SITES_DIR },
      });
      expect(sync.status, sync.stderr).toBe(0);
      expect(readdirSync(join(work, 'cache')).length).toBeGreaterThan(0);
      const build = spawnSync(
        process.execPath,
        ['scripts/build.ts', '--sites-dir', FIXTURE_SITES_DIR, '--site', 'mini', '--out-dir', join(work, 'dist')],
        {
          cwd: ROOT,
          encoding: 'utf8',
          env,
        },
      );
      expect(build.status, build.stderr).toBe(0);
      expect(existsSync(join(work, 'dist/mini/tin-tuc/le-khai-giang-nam-hoc-moi/index.html'))).toBe(true);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 300_000);
});
