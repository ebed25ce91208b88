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
import {
  addressedMembers,
  affectedSites,
  GitError,
  sitesChangedSince,
  type AddressedChange,
  type Hierarchy,
} from '../../scripts/lib/changed.ts';

const ALL = ['mn-hoa-sen', 'th-kim-dong', 'thcs-nguyen-du'];

describe('affectedSites (pure)', () => {
  it('a content change rebuilds only that site', () => {
    expect(affectedSites(['sites/th-kim-dong/content/tin-tuc/khai-giang.md'], ALL)).toEqual({
      all: false,
      sites: ['th-kim-dong'],
      sharedChanges: [],
      removed: [],
    });
  });

  it('changes in two sites rebuild both, once each, sorted', () => {
    const files = [
      'sites/thcs-nguyen-du/site.yaml',
      'sites/mn-hoa-sen/media/a.jpg',
      'sites/thcs-nguyen-du/public/logo.svg',
    ];
    expect(affectedSites(files, ALL).sites).toEqual(['mn-hoa-sen', 'thcs-nguyen-du']);
  });

  it.each([
    ['themes/cong-truong/layouts/Base.astro'],
    ['content-schemas/collections/news.ts'],
    ['astro.config.mjs'],
    ['package-lock.json'],
  ])('a change to %s rebuilds every site', (file) => {
    expect(affectedSites([file, 'sites/mn-hoa-sen/site.yaml'], ALL)).toEqual({
      all: true,
      sites: ALL,
      sharedChanges: [file],
      removed: [],
    });
  });

  it('templates, tests, docs and other scripts rebuild nothing', () => {
    const files = [
      'sites/_templates/thcs/site.yaml',
      'tests/build/shard.test.ts',
      'README.md',
      'scripts/audit.ts',
      'sites/README.md',
      'themes.txt',
    ];
    expect(affectedSites(files, ALL)).toEqual({ all: false, sites: [], sharedChanges: [], removed: [] });
  });

  it('reports a site folder that changed but is gone', () => {
    expect(affectedSites(['sites/thcs-cu/site.yaml'], ALL)).toEqual({
      all: false,
      sites: [],
      sharedChanges: [],
      removed: ['thcs-cu'],
    });
  });

  it("a school's site.yaml change also rebuilds the Phòng that lists it; its pages do not", () => {
    const hierarchy = { parentOf: new Map([['th-kim-dong', 'phong-vhxh']]), units: ['phong-vhxh'] };
    const all = [...ALL, 'phong-vhxh'];
    expect(affectedSites(['sites/th-kim-dong/site.yaml'], all, 'sites', hierarchy).sites).toEqual([
      'phong-vhxh',
      'th-kim-dong',
    ]);
    expect(affectedSites(['sites/th-kim-dong/content/trang/a.md'], all, 'sites', hierarchy).sites).toEqual([
      'th-kim-dong',
    ]);
    // A removed school may have been listed by any unit.
    expect(affectedSites(['sites/thcs-cu/site.yaml'], all, 'sites', hierarchy)).toMatchObject({
      sites: ['phong-vhxh'],
      removed: ['thcs-cu'],
    });
  });

  it('works with another sites folder', () => {
    expect(affectedSites(['truong/mn-hoa-sen/site.yaml', 'sites/th-kim-dong/site.yaml'], ALL, 'truong').sites).toEqual([
      'mn-hoa-sen',
    ]);
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
    expect(since('HEAD')).toMatchObject({
      all: true,
      sites: ALL,
      sharedChanges: ['themes/cong-truong/layouts/Base.astro'],
    });
    git('commit', '-q', '-m', 'theme');
  });

  it('a schema change rebuilds every site', () => {
    write('content-schemas/site.ts', 'export const x = 1;\n');
    expect(since('HEAD')).toMatchObject({ all: true, sites: ALL, sharedChanges: ['content-schemas/site.ts'] });
    git('checkout', '--', 'content-schemas/site.ts');
  });

  it('a deleted site is reported, not built', () => {
    git('rm', '-q', '-r', 'sites/thcs-nguyen-du');
    expect(sitesChangedSince('HEAD', join(repo, 'sites'), ['mn-hoa-sen', 'th-kim-dong'])).toEqual({
      all: false,
      sites: [],
      sharedChanges: [],
      removed: ['thcs-nguyen-du'],
    });
    git('reset', '-q', '--hard');
  });

  it("a school's site.yaml change also rebuilds the Phòng its parent.id names", () => {
    write('sites/phong-vhxh/site.yaml', 'name: Phòng Văn hóa - Xã hội\nunitType: phong\n');
    write('sites/th-kim-dong/site.yaml', 'name: Trường Tiểu học Kim Đồng\nparent:\n  id: phong-vhxh\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'units');
    write(
      'sites/th-kim-dong/site.yaml',
      'name: Trường Tiểu học Kim Đồng\nphone: 028 3822 0000\nparent:\n  id: phong-vhxh\n',
    );
    expect(sitesChangedSince('HEAD', join(repo, 'sites'), [...ALL, 'phong-vhxh']).sites).toEqual([
      'phong-vhxh',
      'th-kim-dong',
    ]);
    git('checkout', '--', 'sites');
  });

  it('an unknown ref is a GitError', () => {
    expect(() => since('khong-co-nhanh-nay')).toThrow(GitError);
  });
});

/** Sở → Phòng → two schools, plus a THPT reporting to the Sở directly (as in tests/fixtures/network). */
const SO = 'so-gddt';
const PHONG = 'phong-vhxh';
const NETWORK_SITES = [SO, PHONG, 'th-hoa-binh', 'thcs-hoa-binh', 'thpt-hoa-binh'];
const NETWORK: Hierarchy = {
  parentOf: new Map([
    [PHONG, SO],
    ['th-hoa-binh', PHONG],
    ['thcs-hoa-binh', PHONG],
    ['thpt-hoa-binh', SO],
  ]),
  units: [SO, PHONG],
  levelOf: new Map([
    ['th-hoa-binh', 'tieu-hoc'],
    ['thcs-hoa-binh', 'thcs'],
    ['thpt-hoa-binh', 'thpt'],
  ]),
};

describe('liên thông edges (pure)', () => {
  const sites = (files: string[], addressed: AddressedChange[] = []) =>
    affectedSites(files, NETWORK_SITES, 'sites', NETWORK, addressed).sites;
  const entry = `sites/${SO}/content/van-ban/cv-1.md`;

  it.each([
    ['all', 'all', [SO, PHONG, 'th-hoa-binh', 'thcs-hoa-binh', 'thpt-hoa-binh']],
    [
      'a level reaches the schools of that level at any depth',
      { levels: ['tieu-hoc', 'thpt'], units: [] },
      [SO, 'th-hoa-binh', 'thpt-hoa-binh'],
    ],
    [
      "an office's id reaches the office and its schools",
      { levels: [], units: [PHONG] },
      [SO, PHONG, 'th-hoa-binh', 'thcs-hoa-binh'],
    ],
    ['a school by id', { levels: [], units: ['thcs-hoa-binh'] }, [SO, 'thcs-hoa-binh']],
    [
      'a unit not in this folder (another repository) rebuilds nothing more',
      { levels: [], units: ['th-xa-khac'] },
      [SO],
    ],
  ] as const)("a Sở's addressed văn bản: %s", (_what, audience, expected) => {
    const audiences = [
      typeof audience === 'string' ? audience : { levels: [...audience.levels], units: [...audience.units] },
    ] as AddressedChange['audiences'];
    expect(sites([entry], [{ unit: SO, audiences }])).toEqual([...expected].sort());
  });

  it('a changed audience rebuilds the members of the old and the new one', () => {
    const alert = `sites/${PHONG}/content/thong-bao-khan/mat-dien.md`;
    const audiences: AddressedChange['audiences'] = [
      { levels: ['thcs'], units: [] },
      { levels: ['tieu-hoc'], units: [] },
    ];
    // An alert is not news: the Sở above the Phòng is not rebuilt for it.
    expect(sites([alert], [{ unit: PHONG, audiences }])).toEqual([PHONG, 'th-hoa-binh', 'thcs-hoa-binh']);
  });

  it("a member's news, công khai or văn bản (in the unit's search) rebuilds its unit; its other content does not", () => {
    expect(sites(['sites/th-hoa-binh/content/tin-tuc/khai-giang.md'])).toEqual([PHONG, 'th-hoa-binh']);
    expect(sites(['sites/thcs-hoa-binh/content/cong-khai/2026-2027-ke-hoach.md'])).toEqual([PHONG, 'thcs-hoa-binh']);
    expect(sites([`sites/${PHONG}/content/tin-tuc/so-ket.md`])).toEqual([PHONG, SO]);
    expect(sites(['sites/thpt-hoa-binh/content/tin-tuc/a.md'])).toEqual([SO, 'thpt-hoa-binh']);
    expect(sites(['sites/thcs-hoa-binh/content/van-ban/quy-che.md'])).toEqual([PHONG, 'thcs-hoa-binh']);
    expect(
      sites([
        'sites/th-hoa-binh/media/a.jpg',
        'sites/th-hoa-binh/content/trang/lien-he.md',
        'sites/th-hoa-binh/content/thu-vien-anh/a.md',
      ]),
    ).toEqual(['th-hoa-binh']);
  });

  it("an entry without audience, and a school's entries, address nobody", () => {
    expect(sites([entry])).toEqual([SO]);
    expect(addressedMembers('th-hoa-binh', ['all'], NETWORK)).toEqual([]);
  });
});

describe('liên thông edges (real git)', () => {
  let repo: string;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  };
  const commit = () => {
    git('add', '-A');
    git('commit', '-q', '-m', 'step');
  };
  const since = () => sitesChangedSince('HEAD', join(repo, 'sites'), NETWORK_SITES).sites;
  const doc = (audience: string) =>
    `---\ntitle: Hướng dẫn tổ chức Ngày hội đọc sách\nnumber: 318/HD-VHXH\n${audience}---\n\nNội dung.\n`;
  const DOC = `sites/${PHONG}/content/van-ban/huong-dan-ngay-hoi-doc-sach.md`;

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'cong-truong-changed-network-'));
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'test@example.invalid');
    git('config', 'user.name', 'Test');
    write(`sites/${SO}/site.yaml`, 'name: Sở Giáo dục và Đào tạo tỉnh Thử Nghiệm\nunitType: so\n');
    write(
      `sites/${PHONG}/site.yaml`,
      `name: Phòng Văn hóa - Xã hội phường Hòa Bình\nunitType: phong\nparent:\n  id: ${SO}\n`,
    );
    for (const [id, level, parent] of [
      ['th-hoa-binh', 'tieu-hoc', PHONG],
      ['thcs-hoa-binh', 'thcs', PHONG],
      ['thpt-hoa-binh', 'thpt', SO],
    ]) {
      write(`sites/${id}/site.yaml`, `name: ${id}\nunitType: truong\nlevel: ${level}\nparent:\n  id: ${parent}\n`);
    }
    commit();
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it("a new văn bản of the Phòng addressed to one level (untracked) rebuilds the Phòng, that school, and the Sở (its search holds the Phòng's văn bản)", () => {
    write(DOC, doc('audience:\n  levels: [tieu-hoc]\n'));
    expect(since()).toEqual([PHONG, SO, 'th-hoa-binh']);
    commit();
  });

  it('its audience changed to one school: the schools of the old and the new audience', () => {
    write(DOC, doc('audience:\n  units: [thcs-hoa-binh]\n'));
    expect(since()).toEqual([PHONG, SO, 'th-hoa-binh', 'thcs-hoa-binh']);
    commit();
  });

  it('its body changed, audience unchanged: the addressed school still shows it', () => {
    write(DOC, `${doc('audience:\n  units: [thcs-hoa-binh]\n')}Thêm một đoạn.\n`);
    expect(since()).toEqual([PHONG, SO, 'thcs-hoa-binh']);
    commit();
  });

  it('its audience removed: the school that showed it', () => {
    write(DOC, doc(''));
    expect(since()).toEqual([PHONG, SO, 'thcs-hoa-binh']);
    commit();
  });

  it("a Sở's alert to all, added then deleted, rebuilds every member at any depth", () => {
    const alert = `sites/${SO}/content/thong-bao-khan/nghi-hoc-do-bao.md`;
    write(alert, '---\ntitle: Học sinh nghỉ học do bão\nstart: 2026-11-05\nend: 2026-11-07\naudience: all\n---\n');
    expect(since()).toEqual(NETWORK_SITES.slice().sort());
    commit();
    git('rm', '-q', alert);
    expect(since()).toEqual(NETWORK_SITES.slice().sort());
    commit();
  });

  it("a school's news and công khai rebuild its Phòng; its pages do not, and its audience means nothing", () => {
    write('sites/th-hoa-binh/content/tin-tuc/khai-giang.md', '---\ntitle: Khai giảng năm học mới\n---\n');
    write('sites/thcs-hoa-binh/content/cong-khai/ke-hoach-giao-duc.md', '---\ntitle: Kế hoạch giáo dục\n---\n');
    expect(since()).toEqual([PHONG, 'th-hoa-binh', 'thcs-hoa-binh']);
    commit();
    write('sites/th-hoa-binh/content/trang/gioi-thieu.md', '---\ntitle: Giới thiệu\naudience: all\n---\n');
    expect(since()).toEqual(['th-hoa-binh']);
    commit();
  });

  it("the Phòng's news rebuilds the Sở; an entry without audience reaches no school", () => {
    write(`sites/${PHONG}/content/tin-tuc/so-ket.md`, '---\ntitle: Sơ kết học kỳ I\n---\n');
    expect(since()).toEqual([PHONG, SO]);
    commit();
  });
});
