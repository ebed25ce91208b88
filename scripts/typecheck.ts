/**
 * `npm run typecheck`: generates Astro's content types (`astro sync`, which needs a
 * site to read; the collections are the same for every site) and runs `tsc` in
 * strict mode over themes, schemas, scripts, tools and tests. The site is a new
 * school made from the templates in a temporary folder, so the check needs neither
 * the example sites nor the test fixtures.
 *
 *   npm run typecheck
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createSchools } from './lib/onboarding/create.ts';

const ROOT = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const SYNC_SITE = 'kiem-tra-kieu';
const SYNC_SITES_DIR = mkdtempSync(join(tmpdir(), 'cong-truong-typecheck-'));
process.on('exit', () => rmSync(SYNC_SITES_DIR, { recursive: true, force: true }));
createSchools(
  [{ id: SYNC_SITE, name: 'Trường THCS Kiểm Tra Kiểu', level: 'thcs', source: { file: 'scripts/typecheck.ts' } }],
  { sitesDir: SYNC_SITES_DIR },
);

function run(script: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return result.status ?? 1;
}

const synced = run(join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs'), ['sync'], {
  CONG_TRUONG_SITE: SYNC_SITE,
  CONG_TRUONG_SITES_DIR: SYNC_SITES_DIR,
  ASTRO_TELEMETRY_DISABLED: '1',
});
if (synced !== 0) process.exit(synced);
process.exit(
  run(join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc'), ['--noEmit', '-p', 'tsconfig.json']),
);
