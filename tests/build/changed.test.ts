/**
 * `--changed <ref>`: the pure mapping from changed files to sites, then the same
 * over real `git diff` in a temporary repository (committed, uncommitted and
 * untracked changes, Vietnamese file names, a bad ref).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { affectedSites, GitError, sitesChangedSince } from '../../scripts/lib/changed.ts';

const ALL = ['mn-hoa-sen', 'th-kim-dong', 'thcs-nguyen-du'];

describe('affectedSites (pure)', () => {
  it('a content change rebuilds only that site', () => {
    expect(affectedSites(['sites/th-kim-dong/content/tin-tuc/khai-giang.md'], ALL)).toEqual({ all: false, sites: ['th-kim-dong'], sharedChanges: [], removed: [] });
  });

  it('changes in two sites rebuild both, once each, sorted', () => {
    const files = ['sites/thcs-nguyen-du/site.yaml', 'sites/mn-hoa-sen/media/a.jpg', 'sites/thcs-nguyen-du/public/logo.svg'];
    expect(affectedSites(files, ALL).sites).toEqual(['mn-hoa-sen', 'thcs-nguyen-du']);
  });

  it.each([
    ['themes/cong-truong/layouts/Base.astro'],
    ['content-schemas/collections/news.ts'],
    ['astro.config.mjs'],
    ['package-lock.json'],
  ])('a change to %s rebuilds every site', (file) => {
    expect(affectedSites([file, 'sites/mn-hoa-sen/site.yaml'], ALL)).toEqual({ all: true, sites: ALL, sharedChanges: [file], removed: [] });
  });

  it('templates, tests, docs and other scripts rebuild nothing', () => {
    const files = ['sites/_templates/thcs/site.yaml', 'tests/build/shard.test.ts', 'README.md', 'scripts/audit.ts', 'sites/README.md', 'themes.txt'];
    expect(affectedSites(files, ALL)).toEqual({ all: false, sites: [], sharedChanges: [], removed: [] });
  });

  it('reports a site folder that changed but is gone', () => {
    expect(affectedSites(['sites/thcs-cu/site.yaml'], ALL)).toEqual({ all: false, sites: [], sharedChanges: [], removed: ['thcs-cu'] });
  });

  it("a school's site.yaml change also rebuilds the Phòng that lists it; its news does not", () => {
    const hierarchy = { parentOf: new Map([['th-kim-dong', 'phong-vhxh']]), units: ['phong-vhxh'] };
    const all = [...ALL, 'phong-vhxh'];
    expect(affectedSites(['sites/th-kim-dong/site.yaml'], all, 'sites', hierarchy).sites).toEqual(['phong-vhxh', 'th-kim-dong']);
    expect(affectedSites(['sites/th-kim-dong/content/tin-tuc/a.md'], all, 'sites', hierarchy).sites).toEqual(['th-kim-dong']);
    // A removed school may have been listed by any unit.
    expect(affectedSites(['sites/thcs-cu/site.yaml'], all, 'sites', hierarchy)).toMatchObject({ sites: ['phong-vhxh'], removed: ['thcs-cu'] });
  });

  it('works with another sites folder', () => {
    expect(affectedSites(['truong/mn-hoa-sen/site.yaml', 'sites/th-kim-dong/site.yaml'], ALL, 'truong').sites).toEqual(['mn-hoa-sen']);
  });
});

describe('sitesChangedSince (real git)', () => {
  let repo: string;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  };
  const since = (ref: string) => sitesChangedSince(ref, join(repo, 'sites'), ALL);

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'cong-truong-changed-'));
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'test@example.invalid');
    git('config', 'user.name', 'Test');
    for (const site of ALL) write(`sites/${site}/site.yaml`, `name: ${site}\n`);
    write('themes/cong-truong/layouts/Base.astro', '<html></html>\n');
    write('content-schemas/site.ts', 'export {};\n');
    write('.gitignore', 'dist/\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'start');
    git('tag', 'start');
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('nothing changed: nothing to build', () => {
    expect(since('HEAD')).toEqual({ all: false, sites: [], sharedChanges: [], removed: [] });
  });

  it('an uncommitted edit, an untracked file with a Vietnamese name and an ignored file', () => {
    write('sites/th-kim-dong/site.yaml', 'name: đổi\n');
    write('sites/mn-hoa-sen/content/tin-tuc/bé-vui-hội-trăng-rằm.md', '---\ntitle: x\n---\n');
    write('dist/thcs-nguyen-du/index.html', '<p>ignored</p>');
    expect(since('HEAD').sites).toEqual(['mn-hoa-sen', 'th-kim-dong']);
  });

  it('committed changes count against an older ref, not against HEAD', () => {
    git('add', '-A');
    git('commit', '-q', '-m', 'content');
    expect(since('HEAD').sites).toEqual([]);
    expect(since('start').sites).toEqual(['mn-hoa-sen', 'th-kim-dong']);
    expect(since('HEAD~1').sites).toEqual(['mn-hoa-sen', 'th-kim-dong']);
  });

  it('a staged theme change rebuilds every site', () => {
    write('themes/cong-truong/layouts/Base.astro', '<html lang="vi"></html>\n');
    git('add', 'themes');
    expect(since('HEAD')).toMatchObject({ all: true, sites: ALL, sharedChanges: ['themes/cong-truong/layouts/Base.astro'] });
    git('commit', '-q', '-m', 'theme');
  });

  it('a schema change rebuilds every site', () => {
    write('content-schemas/site.ts', 'export const x = 1;\n');
    expect(since('HEAD')).toMatchObject({ all: true, sites: ALL, sharedChanges: ['content-schemas/site.ts'] });
    git('checkout', '--', 'content-schemas/site.ts');
  });

  it('a deleted site is reported, not built', () => {
    git('rm', '-q', '-r', 'sites/thcs-nguyen-du');
    expect(sitesChangedSince('HEAD', join(repo, 'sites'), ['mn-hoa-sen', 'th-kim-dong'])).toEqual({ all: false, sites: [], sharedChanges: [], removed: ['thcs-nguyen-du'] });
    git('reset', '-q', '--hard');
  });

  it("a school's site.yaml change also rebuilds the Phòng its parent.id names", () => {
    write('sites/phong-vhxh/site.yaml', 'name: Phòng Văn hóa - Xã hội\nunitType: phong\n');
    write('sites/th-kim-dong/site.yaml', 'name: Trường Tiểu học Kim Đồng\nparent:\n  id: phong-vhxh\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'units');
    write('sites/th-kim-dong/site.yaml', 'name: Trường Tiểu học Kim Đồng\nphone: 028 3822 0000\nparent:\n  id: phong-vhxh\n');
    expect(sitesChangedSince('HEAD', join(repo, 'sites'), [...ALL, 'phong-vhxh']).sites).toEqual(['phong-vhxh', 'th-kim-dong']);
    git('checkout', '--', 'sites');
  });

  it('an unknown ref is a GitError', () => {
    expect(() => since('khong-co-nhanh-nay')).toThrow(GitError);
  });
});
