/**
 * The code is in the formatter's shape (prettier, 120 columns, `.prettierrc.json`):
 * `npm run format:check` exits 0. Run `npm run format` after editing.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths.ts';

describe('npm run format:check', () => {
  it('finds every TypeScript, script and style file formatted', () => {
    const prettier = join(ROOT, 'node_modules/prettier/bin/prettier.cjs');
    const run = spawnSync(process.execPath, [prettier, '--check', '**/*.{ts,mjs,css}'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const unformatted = run.stdout
      .split('\n')
      .filter((line) => line.startsWith('[warn] ') && !line.includes('Code style issues'));
    expect(unformatted, 'run "npm run format"').toEqual([]);
    expect(run.status, run.stderr).toBe(0);
  }, 120_000);
});
