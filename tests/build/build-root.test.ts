/** The private project root each build runs in: the sources as hard links, its own .astro/. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBuildRoot, removeBuildRoot } from '../../scripts/lib/build-root.ts';

let project: string;
let root: string;

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'cong-truong-project-'));
  const files = [
    'astro.config.mjs',
    'package.json',
    'themes/cong-truong/index.ts',
    'content-schemas/site.ts',
    'node_modules/astro/package.json',
    '.astro/content-assets.mjs',
    'dist/a/index.html',
    'sites/a/site.yaml',
    'tests/x.test.ts',
    '.git/HEAD',
    '.scratch.tmp.mjs',
  ];
  for (const file of files) {
    mkdirSync(join(project, file, '..'), { recursive: true });
    writeFileSync(join(project, file), file);
  }
  root = createBuildRoot('thcs-a', 1, project);
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('createBuildRoot', () => {
  it('holds the sources and a link to node_modules, not outputs, content, tests or .astro', () => {
    expect(readdirSync(root).sort()).toEqual([
      'astro.config.mjs',
      'content-schemas',
      'node_modules',
      'package.json',
      'themes',
    ]);
    expect(lstatSync(join(root, 'node_modules')).isSymbolicLink()).toBe(true);
    expect(realpathSync(join(root, 'node_modules/astro/package.json'))).toBe(
      realpathSync(join(project, 'node_modules/astro/package.json')),
    );
  });

  it('links files rather than copying them (same inode on one file system)', () => {
    const linked = statSync(join(root, 'themes/cong-truong/index.ts'));
    const source = statSync(join(project, 'themes/cong-truong/index.ts'));
    expect(linked.ino).toBe(source.ino);
    expect(lstatSync(join(root, 'themes')).isDirectory()).toBe(true);
  });

  it('is removed without touching the project', () => {
    removeBuildRoot(root);
    expect(existsSync(root)).toBe(false);
    expect(readFileSync(join(project, 'themes/cong-truong/index.ts'), 'utf8')).toBe('themes/cong-truong/index.ts');
    expect(existsSync(join(project, 'node_modules/astro/package.json'))).toBe(true);
  });
});
