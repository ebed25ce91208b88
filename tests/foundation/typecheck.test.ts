/**
 * The whole code base (themes, schemas, scripts, tests) type-checks in strict mode,
 * with Astro's generated content types: `npm run typecheck` exits 0.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths.ts';

describe('npm run typecheck', () => {
  it('reports no TypeScript error', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/typecheck.ts')], { cwd: ROOT, encoding: 'utf8' });
    const errors = `${run.stdout}${run.stderr}`.split('\n').filter((line) => line.includes('error TS'));
    expect(errors).toEqual([]);
    expect(run.status, run.stderr).toBe(0);
  }, 180_000);
});
