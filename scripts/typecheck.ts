/**
 * `npm run typecheck`: generates Astro's content types (`astro sync`, which needs a
 * site to read; the collections are the same for every site) and runs `tsc` in
 * strict mode over themes, schemas, scripts and tests.
 *
 *   npm run typecheck
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const SYNC_SITE = 'mini';
const SYNC_SITES_DIR = resolve(ROOT, 'tests/fixtures/sites');

function run(script: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

const synced = run(join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs'), ['sync'], {
  CONG_TRUONG_SITE: SYNC_SITE,
  CONG_TRUONG_SITES_DIR: SYNC_SITES_DIR,
  ASTRO_TELEMETRY_DISABLED: '1',
});
if (synced !== 0) process.exit(synced);
process.exit(run(join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc'), ['--noEmit', '-p', 'tsconfig.json']));
