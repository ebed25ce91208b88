/**
 * `npm ci` on macOS or Windows fails when the lockfile lacks the platform builds of
 * a native package (the registry mirror here once lacked them). Every optional
 * dependency that names a platform must therefore have its own lockfile entry.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths.ts';

interface LockEntry {
  optionalDependencies?: Record<string, string>;
}

const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockEntry>;
};
const PLATFORM = /(darwin|win32|linux)-(x64|arm64|ia32)/;

function entryFor(dependent: string, name: string): LockEntry | undefined {
  // npm nests a dependency next to its dependent when versions conflict.
  const nested = `${dependent}/node_modules/${name}`;
  return lock.packages[nested] ?? lock.packages[`node_modules/${name}`];
}

describe('package-lock.json', () => {
  const missing: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    for (const name of Object.keys(entry.optionalDependencies ?? {})) {
      if (PLATFORM.test(name) && /darwin|win32/.test(name) && !entryFor(path, name)) missing.push(`${path} → ${name}`);
    }
  }

  it('lists the macOS and Windows builds of every native package', () => {
    expect(missing).toEqual([]);
  });

  it('covers the native packages of the stack', () => {
    for (const name of [
      '@pagefind/darwin-arm64',
      '@tailwindcss/oxide-win32-x64-msvc',
      '@img/sharp-darwin-arm64',
      '@astrojs/compiler-binding-darwin-arm64',
    ]) {
      expect(lock.packages[`node_modules/${name}`], name).toBeDefined();
    }
  });
});
